package org.pmokit.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;
import org.pmokit.rules.finance.FinanceRules;

/**
 * The budget and investment case of a report: the approved budget and reserves as recorded, and the
 * finance pack's metrics (BAC, contingency share, spend against plan, ROI, NPV, IRR, payback).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param budget the approved total and reserves, if recorded
 * @param figures the finance metrics, in a fixed order, each undefined with the reason when it
 *     cannot be computed or the finance pack did not run
 */
public record BudgetSection(Optional<Budget> budget, List<ReportMetric> figures) {

    /** The reason a finance metric is missing from an evaluation. */
    static final Text FINANCE_NOT_EVALUATED = Text.of("the finance rules did not run in this evaluation",
            "本次评估未运行财务规则");

    /**
     * Checks and copies the parts.
     *
     * @param budget the budget
     * @param figures the figures
     */
    public BudgetSection {
        Objects.requireNonNull(budget, "budget");
        figures = List.copyOf(figures);
    }

    /** The section of a project's budget and its evaluation's finance metrics. */
    static BudgetSection of(Project project, Evaluation evaluation) {
        List<ReportMetric> figures = new ArrayList<>();
        add(figures, evaluation, FinanceRules.METRIC_BAC, Text.of("Budget at completion (BAC)", "完工预算"), false);
        add(figures, evaluation, FinanceRules.METRIC_CONTINGENCY_SHARE,
                Text.of("Contingency reserve / BAC", "应急储备 / 完工预算"), true);
        add(figures, evaluation, FinanceRules.METRIC_SPEND_PLANNED, Text.of("Planned spend to date", "截至目前计划支出"),
                false);
        add(figures, evaluation, FinanceRules.METRIC_SPEND_ACTUAL, Text.of("Actual spend to date", "截至目前实际支出"),
                false);
        add(figures, evaluation, FinanceRules.METRIC_SPEND_DEVIATION,
                Text.of("Spend deviation from plan", "支出偏离计划"), true);
        add(figures, evaluation, FinanceRules.METRIC_ROI, Text.of("Return on investment (ROI)", "投资回报率"), true);
        add(figures, evaluation, FinanceRules.METRIC_NPV, Text.of("Net present value (NPV)", "净现值"), false);
        add(figures, evaluation, FinanceRules.METRIC_IRR, Text.of("Internal rate of return (IRR)", "内部收益率"), true);
        add(figures, evaluation, FinanceRules.METRIC_PAYBACK, Text.of("Payback period", "投资回收期"), false);
        add(figures, evaluation, FinanceRules.METRIC_DISCOUNTED_PAYBACK,
                Text.of("Discounted payback period", "动态投资回收期"), false);
        return new BudgetSection(project.budget(), figures);
    }

    private static void add(List<ReportMetric> figures, Evaluation evaluation, String key, Text label, boolean percent) {
        MetricValue value = evaluation.metrics().get(key);
        figures.add(new ReportMetric(key, label, value != null ? value : new MetricValue.Undefined(FINANCE_NOT_EVALUATED),
                percent));
    }
}
