package org.pmokit.rules.change;

import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.Schedule;
import org.pmokit.rules.schedule.ScheduleInputException;

/** Schedules a project for change control, turning a project that cannot be scheduled into a refusal. */
final class Scheduling {

    private Scheduling() {
    }

    /** The schedule at the context's status date, with progress, on the context's calendar. */
    static Result<Schedule> at(Project project, EvaluationContext context, ChangeRequest change) {
        try {
            return Result.accepted(CriticalPath.of(context.policy()).schedule(project, context));
        } catch (ScheduleInputException e) {
            return refused(change, e);
        }
    }

    /** The schedule at the project's status date, or planned from its start without one, on its calendar. */
    static Result<Schedule> current(Project project, Policy policy, ChangeRequest change) {
        if (project.statusDate().isPresent()) {
            return at(project, EvaluationContext.at(project.statusDate().get()).withPolicy(policy), change);
        }
        try {
            return Result.accepted(CriticalPath.of(policy).plan(project, project.calendar()));
        } catch (ScheduleInputException e) {
            return refused(change, e);
        }
    }

    private static Result<Schedule> refused(ChangeRequest change, ScheduleInputException e) {
        // the cycle lists each activity once; the message closes it with the first again
        String chinese = e.cycle().isEmpty() ? e.getMessage()
                : "依赖关系成环：" + String.join(" -> ", e.cycle().stream().map(Object::toString).toList()) + " -> "
                        + e.cycle().get(0);
        return Result.refused(Refusal.of(Refusal.Reason.NOT_APPLICABLE,
                "with the changes of change request " + change.id() + " the project cannot be scheduled: " + e.getMessage(),
                "应用变更请求 " + change.id() + " 的变更后，项目无法排期：" + chinese));
    }
}
