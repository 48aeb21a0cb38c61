package org.pmokit.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The progress of one activity as reported on a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date of the report
 * @param activity the activity
 * @param percentComplete how much is done, 0 to 100
 * @param actualStart when it actually started
 * @param actualFinish when it actually finished
 * @param remainingDuration the working days still needed, when estimated
 */
public record ProgressRecord(
        LocalDate date,
        ActivityId activity,
        BigDecimal percentComplete,
        Optional<LocalDate> actualStart,
        Optional<LocalDate> actualFinish,
        OptionalInt remainingDuration) {

    /**
     * Checks the parts: percent complete within 0 to 100, remaining duration not negative.
     *
     * @param date the report date
     * @param activity the activity
     * @param percentComplete the percent complete
     * @param actualStart the actual start
     * @param actualFinish the actual finish
     * @param remainingDuration the remaining duration
     */
    public ProgressRecord {
        Checks.required(date, "date");
        Checks.required(activity, "activity");
        String subject = "progress of " + activity + " on " + date;
        Checks.percent(percentComplete, "percentComplete", subject);
        Checks.required(actualStart, "actualStart");
        Checks.required(actualFinish, "actualFinish");
        Checks.required(remainingDuration, "remainingDuration")
                .ifPresent(d -> Checks.nonNegative(d, "remainingDuration", subject));
    }
}
