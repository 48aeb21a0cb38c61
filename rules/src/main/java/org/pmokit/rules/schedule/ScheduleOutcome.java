package org.pmokit.rules.schedule;

import java.util.Objects;
import java.util.Optional;

/**
 * The schedule of a project, or why there is none: the result of
 * {@link ScheduleAnalysis#OUTCOME}, for rules that must not fail on a project the validator would
 * reject (a dependency cycle, a link to an unknown activity, a date outside the calendar).
 *
 * <p>Exactly one of the two parts is present.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param schedule the schedule, if the project could be scheduled
 * @param problem why it could not, if it could not
 */
public record ScheduleOutcome(Optional<Schedule> schedule, Optional<ScheduleInputException> problem) {

    /**
     * Checks that exactly one part is present.
     *
     * @param schedule the schedule
     * @param problem the problem
     */
    public ScheduleOutcome {
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(problem, "problem");
        if (schedule.isPresent() == problem.isPresent()) {
            throw new IllegalArgumentException("an outcome has either a schedule or a problem: " + schedule + ", " + problem);
        }
    }

    /**
     * Returns the outcome of a project that could be scheduled.
     *
     * @param schedule the schedule
     * @return the outcome
     */
    public static ScheduleOutcome of(Schedule schedule) {
        return new ScheduleOutcome(Optional.of(schedule), Optional.empty());
    }

    /**
     * Returns the outcome of a project that could not be scheduled.
     *
     * @param problem why
     * @return the outcome
     */
    public static ScheduleOutcome failed(ScheduleInputException problem) {
        return new ScheduleOutcome(Optional.empty(), Optional.of(problem));
    }
}
