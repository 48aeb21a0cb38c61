package org.pmokit.rules.schedule.health;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkingDayIndex;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;
import org.pmokit.rules.goals.GoalRules;
import org.pmokit.rules.schedule.Schedule;
import org.pmokit.rules.schedule.ScheduleAnalysis;
import org.pmokit.rules.schedule.ScheduleOutcome;

/**
 * MILE-009 (goals pack, contributed by the schedule package): each phase milestone on the critical
 * path keeps {@link PolicyKeys#BUFFER_MIN_DAYS buffer.minDays} to
 * {@link PolicyKeys#BUFFER_MAX_DAYS buffer.maxDays} working days of buffer (seed 002: 2-3 days)
 * between the forecast finish of the activity that marks it and its due date.
 *
 * <p>The buffer is the number of working days after the forecast finish, up to and including the
 * due date: a forecast on Friday and a due date on the next Wednesday leave 3 days (Monday to
 * Wednesday); a forecast after the due date gives a negative buffer. The forecast comes from the
 * evaluation's shared schedule at the status date ({@link ScheduleAnalysis#OUTCOME}); a milestone
 * is on the critical path when its activity is critical ({@link Schedule#isCritical(int)}: not
 * finished, total float at or below the critical threshold).
 *
 * <p>Less buffer than the minimum is a warning, none at all (a forecast after the due date) an
 * error; more than the maximum is reported for information (the due date hides float). Milestones
 * that are not phase milestones, have no due date or activity, whose activity is not critical, or
 * whose due date the calendar does not cover are not judged; nor is a project that cannot be
 * scheduled (DCMA-012 reports it).
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneBufferRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-009", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Phase milestone on the critical path keeps buffer.minDays to buffer.maxDays working days of buffer",
                    "关键路径上的阶段里程碑前保留 buffer.minDays 至 buffer.maxDays 个工作日的缓冲时间"),
            Severity.WARNING);

    private static final Text REMEDY_SHORT = Text.of(
            "Recover the critical path before the milestone, or move its due date through change control.",
            "追回里程碑之前的关键路径进度，或通过变更控制调整其计划日期。");

    private static final Text REMEDY_LONG = Text.of(
            "Bring the due date closer to the forecast finish plus the buffer, so that the float is visible.",
            "将计划日期调整为预测完成日期加缓冲时间，使浮动时间清晰可见。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        ScheduleOutcome outcome = input.get(ScheduleAnalysis.OUTCOME);
        if (outcome.schedule().isEmpty()) {
            return List.of();
        }
        Schedule s = outcome.schedule().get();
        int min = input.policy().get(PolicyKeys.BUFFER_MIN_DAYS);
        int max = input.policy().get(PolicyKeys.BUFFER_MAX_DAYS);
        String band = min + "-" + max + " working days";
        Text bandText = Text.of(band, min + "-" + max + " 个工作日");
        List<Finding> out = new ArrayList<>();
        for (Milestone m : input.project().milestones()) {
            if (m.kind().filter(k -> k == MilestoneKind.PHASE).isEmpty() || m.activity().isEmpty() || m.due().isEmpty()) {
                continue;
            }
            int i = s.indexOf(m.activity().get());
            if (i < 0 || !s.isCritical(i)) {
                continue;
            }
            LocalDate forecast = s.earlyFinishDate(i);
            LocalDate due = m.due().get();
            int buffer;
            try {
                buffer = daysThrough(s.dayIndex(), due) - daysThrough(s.dayIndex(), forecast);
            } catch (CalendarCoverageException e) {
                continue;
            }
            if (buffer >= min && buffer <= max) {
                continue;
            }
            String subject = "milestones[" + m.id() + "]";
            String id = m.id().value();
            Text measured = Words.workingDays(buffer);
            if (buffer < 0) {
                int late = -buffer;
                out.add(INFO.finding(subject, Text.lazy(() -> Text.of(
                        "phase milestone " + id + " is on the critical path and forecast on " + forecast + ", " + Words.days(late)
                                + " after its due date " + due + ": no buffer is left of the " + band
                                + " the policy asks for",
                        "阶段里程碑 " + id + " 位于关键路径上，预测完成日期 " + forecast + " 比计划日期 " + due + " 晚 " + late
                                + " 个工作日：政策要求的 " + min + "-" + max + " 个工作日缓冲时间已耗尽")),
                        REMEDY_SHORT).withSeverity(Severity.ERROR).withMeasure(measured, bandText));
            } else if (buffer < min) {
                out.add(INFO.finding(subject, Text.lazy(() -> Text.of(
                        "phase milestone " + id + " is on the critical path with " + Words.days(buffer)
                                + " of buffer between its forecast " + forecast + " and its due date " + due
                                + ", less than the " + band + " the policy asks for",
                        "阶段里程碑 " + id + " 位于关键路径上，预测完成日期 " + forecast + " 与计划日期 " + due + " 之间只有 "
                                + buffer + " 个工作日的缓冲时间，少于政策要求的 " + min + "-" + max + " 个工作日")),
                        REMEDY_SHORT).withMeasure(measured, bandText));
            } else {
                out.add(INFO.finding(subject, Text.lazy(() -> Text.of(
                        "phase milestone " + id + " is on the critical path with " + Words.days(buffer)
                                + " of buffer between its forecast " + forecast + " and its due date " + due
                                + ", more than the " + band + " the policy asks for",
                        "阶段里程碑 " + id + " 位于关键路径上，预测完成日期 " + forecast + " 与计划日期 " + due + " 之间有 "
                                + buffer + " 个工作日的缓冲时间，多于政策要求的 " + min + "-" + max + " 个工作日")),
                        REMEDY_LONG).withSeverity(Severity.INFO).withMeasure(measured, bandText));
            }
        }
        return List.copyOf(out);
    }

    /** The working days from the project start through a date, inclusive. */
    private static int daysThrough(WorkingDayIndex days, LocalDate date) {
        int offset = days.offsetOf(date);
        return days.calendar().isWorkingDay(date) ? offset + 1 : offset;
    }
}
