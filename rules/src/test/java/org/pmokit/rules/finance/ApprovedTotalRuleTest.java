package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.activity;
import static org.pmokit.rules.finance.Fixtures.baseline;
import static org.pmokit.rules.finance.Fixtures.budget;
import static org.pmokit.rules.finance.Fixtures.cny;
import static org.pmokit.rules.finance.Fixtures.findings;
import static org.pmokit.rules.finance.Fixtures.project;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** FIN-002: the approved total covers BAC and both reserves. */
class ApprovedTotalRuleTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 3, 2);

    /** BAC 8,000,000.00. */
    private static Project withBudget(Budget budget) {
        return project().budget(budget)
                .baseline(baseline(activity("A1", "2026-01-05", "2026-06-30", "8000000.00")))
                .build();
    }

    private static List<Finding> fin002(Project p) {
        return findings(p, STATUS, FinanceRules.APPROVED_TOTAL);
    }

    @Test
    void anApprovedTotalOfExactlyBacPlusBothReserves_isSilent() {
        // the CRM upgrade: 9,800,000 = 8,000,000 + 1,400,000 + 400,000
        assertThat(fin002(withBudget(budget("9800000.00", "1400000.00", "400000.00")))).isEmpty();
        assertThat(fin002(withBudget(budget("12000000.00", "1400000.00", "400000.00")))).isEmpty();
    }

    @Test
    void missingReserves_countZero() {
        assertThat(fin002(withBudget(new Budget(cny("8000000.00"), Optional.empty(), Optional.empty())))).isEmpty();
        assertThat(fin002(withBudget(new Budget(cny("7999999.99"), Optional.empty(), Optional.empty())))).hasSize(1);
    }

    @Test
    void anApprovedTotalBelowBacPlusReserves_isAnError_withTheShortfall() {
        assertThat(fin002(withBudget(budget("9000000.00", "1400000.00", "400000.00")))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.area()).isEqualTo(Area.FINANCE);
            assertThat(f.subject()).isEqualTo("budget.approvedTotal");
            assertThat(f.measured().map(Text::english)).contains("CNY 9,000,000.00");
            assertThat(f.threshold().map(Text::english)).contains(">= CNY 9,800,000.00");
            assertThat(f.message().english()).isEqualTo("Approved total CNY 9,000,000.00 does not cover the budget at"
                    + " completion CNY 8,000,000.00 plus the contingency reserve CNY 1,400,000.00 and the management reserve"
                    + " CNY 400,000.00: CNY 9,800,000.00.");
            assertThat(f.message().chinese()).isEqualTo("批准预算总额 CNY 9,000,000.00 不足以覆盖完工预算 CNY 8,000,000.00"
                    + " 加应急储备 CNY 1,400,000.00 和管理储备 CNY 400,000.00，合计 CNY 9,800,000.00。");
            assertThat(f.remedy().english())
                    .isEqualTo("Get the shortfall of CNY 800,000.00 approved, or reduce the baseline scope or the reserves.");
            assertThat(f.remedy().chinese()).isEqualTo("为 CNY 800,000.00 的缺口申请追加批准，或压缩基线范围或储备。");
        });
    }

    @Test
    void withoutABudget_orWithABudgetInAnotherCurrency_isSilent() {
        assertThat(fin002(project().baseline(baseline(activity("A1", "2026-01-05", "2026-01-09", "10.00"))).build()))
                .isEmpty();
        Money usd = Money.of(Currency.getInstance("USD"), 1);
        assertThat(fin002(withBudget(new Budget(usd, Optional.empty(), Optional.empty())))).isEmpty();
    }
}
