package org.pmokit.rules.finance;

import java.util.List;
import java.util.Optional;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * FIN-005: the investment pays back (simple payback) within the cash-flow horizon, that is the
 * cumulative net cash flow is not negative at the last period. A warning, like FIN-004. Silent
 * without cash flows (FIN-006 reports that).
 */
final class PaybackRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(FinanceRules.NO_PAYBACK, FinanceRules.PACK, Area.FINANCE,
            Subject.PROJECT,
            Text.of("The investment pays back within the cash-flow horizon", "投资在现金流测算期内收回"),
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        Optional<Appraisal> appraisal = input.get(InvestmentAppraisal.ANALYSIS).toOptional();
        if (appraisal.isEmpty() || appraisal.get().payback().isDefined()) {
            return List.of();
        }
        CashFlowSeries series = appraisal.get().series();
        int last = series.horizon();
        String cumulative = Texts.money(series.total());
        return List.of(INFO.finding("cashFlows",
                Text.of("The cumulative cash flow is still " + cumulative + " at the last period, " + last
                        + ": the investment does not pay back within the cash-flow horizon.",
                        "至最后一期（第 " + last + " 期）累计现金流仍为 " + cumulative + "：投资在现金流测算期内无法收回。"),
                Text.of("Add the benefits expected after period " + last + " to the case, or rethink the investment.",
                        "补充第 " + last + " 期之后预期的收益，或重新评估该投资。"))
                .withMeasure(Text.of(cumulative, cumulative),
                        Text.of(">= 0 by period " + last, "第 " + last + " 期前 >= 0")));
    }
}
