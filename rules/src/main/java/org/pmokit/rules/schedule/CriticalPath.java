package org.pmokit.rules.schedule;

import java.util.Objects;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;

/**
 * The critical path method of FORMULAS.md sections 1 and 2: a forward and a backward pass over the
 * activities in topological order, with FS, SS, FF and SF links and their lags (negative allowed),
 * milestones, date constraints, the project's working-day calendar and progress at the status date.
 * The result is a {@link Schedule}.
 *
 * <p>This object holds the options: the critical threshold (an activity is critical when its total
 * float is at or below it; default 0) and the most critical paths to list (default
 * {@value #DEFAULT_PATH_LIMIT}; a large network can have millions). The scheduling rules are
 * described on {@link ScheduleNetwork} (how the project becomes a network) and {@link Schedule}
 * (what the passes compute).
 *
 * <pre>{@code
 * Schedule s = CriticalPath.standard().schedule(project, EvaluationContext.of(project));
 * s.projectFinishDate();          // forecast finish
 * s.criticalPaths();              // ordered activity lists
 * }</pre>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CriticalPath {

    /** The most critical paths a schedule lists unless told otherwise. */
    public static final int DEFAULT_PATH_LIMIT = 100;

    private static final CriticalPath STANDARD = new CriticalPath(0, DEFAULT_PATH_LIMIT);

    private final int criticalFloat;
    private final int pathLimit;

    private CriticalPath(int criticalFloat, int pathLimit) {
        this.criticalFloat = criticalFloat;
        this.pathLimit = pathLimit;
    }

    /**
     * Returns the engine with the default options: critical at total float 0 or less, at most
     * {@value #DEFAULT_PATH_LIMIT} critical paths.
     *
     * @return the engine
     */
    public static CriticalPath standard() {
        return STANDARD;
    }

    /**
     * Returns the engine with the critical threshold of a policy ({@link PolicyKeys#CRITICAL_FLOAT})
     * and at most {@value #DEFAULT_PATH_LIMIT} critical paths.
     *
     * @param policy the policy
     * @return the engine
     */
    public static CriticalPath of(Policy policy) {
        Objects.requireNonNull(policy, "policy");
        return STANDARD.withCriticalFloat(policy.get(PolicyKeys.CRITICAL_FLOAT));
    }

    /**
     * Returns this engine with another critical threshold.
     *
     * @param workingDays the total float at or below which an activity is critical
     * @return the engine
     */
    public CriticalPath withCriticalFloat(int workingDays) {
        return new CriticalPath(workingDays, pathLimit);
    }

    /**
     * Returns this engine with another limit on the number of critical paths listed.
     *
     * @param maxPaths the most paths to list, not negative (0 lists none)
     * @return the engine
     * @throws IllegalArgumentException if the limit is negative
     */
    public CriticalPath withPathLimit(int maxPaths) {
        if (maxPaths < 0) {
            throw new IllegalArgumentException("path limit must not be negative: " + maxPaths);
        }
        return new CriticalPath(criticalFloat, maxPaths);
    }

    /**
     * Returns the critical threshold.
     *
     * @return the total float at or below which an activity is critical, in working days
     */
    public int criticalFloat() {
        return criticalFloat;
    }

    /**
     * Returns the most critical paths a schedule lists.
     *
     * @return the limit
     */
    public int pathLimit() {
        return pathLimit;
    }

    /**
     * Schedules a project at the context's status date, with its progress, on the context's calendar
     * ({@link EvaluationContext#calendarFor(Project)}).
     *
     * @param project the project
     * @param context the status date and the calendar
     * @return the schedule
     * @throws ScheduleInputException if the project has a dependency cycle, a link to an unknown
     *         activity, two activities with one identifier, or a date the calendar does not cover
     */
    public Schedule schedule(Project project, EvaluationContext context) {
        return schedule(ScheduleNetwork.of(project, context));
    }

    /**
     * Plans a project from its start, ignoring its progress and status date: the schedule that a
     * baseline records.
     *
     * @param project the project
     * @param calendar the working-day calendar
     * @return the schedule
     * @throws ScheduleInputException if the project has a dependency cycle, a link to an unknown
     *         activity, two activities with one identifier, or a date the calendar does not cover
     */
    public Schedule plan(Project project, WorkCalendar calendar) {
        return schedule(ScheduleNetwork.plan(project, calendar));
    }

    /**
     * Runs the passes over a network built before (see {@link ScheduleNetwork#withDelay}).
     *
     * @param network the network
     * @return the schedule
     * @throws ScheduleInputException if the schedule runs outside the calendar's coverage
     */
    public Schedule schedule(ScheduleNetwork network) {
        Objects.requireNonNull(network, "network");
        return Schedule.compute(network, this);
    }

    /**
     * Returns a description of the options.
     *
     * @return such as {@code CriticalPath[criticalFloat=0, pathLimit=100]}
     */
    @Override
    public String toString() {
        return "CriticalPath[criticalFloat=" + criticalFloat + ", pathLimit=" + pathLimit + "]";
    }
}
