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
 * FIN-006: the project has an investment case, at least one cash flow. Information only: many
 * projects (compliance, maintenance) have none, but without one ROI, NPV, IRR and payback are
 * undefined.
 */
final class InvestmentCaseRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(FinanceRules.NO_INVESTMENT_CASE, FinanceRules.PACK, Area.FINANCE,
            Subject.PROJECT,
            Text.of("The project has an investment case (cash flows)", "项目有投资测算（现金流）"),
            Severity.INFO);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        if (!input.project().cashFlows().isEmpty()) {
            return List.of();
        }
        return List.of(INFO.finding("cashFlows",
                Text.of("The project has no cash flows: there is no investment case to appraise"
                        + " (ROI, NPV, payback).",
                        "项目没有现金流：没有可评估的投资测算（投资回报率、净现值、投资回收期）。"),
                Text.of("Record the expected investment and benefits per period as cash flows.",
                        "按期录入预期的投入与收益现金流。"))
                .withMeasure(0, ">= 1"));
    }
}
