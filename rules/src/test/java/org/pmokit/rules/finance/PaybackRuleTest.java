package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.START;
import static org.pmokit.rules.finance.Fixtures.cashFlows;
import static org.pmokit.rules.finance.Fixtures.findings;
import static org.pmokit.rules.finance.Fixtures.project;

import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** FIN-005: payback within the cash-flow horizon. */
class PaybackRuleTest {

    @Test
    void aCaseThatPaysBack_isSilent() {
        // cumulative -1000, -500, 0: pays back at period 2 exactly
        assertThat(findings(project().cashFlows(cashFlows(-1000, 500, 500)).build(), START, FinanceRules.NO_PAYBACK))
                .isEmpty();
    }

    @Test
    void aCaseWhoseCumulativeCashFlowEndsNegative_isAWarning() {
        // cumulative -1000, -900, -800
        Project p = project().cashFlows(cashFlows(-1000, 100, 100)).build();
        assertThat(findings(p, START, FinanceRules.NO_PAYBACK)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.FINANCE);
            assertThat(f.subject()).isEqualTo("cashFlows");
            assertThat(f.measured().map(Text::english)).contains("CNY -800.00");
            assertThat(f.threshold()).contains(Text.of(">= 0 by period 2", "第 2 期前 >= 0"));
            assertThat(f.message().english()).isEqualTo("The cumulative cash flow is still CNY -800.00 at the last period,"
                    + " 2: the investment does not pay back within the cash-flow horizon.");
            assertThat(f.message().chinese()).isEqualTo("至最后一期（第 2 期）累计现金流仍为 CNY -800.00：投资在现金流测算期内无法收回。");
            assertThat(f.remedy().english())
                    .isEqualTo("Add the benefits expected after period 2 to the case, or rethink the investment.");
            assertThat(f.remedy().chinese()).isEqualTo("补充第 2 期之后预期的收益，或重新评估该投资。");
        });
    }

    @Test
    void withoutCashFlows_isSilent() {
        assertThat(findings(project().build(), START, FinanceRules.NO_PAYBACK)).isEmpty();
    }
}
