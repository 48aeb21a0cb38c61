package org.pmokit.rules.schedule;

import org.pmokit.rules.Analysis;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.RuleInput;

/**
 * The shared schedule of one evaluation: {@link CriticalPath#of(org.pmokit.rules.Policy)} (critical
 * threshold {@link PolicyKeys#CRITICAL_FLOAT}, at most {@value CriticalPath#DEFAULT_PATH_LIMIT}
 * critical paths) applied to the project at the context's status date, on the context's calendar
 * ({@link org.pmokit.rules.EvaluationContext#calendarFor}). {@link RuleInput#get} computes it once
 * per evaluation for every rule that asks.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleAnalysis {

    /**
     * The schedule, or a {@link ScheduleInputException} thrown (and so the rule failing) when the project
     * cannot be scheduled. It shares its computation with {@link #OUTCOME}.
     */
    public static final Analysis<Schedule> SCHEDULE = new Analysis<>() {
        @Override
        public Schedule analyse(RuleInput input) {
            ScheduleOutcome outcome = input.get(OUTCOME);
            if (outcome.problem().isPresent()) {
                throw outcome.problem().get();
            }
            return outcome.schedule().orElseThrow();
        }

        @Override
        public String toString() {
            return "ScheduleAnalysis.SCHEDULE";
        }
    };

    /** The schedule or the problem that prevents it; never throws for a bad project. */
    public static final Analysis<ScheduleOutcome> OUTCOME = new Analysis<>() {
        @Override
        public ScheduleOutcome analyse(RuleInput input) {
            try {
                return ScheduleOutcome.of(CriticalPath.of(input.policy()).schedule(input.project(), input.context()));
            } catch (ScheduleInputException e) {
                return ScheduleOutcome.failed(e);
            }
        }

        @Override
        public String toString() {
            return "ScheduleAnalysis.OUTCOME";
        }
    };

    private ScheduleAnalysis() {
    }
}
