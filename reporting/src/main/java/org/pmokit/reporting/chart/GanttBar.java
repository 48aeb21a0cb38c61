package org.pmokit.reporting.chart;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a Gantt chart: an activity's scheduled dates (both inclusive), whether it is critical or
 * a milestone, and its baseline dates.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the activity's identifier
 * @param name its name
 * @param start the first day it works (for a milestone, its date)
 * @param finish the last day it works (for a milestone, its date)
 * @param critical whether it is on the critical path
 * @param milestone whether it is a milestone (duration 0), drawn as a diamond
 * @param baselineStart the baseline start
 * @param baselineFinish the baseline finish
 */
public record GanttBar(String id, String name, LocalDate start, LocalDate finish, boolean critical, boolean milestone,
        Optional<LocalDate> baselineStart, Optional<LocalDate> baselineFinish) {

    /**
     * Checks the parts: the finish is not before the start, and the baseline has both dates or none.
     *
     * @param id the identifier
     * @param name the name
     * @param start the start
     * @param finish the finish
     * @param critical whether critical
     * @param milestone whether a milestone
     * @param baselineStart the baseline start
     * @param baselineFinish the baseline finish
     */
    public GanttBar {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(finish, "finish");
        Objects.requireNonNull(baselineStart, "baselineStart");
        Objects.requireNonNull(baselineFinish, "baselineFinish");
        if (finish.isBefore(start)) {
            throw new IllegalArgumentException("activity " + id + ": finish " + finish + " is before start " + start);
        }
        if (baselineStart.isPresent() != baselineFinish.isPresent()) {
            throw new IllegalArgumentException("activity " + id + ": a baseline needs a start and a finish");
        }
        if (baselineStart.isPresent() && baselineFinish.get().isBefore(baselineStart.get())) {
            throw new IllegalArgumentException("activity " + id + ": baseline finish " + baselineFinish.get()
                    + " is before baseline start " + baselineStart.get());
        }
    }
}
