package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.START;
import static org.pmokit.rules.finance.Fixtures.budget;
import static org.pmokit.rules.finance.Fixtures.findings;
import static org.pmokit.rules.finance.Fixtures.project;

import org.junit.jupiter.api.Test;
import org.pmokit.rules.Area;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** FIN-007: an approved budget is recorded. */
class BudgetRecordedRuleTest {

    @Test
    void aProjectWithABudget_isSilent() {
        assertThat(findings(project().budget(budget("100.00", "15.00", "0.00")).build(), START, FinanceRules.NO_BUDGET))
                .isEmpty();
    }

    @Test
    void aProjectWithoutABudget_isAWarning() {
        assertThat(findings(project().build(), START, FinanceRules.NO_BUDGET)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.FINANCE);
            assertThat(f.subject()).isEqualTo("budget");
            assertThat(f.measured()).contains(Text.of("none", "无"));
            assertThat(f.message().english())
                    .isEqualTo("The project has no approved budget: the contingency reserve and the funding cannot be checked.");
            assertThat(f.message().chinese()).isEqualTo("项目没有批准预算：无法检查应急储备与资金是否充足。");
            assertThat(f.remedy().english()).isEqualTo("Record the approved total and the contingency and management reserves.");
            assertThat(f.remedy().chinese()).isEqualTo("录入批准预算总额以及应急储备和管理储备。");
        });
    }
}
