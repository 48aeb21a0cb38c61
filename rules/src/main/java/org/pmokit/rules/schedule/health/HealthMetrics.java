package org.pmokit.rules.schedule.health;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.pmokit.rules.MetricSource;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;

/**
 * Publishes one metric per DCMA check, named {@link HealthCheck#metricName()} (such as
 * {@code schedule.dcma.logic}), from the evaluation's shared {@link ScheduleHealth}:
 *
 * <ul>
 *   <li>the share checks (logic, lags, relationship types, hard constraints, high float, high
 *       duration, resources, missed tasks): the share as a ratio (0.125 for 12.5%); for the
 *       relationship types the share of finish-to-start links;
 *   <li>the count checks: leads and negative float and invalid dates as a quantity in {@code links}
 *       or {@code activities};
 *   <li>CPLI and BEI: the index as a ratio;
 *   <li>the critical path test: how far the project finish moved, in {@code days}.
 * </ul>
 *
 * A check that cannot be measured, or a share of nothing, is undefined with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HealthMetrics implements MetricSource {

    @Override
    public Map<String, MetricValue> metrics(RuleInput input) {
        Objects.requireNonNull(input, "input");
        ScheduleHealth health = input.get(ScheduleHealth.ANALYSIS);
        Map<String, MetricValue> out = new LinkedHashMap<>();
        for (HealthCheck c : HealthCheck.values()) {
            out.put(c.metricName(), value(health.measure(c)));
        }
        return out;
    }

    /** The metric of one measure. */
    static MetricValue value(Measure m) {
        if (m.undefined().isPresent()) {
            return new MetricValue.Undefined(m.undefined().get());
        }
        return switch (m.check().kind()) {
            case MAX_COUNT -> new MetricValue.Quantity(m.count(),
                    m.check() == HealthCheck.LEADS ? "links" : "activities");
            case TEST -> new MetricValue.Quantity(m.count(), "days");
            case MAX_SHARE, MIN_SHARE, INFORMATION, MIN_INDEX -> m.population() == 0
                    ? new MetricValue.Undefined(nothing(m.check()))
                    : new MetricValue.Ratio((double) m.count() / m.population());
        };
    }

    /** Why a share of nothing is undefined. */
    private static Text nothing(HealthCheck check) {
        return check == HealthCheck.LAGS || check == HealthCheck.RELATIONSHIP_TYPES
                ? Text.of("no links into activities not finished", "没有未完成任务的依赖关系")
                : Text.of("no activities not finished", "没有未完成的任务");
    }
}
