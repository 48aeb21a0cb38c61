package org.pmokit.rules.finance;

import java.util.List;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * FIN-007: the project has an approved budget. A warning: without one, FIN-001 and FIN-002 cannot
 * check the reserves and the funding, and would otherwise stay silent.
 */
final class BudgetRecordedRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(FinanceRules.NO_BUDGET, FinanceRules.PACK, Area.FINANCE,
            Subject.BUDGET,
            Text.of("The project has an approved budget", "项目有批准预算"),
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        if (input.project().budget().isPresent()) {
            return List.of();
        }
        return List.of(INFO.finding("budget",
                Text.of("The project has no approved budget: the contingency reserve and the funding cannot be checked.",
                        "项目没有批准预算：无法检查应急储备与资金是否充足。"),
                Text.of("Record the approved total and the contingency and management reserves.",
                        "录入批准预算总额以及应急储备和管理储备。"))
                .withMeasure(Text.of("none", "无"),
                        Text.of("approved total and reserves", "批准预算总额及应急储备、管理储备")));
    }
}
