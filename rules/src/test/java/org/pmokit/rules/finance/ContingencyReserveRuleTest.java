package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.activity;
import static org.pmokit.rules.finance.Fixtures.baseline;
import static org.pmokit.rules.finance.Fixtures.budget;
import static org.pmokit.rules.finance.Fixtures.cny;
import static org.pmokit.rules.finance.Fixtures.findings;
import static org.pmokit.rules.finance.Fixtures.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** FIN-001: the contingency reserve within 15%-20% of BAC. */
class ContingencyReserveRuleTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 3, 2);

    /** BAC 8,000,000.00: the baseline's two activities; reserves are not part of it. */
    private static Project withBudget(Budget budget) {
        return project().budget(budget)
                .baseline(baseline(activity("A1", "2026-01-05", "2026-03-31", "5000000.00"),
                        activity("A2", "2026-04-01", "2026-06-30", "3000000.00")))
                .build();
    }

    private static List<Finding> fin001(Project p) {
        return findings(p, STATUS, FinanceRules.CONTINGENCY_RESERVE);
    }

    @ParameterizedTest(name = "contingency {0} of BAC 8,000,000")
    @ValueSource(strings = {"1200000.00", "1400000.00", "1600000.00"}) // 15%, 17.5% (the CRM), 20%: the band is inclusive
    void withinTheBand_isSilent(String contingency) {
        assertThat(fin001(withBudget(budget("9800000.00", contingency, "400000.00")))).isEmpty();
    }

    @Test
    void belowTheBand_isAWarning_withTheShareAndTheBand() {
        List<Finding> found = fin001(withBudget(budget("9800000.00", "1000000.00", "400000.00")));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.FINANCE);
            assertThat(f.subject()).isEqualTo("budget.contingencyReserve");
            assertThat(f.measured().map(Text::english)).contains("12.5%");
            assertThat(f.threshold().map(Text::english)).contains("15%-20%");
            assertThat(f.message().english()).isEqualTo("Contingency reserve CNY 1,000,000.00 is 12.5% of the budget at"
                    + " completion CNY 8,000,000.00, below the policy band of 15%-20%.");
            assertThat(f.message().chinese())
                    .isEqualTo("应急储备 CNY 1,000,000.00 占完工预算 CNY 8,000,000.00 的 12.5%，低于政策区间 15%-20%。");
            assertThat(f.remedy().english()).isEqualTo(
                    "Size the contingency reserve from the risk register and raise it to at least 15% of the budget at completion.");
            assertThat(f.remedy().chinese()).isEqualTo("依据风险登记册测算应急储备，并将其提高到不低于完工预算的 15%。");
        });
    }

    @Test
    void justBelowTheBand_byOneFen_fires() {
        assertThat(fin001(withBudget(budget("9800000.00", "1199999.99", "400000.00")))).singleElement()
                .satisfies(f -> assertThat(f.measured().map(Text::english)).contains("15%")); // 14.9999999%, shown to two decimals
    }

    @Test
    void aboveTheBand_isAWarning_withTheShareAndTheBand() {
        List<Finding> found = fin001(withBudget(budget("9800000.00", "1700000.00", "400000.00")));
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.measured().map(Text::english)).contains("21.25%");
            assertThat(f.threshold().map(Text::english)).contains("15%-20%");
            assertThat(f.message().english()).isEqualTo("Contingency reserve CNY 1,700,000.00 is 21.25% of the budget at"
                    + " completion CNY 8,000,000.00, above the policy band of 15%-20%.");
            assertThat(f.message().chinese())
                    .isEqualTo("应急储备 CNY 1,700,000.00 占完工预算 CNY 8,000,000.00 的 21.25%，高于政策区间 15%-20%。");
            assertThat(f.remedy().english())
                    .isEqualTo("Justify the excess with identified risks, or move it to the management reserve.");
            assertThat(f.remedy().chinese()).isEqualTo("以已识别的风险说明超出部分的必要性，或将其转入管理储备。");
        });
    }

    @Test
    void aBudgetWithoutContingencyReserve_fires_at0Percent() {
        Budget none = new Budget(cny("9000000.00"), Optional.empty(), Optional.empty());
        assertThat(fin001(withBudget(none))).singleElement().satisfies(f -> {
            assertThat(f.measured().map(Text::english)).contains("0%");
            assertThat(f.message().english()).isEqualTo("The budget has no contingency reserve; the policy asks for"
                    + " 15%-20% of the budget at completion CNY 8,000,000.00.");
            assertThat(f.message().chinese()).isEqualTo("预算中没有应急储备；政策要求为完工预算 CNY 8,000,000.00 的 15%-20%。");
        });
    }

    @Test
    void theBand_comesFromThePolicy() {
        Policy wider = Policy.defaults().with(PolicyKeys.CONTINGENCY_MIN, new BigDecimal("0.10"));
        Project p = withBudget(budget("9800000.00", "1000000.00", "400000.00"));
        assertThat(findings(p, STATUS, wider, FinanceRules.CONTINGENCY_RESERVE)).isEmpty();
        Policy narrow = Policy.defaults().with(PolicyKeys.CONTINGENCY_MAX, new BigDecimal("0.17"));
        assertThat(findings(withBudget(budget("9800000.00", "1400000.00", "400000.00")), STATUS, narrow,
                FinanceRules.CONTINGENCY_RESERVE)).singleElement()
                .satisfies(f -> assertThat(f.threshold().map(Text::english)).contains("15%-17%"));
    }

    @Test
    void withoutABaseline_theActivityBudgetsAreTheBac() {
        Project p = project().budget(budget("9800000.00", "1000000.00", "0.00"))
                .activity(Activity.builder("A1", "Work").duration(10)
                        .budget(cny("4000000.00")).build())
                .activity(Activity.builder("A2", "No budget").duration(5).build())
                .build();
        // 1,000,000 / 4,000,000 = 25%
        assertThat(fin001(p)).singleElement().satisfies(f -> assertThat(f.measured().map(Text::english)).contains("25%"));
    }

    @Test
    void withoutABudget_orWithAZeroBac_isSilent() {
        assertThat(fin001(project().baseline(baseline(activity("A1", "2026-01-05", "2026-01-09", "10.00"))).build()))
                .isEmpty();
        assertThat(fin001(project().budget(budget("100.00", "0.00", "0.00")).build())).isEmpty();
    }
}
