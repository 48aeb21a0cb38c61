package org.pmokit.rules.evm;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.Area;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RulePack;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * The earned value pack ({@code evm}): cost and schedule performance of the project at the status
 * date, measured by {@link ProjectEvm} through the shared {@link #ANALYSIS}.
 *
 * <table class="striped">
 *   <caption>Rules</caption>
 *   <thead><tr><th>id</th><th>area</th><th>severity</th><th>finds</th></tr></thead>
 *   <tbody>
 *     <tr><td>EVM-001</td><td>cost</td><td>warning below 0.95, error below 0.92</td><td>CPI out of the green band</td></tr>
 *     <tr><td>EVM-002</td><td>schedule</td><td>warning below 0.95, error below 0.92</td><td>SPI out of the green band</td></tr>
 *     <tr><td>EVM-003</td><td>schedule</td><td>warning below 0.95, error below 0.92</td><td>SPI(t) out of the green band</td></tr>
 *     <tr><td>EVM-004</td><td>cost</td><td>error</td><td>forecast overrun (-VAC) beyond the contingency reserve</td></tr>
 *     <tr><td>EVM-005</td><td>cost</td><td>error</td><td>TCPI(BAC) above 1.10, or the budget exhausted with work remaining</td></tr>
 *     <tr><td>EVM-006</td><td>schedule</td><td>warning</td><td>SPI at or above 0.95 while SPI(t) is below it</td></tr>
 *     <tr><td>EVM-007</td><td>cost</td><td>warning</td><td>an activity with actual cost but no progress</td></tr>
 *     <tr><td>EVM-008</td><td>cost</td><td>warning</td><td>an activity with progress but no actual cost</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>The bands come from {@link org.pmokit.rules.PolicyKeys#INDEX_GREEN} and
 * {@link org.pmokit.rules.PolicyKeys#INDEX_AMBER} (seed 002: 5% and 8% deviation), the TCPI limit from
 * {@link org.pmokit.rules.PolicyKeys#TCPI_MAX}. The pack publishes every {@link EvmMetric} of the
 * project as {@code evm.<key>} ({@link #metricName(EvmMetric)}); when the project cannot be measured
 * (no baseline, an amount in another currency, a date outside the calendar) every metric is undefined
 * with that reason and the rules are silent.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvmRules {

    /** The pack's name. */
    public static final String PACK = "evm";

    /** Rule id: CPI is in the green band. */
    public static final String CPI_BAND = "EVM-001";
    /** Rule id: SPI is in the green band. */
    public static final String SPI_BAND = "EVM-002";
    /** Rule id: SPI(t) is in the green band. */
    public static final String SPI_T_BAND = "EVM-003";
    /** Rule id: the forecast overrun stays within the contingency reserve. */
    public static final String VAC_BEYOND_CONTINGENCY = "EVM-004";
    /** Rule id: TCPI(BAC) is at most the policy's limit. */
    public static final String TCPI_ABOVE_MAX = "EVM-005";
    /** Rule id: SPI does not hide a delay that SPI(t) shows. */
    public static final String HIDDEN_DELAY = "EVM-006";
    /** Rule id: no actual cost without progress. */
    public static final String COST_WITHOUT_PROGRESS = "EVM-007";
    /** Rule id: no progress without actual cost. */
    public static final String PROGRESS_WITHOUT_COST = "EVM-008";

    /** The prefix of the pack's metric names. */
    public static final String METRIC_PREFIX = "evm.";

    /**
     * The shared performance measurement baseline of the project, on the evaluation's calendar;
     * undefined without a baseline, with a budget in another currency or a date the calendar does not
     * cover.
     */
    public static final Analysis<EvmOutcome<PerformanceBaseline>> BASELINE = EvmRules::baseline;

    /**
     * The shared measurement of the project at the evaluation's status date, with the default
     * {@link EvmOptions}; undefined, with the reason, when the project cannot be measured.
     */
    public static final Analysis<EvmOutcome<EvmStatus>> ANALYSIS = EvmRules::analyse;

    private static final RulePack PACK_OF_RULES = new RulePack(PACK, List.of(
            new IndexBandRule(new RuleInfo(CPI_BAND, PACK, Area.COST, Subject.PROJECT,
                    Text.of("The cost performance index (CPI) is in the green band", "成本绩效指数（CPI）处于绿色区间"),
                    Severity.ERROR), EvmMetric.CPI,
                    f -> Text.of("EV " + Words.money(f.ev()) + " / AC " + Words.money(f.ac()),
                            "挣值 " + Words.money(f.ev()) + " / 实际成本 " + Words.money(f.ac())),
                    Text.of("Find the activities that overspend and agree corrective actions.",
                            "找出超支的任务并商定纠正措施。"),
                    Text.of("Escalate the overrun: re-forecast the cost at completion and decide on corrective actions"
                            + " or a change request.",
                            "上报超支：重新估算完工成本，并决定纠正措施或提交变更请求。")),
            new IndexBandRule(new RuleInfo(SPI_BAND, PACK, Area.SCHEDULE, Subject.PROJECT,
                    Text.of("The schedule performance index (SPI) is in the green band", "进度绩效指数（SPI）处于绿色区间"),
                    Severity.ERROR), EvmMetric.SPI,
                    f -> Text.of("EV " + Words.money(f.ev()) + " / PV " + Words.money(f.pv()),
                            "挣值 " + Words.money(f.ev()) + " / 计划值 " + Words.money(f.pv())),
                    Text.of("Find the late activities, on the critical path first, and plan how to recover.",
                            "找出延误的任务（先看关键路径），并制定追赶计划。"),
                    Text.of("Escalate the delay: re-plan the remaining work (fast-tracking, crashing) or raise a"
                            + " schedule change request.",
                            "上报延误：重新规划剩余工作（快速跟进、赶工）或提交进度变更请求。")),
            new IndexBandRule(new RuleInfo(SPI_T_BAND, PACK, Area.SCHEDULE, Subject.PROJECT,
                    Text.of("The time-based schedule performance index SPI(t) is in the green band",
                            "基于时间的进度绩效指数 SPI(t) 处于绿色区间"),
                    Severity.ERROR), EvmMetric.SPI_T,
                    f -> Text.of("ES " + days(f.es()) + " / AT " + days(f.at()) + " working days",
                            "挣得进度 " + days(f.es()) + " / 实际时间 " + days(f.at()) + " 个工作日"),
                    Text.of("Compare the forecast finish with the milestones and plan how to recover the delay.",
                            "将预测完工日期与里程碑对照，并制定追回延误的计划。"),
                    Text.of("Escalate the delay: the forecast finish is late; re-plan the remaining work or raise a"
                            + " schedule change request.",
                            "上报延误：预测完工日期已推迟；重新规划剩余工作或提交进度变更请求。")),
            new VacRule(),
            new TcpiRule(),
            new HiddenDelayRule(),
            new CostWithoutProgressRule(),
            new ProgressWithoutCostRule()),
            List.of(EvmRules::metrics));

    private EvmRules() {
    }

    /**
     * Returns the earned value pack.
     *
     * @return the pack named {@value #PACK}
     */
    public static RulePack pack() {
        return PACK_OF_RULES;
    }

    /**
     * Returns the name under which the pack publishes a metric.
     *
     * @param metric the metric
     * @return such as {@code evm.cpi}
     */
    public static String metricName(EvmMetric metric) {
        return METRIC_PREFIX + metric.key();
    }

    private static EvmOutcome<PerformanceBaseline> baseline(RuleInput input) {
        Project project = input.project();
        try {
            return EvmOutcome.of(PerformanceBaseline.of(project, input.context().calendarFor(project)));
        } catch (EvmInputException e) {
            return EvmOutcome.undefined(e.reason());
        }
    }

    private static EvmOutcome<EvmStatus> analyse(RuleInput input) {
        return input.get(BASELINE).map(pmb -> ProjectEvm.of(input.project(), pmb, EvmOptions.defaults())
                .at(input.context().statusDate()));
    }

    private static Map<String, MetricValue> metrics(RuleInput input) {
        EvmOutcome<EvmStatus> outcome = input.get(ANALYSIS);
        Map<String, MetricValue> metrics = new LinkedHashMap<>();
        for (EvmMetric metric : EvmMetric.values()) {
            metrics.put(metricName(metric), outcome.value()
                    .map(status -> status.project().get(metric))
                    .orElseGet(() -> new MetricValue.Undefined(outcome.reason().orElseThrow())));
        }
        return metrics;
    }

    private static String days(MetricValue value) {
        return value instanceof MetricValue.Quantity q ? Words.days(q.value()) : "?";
    }
}
