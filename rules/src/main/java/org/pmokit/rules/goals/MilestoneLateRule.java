package org.pmokit.rules.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-007: the milestone was reached on or before its due date; reached after it is a warning.
 * The message gives the delay in working days of the context's calendar (the working days in
 * {@code [due, actual)}) when the calendar covers both dates.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneLateRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-007", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone was reached on or before its due date", "里程碑按期达成"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Record the cause of the delay and check the milestones and activities that follow.",
            "记录延误原因，并检查后续里程碑和任务受到的影响。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        Project project = input.project();
        WorkCalendar calendar = input.context().calendarFor(project);
        List<Finding> out = new ArrayList<>();
        for (Milestone m : project.milestones()) {
            if (m.due().isEmpty() || m.actual().isEmpty() || !m.actual().get().isAfter(m.due().get())) {
                continue;
            }
            LocalDate due = m.due().get();
            LocalDate actual = m.actual().get();
            boolean covered = calendar.covers(due) && calendar.covers(actual);
            int days = covered ? calendar.workingDaysBetween(due, actual) : 0;
            Text message = Text.lazy(() -> covered
                    ? Text.of("milestone " + m.id() + " was reached on " + actual + ", " + days + " working day"
                                    + (days == 1 ? "" : "s") + " after its due date " + due,
                            "里程碑 " + m.id() + " 于 " + actual + " 达成，比计划日期 " + due + " 晚 " + days + " 个工作日")
                    : Text.of("milestone " + m.id() + " was reached on " + actual + ", after its due date " + due,
                            "里程碑 " + m.id() + " 于 " + actual + " 达成，晚于计划日期 " + due));
            out.add(INFO.finding(Show.subject(m), message, REMEDY)
                    .withMeasure(Show.measure(actual::toString), Show.measure(() -> "<= " + due)));
        }
        return List.copyOf(out);
    }
}
