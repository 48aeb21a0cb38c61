package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.START;
import static org.pmokit.rules.finance.Fixtures.cashFlows;
import static org.pmokit.rules.finance.Fixtures.findings;
import static org.pmokit.rules.finance.Fixtures.project;

import org.junit.jupiter.api.Test;
import org.pmokit.rules.Area;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** FIN-006: no cash flows, no investment case. */
class InvestmentCaseRuleTest {

    @Test
    void aProjectWithCashFlows_isSilent() {
        assertThat(findings(project().cashFlows(cashFlows(-10)).build(), START, FinanceRules.NO_INVESTMENT_CASE)).isEmpty();
    }

    @Test
    void aProjectWithoutCashFlows_isInformation() {
        assertThat(findings(project().build(), START, FinanceRules.NO_INVESTMENT_CASE)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.area()).isEqualTo(Area.FINANCE);
            assertThat(f.subject()).isEqualTo("cashFlows");
            assertThat(f.measured().map(Text::english)).contains("0");
            assertThat(f.threshold().map(Text::english)).contains(">= 1");
            assertThat(f.message().english())
                    .isEqualTo("The project has no cash flows: there is no investment case to appraise (ROI, NPV, payback).");
            assertThat(f.message().chinese()).isEqualTo("项目没有现金流：没有可评估的投资测算（投资回报率、净现值、投资回收期）。");
            assertThat(f.remedy().english()).isEqualTo("Record the expected investment and benefits per period as cash flows.");
            assertThat(f.remedy().chinese()).isEqualTo("按期录入预期的投入与收益现金流。");
        });
    }
}
