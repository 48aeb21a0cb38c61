package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.MilestoneId;

/**
 * A milestone of the project against the baseline: the forecast (or actual) finish of the activity
 * that marks it, compared with that activity's baseline finish.
 *
 * <p>The variance is in working days, later than the baseline positive: the number of working days
 * up to and including the forecast date minus the number up to and including the baseline date
 * (so a baseline date on a day off counts as the working day before it). A milestone slips when the
 * variance is positive.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param milestone the milestone
 * @param activity the activity whose finish marks it
 * @param forecast the finish date of the activity in the schedule: the actual finish once it is
 *        finished, else the early finish date
 * @param baseline the activity's finish date in the current baseline, if it has one
 * @param variance forecast minus baseline in working days, if there is a baseline date
 */
public record MilestoneVariance(
        MilestoneId milestone,
        ActivityId activity,
        LocalDate forecast,
        Optional<LocalDate> baseline,
        OptionalInt variance) {

    /**
     * Checks the parts.
     *
     * @param milestone the milestone
     * @param activity the activity
     * @param forecast the forecast date
     * @param baseline the baseline date
     * @param variance the variance
     */
    public MilestoneVariance {
        Objects.requireNonNull(milestone, "milestone");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(variance, "variance");
        if (baseline.isPresent() != variance.isPresent()) {
            throw new IllegalArgumentException("milestone " + milestone
                    + ": a variance needs a baseline date and a baseline date a variance: " + baseline + ", " + variance);
        }
    }

    /**
     * Returns whether the milestone is forecast (or was reached) later than its baseline date.
     *
     * @return true if the variance is positive
     */
    public boolean isSlipped() {
        return variance.isPresent() && variance.getAsInt() > 0;
    }
}
