package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.project.ActivityId;

/**
 * One activity of a {@link Schedule}, as a value: its offsets, dates, floats and baseline variance.
 * {@link Schedule} answers the same questions by index without allocating; this view is for
 * readers and reports.
 *
 * <p>Offsets are working-day boundaries from the project start (FORMULAS.md section 1): the activity
 * works on days {@code earlyStart} to {@code earlyFinish - 1}. Dates follow the same section: a start
 * date is the date of the start offset, a finish date the date of the finish offset minus one, and
 * both dates of a milestone are the date of its offset minus one (day 0 for offset 0).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param index the activity's position in the project's list of activities
 * @param id the activity
 * @param duration the planned duration in working days (after any {@link Schedule#withDelay delay})
 * @param state not started, in progress or finished at the status date
 * @param earlyStart the early start offset (the actual start once started)
 * @param earlyFinish the early finish offset, exclusive (the actual finish once finished)
 * @param lateStart the late start offset
 * @param lateFinish the late finish offset, exclusive
 * @param totalFloat {@code lateFinish - earlyFinish}, which equals {@code lateStart - earlyStart}
 * @param freeFloat the free float, never negative
 * @param critical whether the total float is at or below the critical threshold (never when finished)
 * @param earlyStartDate the date of the early start
 * @param earlyFinishDate the date of the early finish (inclusive)
 * @param lateStartDate the date of the late start
 * @param lateFinishDate the date of the late finish (inclusive)
 * @param baselineStart the start in the current baseline, if the activity is in it
 * @param baselineFinish the finish in the current baseline, if the activity is in it
 * @param startVariance early start date minus baseline start in working days, later positive
 * @param finishVariance early finish date minus baseline finish in working days, later positive
 */
public record ActivitySchedule(
        int index,
        ActivityId id,
        int duration,
        ProgressState state,
        int earlyStart,
        int earlyFinish,
        int lateStart,
        int lateFinish,
        int totalFloat,
        int freeFloat,
        boolean critical,
        LocalDate earlyStartDate,
        LocalDate earlyFinishDate,
        LocalDate lateStartDate,
        LocalDate lateFinishDate,
        Optional<LocalDate> baselineStart,
        Optional<LocalDate> baselineFinish,
        OptionalInt startVariance,
        OptionalInt finishVariance) {

    /**
     * Checks that no part is null.
     *
     * @param index the index
     * @param id the activity
     * @param duration the duration
     * @param state the progress state
     * @param earlyStart the early start
     * @param earlyFinish the early finish
     * @param lateStart the late start
     * @param lateFinish the late finish
     * @param totalFloat the total float
     * @param freeFloat the free float
     * @param critical whether critical
     * @param earlyStartDate the early start date
     * @param earlyFinishDate the early finish date
     * @param lateStartDate the late start date
     * @param lateFinishDate the late finish date
     * @param baselineStart the baseline start
     * @param baselineFinish the baseline finish
     * @param startVariance the start variance
     * @param finishVariance the finish variance
     */
    public ActivitySchedule {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(earlyStartDate, "earlyStartDate");
        Objects.requireNonNull(earlyFinishDate, "earlyFinishDate");
        Objects.requireNonNull(lateStartDate, "lateStartDate");
        Objects.requireNonNull(lateFinishDate, "lateFinishDate");
        Objects.requireNonNull(baselineStart, "baselineStart");
        Objects.requireNonNull(baselineFinish, "baselineFinish");
        Objects.requireNonNull(startVariance, "startVariance");
        Objects.requireNonNull(finishVariance, "finishVariance");
    }

    /**
     * Returns whether this is a milestone, an activity of duration 0.
     *
     * @return true for a milestone
     */
    public boolean isMilestone() {
        return duration == 0;
    }
}
