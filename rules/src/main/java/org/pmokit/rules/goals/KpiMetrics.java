package org.pmokit.rules.goals;

import java.util.LinkedHashMap;
import java.util.Map;
import org.pmokit.rules.Decimals;
import org.pmokit.rules.MetricSource;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;

/**
 * The metrics of the goals pack, for every goal with a KPI, from the shared {@link KpiStatuses}:
 *
 * <ul>
 *   <li>{@code goals.<id>.kpi.progress}: the share of the way from baseline to target that the
 *       latest reading on or before the status date has come, a {@link MetricValue.Ratio} (0 at the
 *       baseline, 1 at the target, negative when it moved away, above 1 past the target); undefined
 *       without a reading, a baseline or a target, or when the target equals the baseline;</li>
 *   <li>{@code goals.<id>.kpi.forecast}: the trend line's value at the goal's deadline, a
 *       {@link MetricValue.Quantity} in the KPI's unit (empty if it has none); undefined without a
 *       deadline or without readings on two dates.</li>
 * </ul>
 *
 * <p>Both are computed with 16 significant digits ({@link KpiStatus#PRECISION}) and then held as a
 * {@code double}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class KpiMetrics implements MetricSource {

    private static final MetricValue TOO_LARGE = new MetricValue.Undefined(
            Text.of("the value is beyond the range of a double", "数值超出双精度浮点数的范围"));

    private static final MetricValue NO_BASELINE_OR_TARGET = new MetricValue.Undefined(
            Text.of("the KPI has no baseline value or no target value", "关键绩效指标缺少基线值或目标值"));

    private static final MetricValue TARGET_IS_BASELINE = new MetricValue.Undefined(
            Text.of("the KPI's target value equals its baseline value", "关键绩效指标的目标值等于基线值"));

    private static final MetricValue NO_READING = new MetricValue.Undefined(
            Text.of("the KPI has no reading on or before the status date", "关键绩效指标在状态日期之前没有读数"));

    private static final MetricValue NO_DEADLINE = new MetricValue.Undefined(
            Text.of("the goal has no deadline", "目标没有期限"));

    private static final MetricValue NO_TREND = new MetricValue.Undefined(
            Text.of("the KPI has readings on fewer than two dates", "关键绩效指标的读数少于两个日期"));

    @Override
    public Map<String, MetricValue> metrics(RuleInput input) {
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (KpiStatus s : input.get(KpiStatuses.INSTANCE)) {
            String prefix = "goals." + s.goal().id() + ".kpi.";
            out.put(prefix + "progress", progress(s));
            out.put(prefix + "forecast", forecast(s));
        }
        return out;
    }

    private static MetricValue progress(KpiStatus s) {
        if (s.kpi().baseline().isEmpty() || s.kpi().target().isEmpty()) {
            return NO_BASELINE_OR_TARGET;
        }
        if (s.kpi().baseline().get().compareTo(s.kpi().target().get()) == 0) {
            return TARGET_IS_BASELINE;
        }
        if (s.latest().isEmpty()) {
            return NO_READING;
        }
        double progress = Decimals.toDouble(s.progress().orElseThrow());
        return Double.isFinite(progress) ? new MetricValue.Ratio(progress) : TOO_LARGE;
    }

    private static MetricValue forecast(KpiStatus s) {
        if (s.goal().deadline().isEmpty()) {
            return NO_DEADLINE;
        }
        if (s.trend().isEmpty()) {
            return NO_TREND;
        }
        double forecast = Decimals.toDouble(s.trend().get().valueAt(s.goal().deadline().get(), KpiStatus.PRECISION));
        return Double.isFinite(forecast) ? new MetricValue.Quantity(forecast, s.kpi().unit().orElse("")) : TOO_LARGE;
    }
}
