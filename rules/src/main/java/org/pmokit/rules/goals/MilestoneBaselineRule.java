package org.pmokit.rules.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-006: the milestone's due date agrees with the baseline finish of the activity that marks it.
 *
 * <p>A milestone due before its activity finishes in the current baseline cannot be met by the
 * plan, an error. One due more than {@link PolicyKeys#BUFFER_MAX_DAYS buffer.maxDays} working days
 * (default 3) after that finish is a warning: seed 002 asks for 2-3 working days of buffer, not
 * more, so a later date means the milestone and the plan have drifted apart. From the finish to
 * the finish plus the buffer is fine. Working days are counted on the context's calendar, as the
 * working days in {@code [finish, due)}; when the calendar does not cover both dates (which the
 * validator reports), only the first check runs.
 *
 * <p>Milestones without a due date (MILE-001), without a linked activity, or whose activity the
 * current baseline does not hold, and projects without a baseline, are not judged.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneBaselineRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-006", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone is due on its activity's baseline finish, or at most buffer.maxDays working days after it",
                    "里程碑计划日期等于其任务的基线完成日期，或至多晚 buffer.maxDays 个工作日"),
            Severity.WARNING);

    private static final Text REMEDY_EARLY = Text.of(
            "Move the due date to the activity's baseline finish or later, or re-plan the activity through change control.",
            "将计划日期调整到任务基线完成日期或之后，或通过变更控制重新规划该任务。");

    private static final Text REMEDY_LATE = Text.of(
            "Align the due date with the activity's baseline finish plus the buffer, or re-baseline the activity.",
            "将计划日期调整为任务基线完成日期加缓冲时间，或重新确定该任务的基线。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        Project project = input.project();
        Optional<Baseline> baseline = project.currentBaseline();
        if (baseline.isEmpty()) {
            return List.of();
        }
        List<Milestone> milestones = project.milestones();
        BaselineActivity[] planned = plannedRows(milestones, baseline.get().activities());
        if (planned == null) {
            return List.of();
        }
        WorkCalendar calendar = input.context().calendarFor(project);
        int buffer = input.policy().get(PolicyKeys.BUFFER_MAX_DAYS);
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < planned.length; i++) {
            BaselineActivity row = planned[i];
            if (row == null) {
                continue;
            }
            Milestone m = milestones.get(i);
            LocalDate due = m.due().get();
            LocalDate finish = row.finish();
            String activity = m.activity().get().value();
            if (due.isBefore(finish)) {
                out.add(INFO.finding(Show.subject(m), Text.lazy(() -> Text.of(
                        "milestone " + m.id() + " is due " + due + ", before its activity " + activity
                                + " finishes in the baseline on " + finish,
                        "里程碑 " + m.id() + " 的计划日期 " + due + " 早于其任务 " + activity + " 的基线完成日期 " + finish)),
                        REMEDY_EARLY).withSeverity(Severity.ERROR)
                        .withMeasure(Show.measure(due::toString), Show.measure(() -> ">= " + finish)));
            } else if (due.isAfter(finish) && calendar.covers(finish) && calendar.covers(due)) {
                int late = calendar.workingDaysBetween(finish, due);
                if (late > buffer) {
                    out.add(INFO.finding(Show.subject(m), Text.lazy(() -> Text.of(
                            "milestone " + m.id() + " is due " + due + ", " + late + " working days after its "
                                    + "activity " + activity + " finishes in the baseline on " + finish
                                    + ", more than the buffer of " + buffer + " working days",
                            "里程碑 " + m.id() + " 的计划日期 " + due + " 比其任务 " + activity + " 的基线完成日期 "
                                    + finish + " 晚 " + late + " 个工作日，超过 " + buffer + " 个工作日的缓冲时间")),
                            REMEDY_LATE).withMeasure(due, "<= " + calendar.addWorkingDays(finish, buffer)));
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns, for each milestone by position, the first baseline row of the activity it marks when
     * it is dated; null where there is none, and null for the whole array when no milestone has
     * one. The hashes of the rows' identifiers are taken first, in a loop short enough for the
     * processor to fetch many rows at once (the rows are rarely in cache: this is the first rule
     * that reads them); then each milestone's identifier is compared by hash first, as a hash map
     * would, in row order, until every milestone has its row.
     */
    private static BaselineActivity[] plannedRows(List<Milestone> milestones, List<BaselineActivity> rows) {
        int count = milestones.size();
        ActivityId[] wanted = new ActivityId[count];
        int[] hashes = new int[count];
        int missing = 0;
        for (int i = 0; i < count; i++) {
            Milestone m = milestones.get(i);
            if (m.due().isPresent() && m.activity().isPresent()) {
                wanted[i] = m.activity().get();
                hashes[i] = wanted[i].hashCode();
                missing++;
            }
        }
        if (missing == 0) {
            return null;
        }
        int size = rows.size();
        int[] rowHashes = new int[size];
        for (int r = 0; r < size; r++) {
            rowHashes[r] = rows.get(r).activity().hashCode();
        }
        BaselineActivity[] found = new BaselineActivity[count];
        boolean any = false;
        for (int r = 0; r < size && missing > 0; r++) {
            int hash = rowHashes[r];
            for (int i = 0; i < count; i++) {
                if (hashes[i] == hash && wanted[i] != null && found[i] == null
                        && wanted[i].equals(rows.get(r).activity())) {
                    found[i] = rows.get(r);
                    missing--;
                    any = true;
                }
            }
        }
        return any ? found : null;
    }
}
