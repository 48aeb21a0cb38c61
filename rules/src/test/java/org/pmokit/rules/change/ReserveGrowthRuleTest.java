package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.cny;
import static org.pmokit.rules.change.ChangeFixtures.findings;
import static org.pmokit.rules.change.ChangeFixtures.impact;
import static org.pmokit.rules.change.ChangeFixtures.recorded;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** CHG-004: approved cost growth against the contingency reserve of 150,000.00. */
class ReserveGrowthRuleTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 1, 30);

    private static ChangeRequest change(String id, ChangeStatus status, String cost) {
        return recorded(id, status, impact(cost, 0, false), List.of(), List.of());
    }

    /** Approved: +100,000 + 60,000 - 5,000 = 155,000.00; the rejected and the pending ones do not count. */
    private static Project.Builder overrun() {
        return ChangeFixtures.projectBuilder()
                .changeRequest(change("CR1", ChangeStatus.APPROVED, "100000.00"))
                .changeRequest(change("CR2", ChangeStatus.CLOSED, "60000.00"))
                .changeRequest(change("CR3", ChangeStatus.IMPLEMENTED, "-5000.00"))
                .changeRequest(change("CR4", ChangeStatus.REJECTED, "1000000.00"))
                .changeRequest(change("CR5", ChangeStatus.ASSESSED, "500000.00"));
    }

    @Test
    void fires_whenApprovedGrowthExceedsTheReserve_namingTheChanges() {
        // 155,000 / 150,000 = 103.33%
        assertThat(findings(overrun().build(), STATUS, "CHG-004")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.area()).isEqualTo(Area.CHANGE);
            assertThat(f.subject()).isEqualTo("budget.contingencyReserve");
            assertThat(f.message()).isEqualTo(Text.of("Approved changes add CNY 155,000.00 to the cost, 103.33% of the"
                    + " contingency reserve of CNY 150,000.00: CR1, CR2.",
                    "已批准变更使成本增加 CNY 155,000.00，为应急储备 CNY 150,000.00 的 103.33%：CR1、CR2。"));
            assertThat(f.remedy().english()).isEqualTo("Secure more funding or a release of the management reserve before"
                    + " approving further cost, and size the contingency reserve again.");
            assertThat(f.measured()).contains(Text.of("CNY 155,000.00 (103.33% of the reserve)", "CNY 155,000.00（应急储备的 103.33%）"));
            assertThat(f.threshold().map(Text::english)).contains("CNY 150,000.00");
        });
    }

    @Test
    void isSilent_whenGrowthEqualsTheReserve() {
        Project p = ChangeFixtures.projectBuilder().changeRequest(change("CR1", ChangeStatus.APPROVED, "150000.00")).build();

        assertThat(findings(p, STATUS, "CHG-004")).isEmpty();
    }

    @Test
    void fires_withoutAReserve() {
        Project p = overrun().budget(new Budget(cny("1000000.00"), Optional.empty(), Optional.empty())).build();

        assertThat(findings(p, STATUS, "CHG-004")).singleElement().satisfies(f -> assertThat(f.message().english())
                .isEqualTo("Approved changes add CNY 155,000.00 to the cost, but the budget has no contingency reserve: CR1, CR2."));
    }

    @Test
    void isSilent_withoutABudget_orWithAGrowthInAnotherCurrency() {
        Project noBudget = Project.builder("P1", "x").currency("CNY").calendar(org.pmokit.core.time.WorkCalendar.MON_FRI)
                .start(ChangeFixtures.START).changeRequest(change("CR1", ChangeStatus.APPROVED, "9000000.00")).build();
        ImpactAssessment usd = new ImpactAssessment(Money.of("USD", "900000.00"), 0, ImpactLevel.LOW, ImpactLevel.LOW,
                ImpactLevel.LOW, false);
        Project otherCurrency = overrun().changeRequest(recorded("CR6", ChangeStatus.APPROVED, usd, List.of(), List.of()))
                .build();

        assertThat(findings(noBudget, STATUS, "CHG-004")).isEmpty();
        assertThat(findings(otherCurrency, STATUS, "CHG-004")).isEmpty();
    }
}
