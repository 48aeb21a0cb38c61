package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.ActivityId;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.schedule.Schedule;

/**
 * The schedule of a report (FORMULAS.md sections 1 and 2): the forecast finish against the
 * baseline, and the critical paths. Each activity's dates and floats are in the report's
 * {@link ActivityLine}s.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param start the project start
 * @param finish the forecast finish date
 * @param duration the forecast duration in working days (the largest early finish offset)
 * @param baselineFinish the finish of the current baseline
 * @param finishVariance forecast minus baseline finish in working days (later positive), or undefined
 * @param criticalFloat the total float at or below which an activity is critical
 * @param criticalPaths the critical paths, each a chain of activity identifiers
 * @param pathsTruncated whether there are more critical paths than listed
 */
public record ScheduleSection(LocalDate start, LocalDate finish, int duration, Optional<LocalDate> baselineFinish,
        MetricValue finishVariance, int criticalFloat, List<List<String>> criticalPaths, boolean pathsTruncated) {

    private static final Text NO_BASELINE = Text.of("the project has no baseline", "项目没有基线");

    /**
     * Checks and copies the parts.
     *
     * @param start the start
     * @param finish the finish
     * @param duration the duration
     * @param baselineFinish the baseline finish
     * @param finishVariance the finish variance
     * @param criticalFloat the critical float
     * @param criticalPaths the critical paths
     * @param pathsTruncated whether truncated
     */
    public ScheduleSection {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(baselineFinish, "baselineFinish");
        Objects.requireNonNull(finishVariance, "finishVariance");
        criticalPaths = criticalPaths.stream().map(List::copyOf).toList();
    }

    /** The section of a schedule. */
    static ScheduleSection of(Schedule s) {
        MetricValue variance = s.projectFinishVariance().isPresent()
                ? new MetricValue.Quantity(s.projectFinishVariance().getAsInt(), EvmMetric.DAYS)
                : new MetricValue.Undefined(NO_BASELINE);
        List<List<String>> paths = s.criticalPaths().stream()
                .map(p -> p.stream().map(ActivityId::value).toList()).toList();
        return new ScheduleSection(s.start(), s.projectFinishDate(), s.projectFinish(), s.projectBaselineFinish(),
                variance, s.criticalFloat(), paths, s.criticalPathsTruncated());
    }
}
