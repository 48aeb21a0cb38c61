package org.pmokit.rules.schedule.health;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.Finding;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.goals.GoalRules;

/**
 * Small projects for the schedule-health tests, on the Monday-Friday calendar from Monday
 * 2026-01-05 (offset 0): offset {@code k} is the {@code k}-th weekday after it.
 */
final class HealthFixtures {

    /** Monday 2026-01-05, offset 0. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** Sunday 2026-01-04, before the start: the evaluation sees the plan, without progress. */
    static final LocalDate BEFORE = LocalDate.of(2026, 1, 4);

    /** The schedule pack and MILE-009 in the goals pack. */
    static final RuleSet RULES = RuleSet.of(ScheduleRules.pack(), GoalRules.pack(List.of(ScheduleRules.milestoneBuffer())));

    private HealthFixtures() {
    }

    /** The weekday of offset {@code k}. */
    static LocalDate day(int k) {
        return WorkCalendar.MON_FRI.dateOf(START, k);
    }

    /** An activity with finish-to-start predecessors and one resource (so that DCMA-010 is quiet). */
    static Activity.Builder activity(String id, int duration, String... fsPredecessors) {
        Activity.Builder b = Activity.builder(id, "Activity " + id).duration(duration);
        for (String p : fsPredecessors) {
            b.predecessor(p);
        }
        if (duration > 0) {
            b.resource(org.pmokit.core.project.Assignment.of("R1", 1));
        }
        return b;
    }

    static Dependency link(String predecessor, DependencyType type, int lag) {
        return Dependency.of(predecessor, type, lag);
    }

    static Project.Builder builder(Activity.Builder... activities) {
        return Project.builder("P1", "Health test").currency("CNY").calendar(WorkCalendar.MON_FRI).start(START)
                .activities(Arrays.stream(activities).map(Activity.Builder::build).toList());
    }

    static Project project(Activity.Builder... activities) {
        return builder(activities).build();
    }

    static BaselineActivity baseline(String id, int startDay, int finishDay) {
        return new BaselineActivity(ActivityId.of(id), day(startDay), day(finishDay), Money.zero(java.util.Currency.getInstance("CNY")));
    }

    static ProgressRecord progress(LocalDate date, String id, int percent, LocalDate start, LocalDate finish) {
        return new ProgressRecord(date, ActivityId.of(id), BigDecimal.valueOf(percent), Optional.ofNullable(start),
                Optional.ofNullable(finish), OptionalInt.empty());
    }

    /** Evaluates the schedule pack and MILE-009 at a status date. */
    static Evaluation evaluate(Project project, LocalDate statusDate) {
        return RULES.evaluate(project, EvaluationContext.at(statusDate));
    }

    /** The findings of one rule. */
    static List<Finding> findings(Project project, LocalDate statusDate, String ruleId) {
        return evaluate(project, statusDate).findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /** The measure of one check at a status date, from the shared analysis. */
    static Measure measure(Project project, LocalDate statusDate, HealthCheck check) {
        EvaluationContext context = EvaluationContext.at(statusDate);
        return ScheduleHealth.of(project, context,
                new org.pmokit.rules.RuleInput(project, context).get(org.pmokit.rules.schedule.ScheduleAnalysis.OUTCOME))
                .measure(check);
    }
}
