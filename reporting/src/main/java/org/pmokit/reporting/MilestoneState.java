package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a milestone stands at the status date, by its due, actual and forecast dates (calendar
 * dates; the goals pack's MILE-007 and MILE-008 findings give the working days).
 */
public enum MilestoneState {
    /** Reached on or before its due date. */
    REACHED_ON_TIME,
    /** Reached after its due date. */
    REACHED_LATE,
    /** Not reached, and its due date is before the status date. */
    OVERDUE,
    /** Not reached, due on or after the status date, and forecast to finish after its due date. */
    FORECAST_LATE,
    /** Not reached, due on or after the status date, and not forecast late. */
    ON_TRACK,
    /** Not reached and without a due date. */
    NO_DUE_DATE;

    /**
     * Classifies a milestone.
     *
     * @param due the due date
     * @param actual the date it was reached
     * @param forecast the forecast date from the schedule
     * @param statusDate the status date
     * @return the state
     */
    public static MilestoneState of(Optional<LocalDate> due, Optional<LocalDate> actual, Optional<LocalDate> forecast,
            LocalDate statusDate) {
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(statusDate, "statusDate");
        if (actual.isPresent() && !actual.get().isAfter(statusDate)) {
            return due.isPresent() && actual.get().isAfter(due.get()) ? REACHED_LATE : REACHED_ON_TIME;
        }
        if (due.isEmpty()) {
            return NO_DUE_DATE;
        }
        if (due.get().isBefore(statusDate)) {
            return OVERDUE;
        }
        return forecast.isPresent() && forecast.get().isAfter(due.get()) ? FORECAST_LATE : ON_TRACK;
    }
}
