package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * FIN-003: the actual cost to date does not overrun the planned value to date beyond the deviation
 * bands. The deviation is (AC - PV) / PV with AC the actual costs dated on or before the status date
 * and PV {@link PlannedSpend#TO_STATUS_DATE}; above {@link PolicyKeys#DEVIATION_GREEN} (5%) the
 * finding is an amber warning, above {@link PolicyKeys#DEVIATION_AMBER} (8%) a red error (its default
 * severity). The comparison is exact. It judges the cost area.
 *
 * <p>Only an overrun is judged. Spending less than planned usually means that work is late, which
 * AC against PV cannot tell from work done cheaply; the earned value rules judge that with EV. The
 * rule is silent when PV is zero ("nothing planned yet") or undefined (no baseline).
 */
final class SpendToDateRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(FinanceRules.SPEND_TO_DATE, FinanceRules.PACK, Area.COST,
            Subject.BUDGET,
            Text.of("Actual cost to date does not overrun the planned value to date beyond the deviation bands",
                    "截至状态日期的实际成本相对计划值的超支不超出偏差阈值"),
            Severity.ERROR);

    private static final Text REMEDY_RED = Text.of(
            "Escalate the overrun: re-forecast the cost at completion and decide on corrective actions or a change request.",
            "上报超支：重新估算完工成本，并决定纠正措施或提交变更请求。");

    private static final Text REMEDY_AMBER = Text.of("Find the activities that overspend and agree corrective actions.",
            "找出超支的任务并商定纠正措施。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        BudgetFigures figures = input.get(BudgetFigures.ANALYSIS);
        if (figures.spendDeviation().toOptional().isEmpty()) {
            return List.of();
        }
        Money actual = figures.actualToDate().toOptional().orElseThrow();
        Money planned = figures.plannedToDate().toOptional().orElseThrow();
        BigDecimal deviation = figures.spendDeviation().toOptional().get();
        BigDecimal green = input.policy().get(PolicyKeys.DEVIATION_GREEN);
        BigDecimal amber = input.policy().get(PolicyKeys.DEVIATION_AMBER);
        BigDecimal overrun = actual.minus(planned).amount();
        boolean red = overrun.compareTo(planned.amount().multiply(amber)) > 0;
        if (!red && overrun.compareTo(planned.amount().multiply(green)) <= 0) {
            return List.of();
        }
        LocalDate statusDate = input.context().statusDate();
        String over = Texts.percent(deviation);
        String measured = "+" + over;
        String greenText = Texts.percent(green);
        String amberText = Texts.percent(amber);
        Text message = Text.lazy(() -> {
            String ac = Texts.money(actual);
            String pv = Texts.money(planned);
            return Text.of("Actual cost to " + statusDate + " is " + ac + ", " + over + " over the planned value of "
                    + pv + " (amber above " + greenText + ", red above " + amberText + ").",
                    "截至 " + statusDate + " 的实际成本为 " + ac + "，较计划值 " + pv + " 超支 " + over
                    + "（超过 " + greenText + " 为黄色，超过 " + amberText + " 为红色）。");
        });
        if (red) {
            return List.of(INFO.finding("actualCosts", message, REMEDY_RED).withMeasure(measured, "+" + amberText));
        }
        return List.of(INFO.finding("actualCosts", message, REMEDY_AMBER)
                .withSeverity(Severity.WARNING)
                .withMeasure(measured, "+" + greenText));
    }
}
