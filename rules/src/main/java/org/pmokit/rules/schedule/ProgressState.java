package org.pmokit.rules.schedule;

/**
 * How far an activity has got at the status date, as the schedule treats it (FORMULAS.md section 1:
 * the status date is inclusive).
 *
 * <p>An actual date counts only if it is on or before the status date, and only the latest progress
 * record dated on or before the status date counts. A schedule made without a status date
 * ({@link CriticalPath#plan}) has every activity {@link #NOT_STARTED}.
 */
public enum ProgressState {
    /** No actual start: the activity is scheduled by its links and constraints. */
    NOT_STARTED,
    /**
     * An actual start but no actual finish: the start is the actual start, and the remaining duration
     * is scheduled from the first working day after the status date.
     */
    IN_PROGRESS,
    /**
     * An actual finish (a milestone: an actual start or finish): its dates are the actual dates, it has
     * no float and is never critical.
     */
    FINISHED
}
