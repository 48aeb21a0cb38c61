package org.pmokit.rules.schedule.health;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;
import org.pmokit.rules.schedule.Schedule;
import org.pmokit.rules.schedule.ScheduleAnalysis;
import org.pmokit.rules.schedule.ScheduleInputException;
import org.pmokit.rules.schedule.ScheduleOutcome;

/**
 * The DCMA 14-point assessment of one project at a status date (FORMULAS.md section 7): a
 * {@link Measure} for every {@link HealthCheck}. The checks that read only the network
 * ({@link NetworkMeasures}) are always measured; those that need the schedule
 * ({@link ScheduleMeasures}, {@link CriticalPathTest}) are undefined, with the reason, when the
 * project cannot be scheduled (a dependency cycle, a link to an unknown activity, a date the
 * calendar does not cover), and {@link #problem()} tells why.
 *
 * <p>{@link #ANALYSIS} shares one assessment, made from the evaluation's shared schedule
 * ({@link ScheduleAnalysis#OUTCOME}), among the rules and the metrics of an evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleHealth {

    /** The assessment of an evaluation, from its shared schedule; computed once per evaluation. */
    public static final Analysis<ScheduleHealth> ANALYSIS = new Analysis<>() {
        @Override
        public ScheduleHealth analyse(RuleInput input) {
            return of(input.project(), input.context(), input.get(ScheduleAnalysis.OUTCOME));
        }

        @Override
        public String toString() {
            return "ScheduleHealth.ANALYSIS";
        }
    };

    private final Map<HealthCheck, Measure> measures;
    private final Optional<ScheduleInputException> problem;

    private ScheduleHealth(Map<HealthCheck, Measure> measures, Optional<ScheduleInputException> problem) {
        this.measures = measures;
        this.problem = problem;
    }

    /**
     * Assesses a project.
     *
     * @param project the project
     * @param context the status date and the policy
     * @param outcome the project's schedule at the context's status date, or why there is none
     * @return the assessment
     */
    public static ScheduleHealth of(Project project, EvaluationContext context, ScheduleOutcome outcome) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(outcome, "outcome");
        ProgressFacts progress = ProgressFacts.of(project, context.statusDate());
        Map<HealthCheck, Measure> m = new EnumMap<>(HealthCheck.class);
        NetworkMeasures.measure(project, progress, context.policy(), m);
        if (outcome.schedule().isPresent()) {
            Schedule s = outcome.schedule().get();
            ScheduleMeasures.measure(s, progress, context.statusDate(), context.policy(), m);
            m.put(HealthCheck.CRITICAL_PATH_TEST, CriticalPathTest.measure(s));
        } else {
            String why = outcome.problem().orElseThrow().getMessage();
            Text reason = Text.of("the schedule cannot be computed: " + why, "无法计算进度计划：" + why);
            for (HealthCheck c : HealthCheck.values()) {
                m.putIfAbsent(c, Measure.undefined(c, reason));
            }
        }
        return new ScheduleHealth(Collections.unmodifiableMap(m), outcome.problem());
    }

    /**
     * Returns the measure of a check.
     *
     * @param check the check
     * @return its measure
     */
    public Measure measure(HealthCheck check) {
        return measures.get(Objects.requireNonNull(check, "check"));
    }

    /**
     * Returns why the project could not be scheduled, if it could not.
     *
     * @return the problem, empty when the schedule was computed
     */
    public Optional<ScheduleInputException> problem() {
        return problem;
    }
}
