package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Decimals;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RulePack;

/**
 * The finance pack: budget, reserves, spend against plan, and the investment case.
 *
 * <table class="striped">
 *   <caption>Rules</caption>
 *   <thead><tr><th>id</th><th>area</th><th>severity</th><th>finds</th></tr></thead>
 *   <tbody>
 *     <tr><td>FIN-001</td><td>finance</td><td>warning</td><td>contingency reserve outside 15%-20% of BAC</td></tr>
 *     <tr><td>FIN-002</td><td>finance</td><td>error</td>
 *         <td>approved total below BAC + contingency + management reserve</td></tr>
 *     <tr><td>FIN-003</td><td>cost</td><td>warning above 5%, error above 8%</td>
 *         <td>actual cost to date over the planned value to date</td></tr>
 *     <tr><td>FIN-004</td><td>finance</td><td>warning</td><td>NPV at the policy discount rate below zero</td></tr>
 *     <tr><td>FIN-005</td><td>finance</td><td>warning</td><td>no payback within the cash-flow horizon</td></tr>
 *     <tr><td>FIN-006</td><td>finance</td><td>info</td><td>no cash flows: no investment case</td></tr>
 *     <tr><td>FIN-007</td><td>finance</td><td>warning</td><td>no approved budget</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The pack publishes the metrics named by the {@code METRIC_} constants; each is
 * {@link MetricValue.Undefined} with the reason where it cannot be computed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FinanceRules {

    /** The pack's name. */
    public static final String PACK = "finance";

    /** Rule id: the contingency reserve is within the policy band of BAC. */
    public static final String CONTINGENCY_RESERVE = "FIN-001";
    /** Rule id: the approved total covers BAC and both reserves. */
    public static final String APPROVED_TOTAL = "FIN-002";
    /** Rule id: the actual cost to date does not overrun the planned value to date. */
    public static final String SPEND_TO_DATE = "FIN-003";
    /** Rule id: the NPV at the policy discount rate is not negative. */
    public static final String NEGATIVE_NPV = "FIN-004";
    /** Rule id: the investment pays back within the cash-flow horizon. */
    public static final String NO_PAYBACK = "FIN-005";
    /** Rule id: the project has cash flows. */
    public static final String NO_INVESTMENT_CASE = "FIN-006";
    /** Rule id: the project has an approved budget. */
    public static final String NO_BUDGET = "FIN-007";

    /** Metric: the budget at completion (an amount). */
    public static final String METRIC_BAC = "finance.bac";
    /** Metric: the contingency reserve as a fraction of BAC (a ratio). */
    public static final String METRIC_CONTINGENCY_SHARE = "finance.contingency.share";
    /** Metric: the planned value through the status date (an amount). */
    public static final String METRIC_SPEND_PLANNED = "finance.spend.planned";
    /** Metric: the actual cost through the status date (an amount). */
    public static final String METRIC_SPEND_ACTUAL = "finance.spend.actual";
    /** Metric: (AC - PV) / PV through the status date, positive for an overrun (a ratio). */
    public static final String METRIC_SPEND_DEVIATION = "finance.spend.deviation";
    /** Metric: the return on investment (a ratio). */
    public static final String METRIC_ROI = "finance.roi";
    /** Metric: the net present value at the policy discount rate (an amount). */
    public static final String METRIC_NPV = "finance.npv";
    /** Metric: the internal rate of return per period (a ratio). */
    public static final String METRIC_IRR = "finance.irr";
    /** Metric: the simple payback period (a quantity in {@value #PERIODS}). */
    public static final String METRIC_PAYBACK = "finance.payback";
    /** Metric: the discounted payback period (a quantity in {@value #PERIODS}). */
    public static final String METRIC_DISCOUNTED_PAYBACK = "finance.discountedPayback";

    /** The unit of the payback metrics: cash-flow periods. */
    public static final String PERIODS = "periods";

    private static final RulePack PACK_OF_RULES = new RulePack(PACK, List.of(
            new ContingencyReserveRule(),
            new ApprovedTotalRule(),
            new SpendToDateRule(),
            new NegativeNpvRule(),
            new PaybackRule(),
            new InvestmentCaseRule(),
            new BudgetRecordedRule()),
            List.of(FinanceRules::metrics));

    private FinanceRules() {
    }

    /**
     * Returns the finance pack.
     *
     * @return the pack named {@value #PACK}
     */
    public static RulePack pack() {
        return PACK_OF_RULES;
    }

    /**
     * Returns the budget at completion of a project (FORMULAS.md section 3): the sum of the current
     * baseline's activity budgets, reserves excluded; without a baseline, the sum of the activities'
     * budgets. Undefined, with the reason, when a budget is in another currency than the project's.
     *
     * @param project the project
     * @return BAC, or why it cannot be computed
     */
    public static Outcome<Money> budgetAtCompletion(Project project) {
        return BudgetFigures.bac(Objects.requireNonNull(project, "project"));
    }

    private static Map<String, MetricValue> metrics(RuleInput input) {
        BudgetFigures figures = input.get(BudgetFigures.ANALYSIS);
        Outcome<Appraisal> appraisal = input.get(InvestmentAppraisal.ANALYSIS);
        Function<BigDecimal, MetricValue> ratio = v -> new MetricValue.Ratio(Decimals.toDouble(v));
        Function<BigDecimal, MetricValue> periods = v -> new MetricValue.Quantity(Decimals.toDouble(v), PERIODS);
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        metrics.put(METRIC_BAC, figures.bac().toMetric(MetricValue.Amount::new));
        metrics.put(METRIC_CONTINGENCY_SHARE, figures.contingencyShare().toMetric(ratio));
        metrics.put(METRIC_SPEND_PLANNED, figures.plannedToDate().toMetric(MetricValue.Amount::new));
        metrics.put(METRIC_SPEND_ACTUAL, figures.actualToDate().toMetric(MetricValue.Amount::new));
        metrics.put(METRIC_SPEND_DEVIATION, figures.spendDeviation().toMetric(ratio));
        metrics.put(METRIC_ROI, appraisal.flatMap(Appraisal::roi).toMetric(ratio));
        metrics.put(METRIC_NPV, appraisal.flatMap(Appraisal::npv).toMetric(MetricValue.Amount::new));
        metrics.put(METRIC_IRR, appraisal.flatMap(Appraisal::irr).toMetric(ratio));
        metrics.put(METRIC_PAYBACK, appraisal.flatMap(Appraisal::payback).toMetric(periods));
        metrics.put(METRIC_DISCOUNTED_PAYBACK, appraisal.flatMap(Appraisal::discountedPayback).toMetric(periods));
        return metrics;
    }
}
