package org.pmokit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Text;
import org.pmokit.rules.schedule.MilestoneVariance;
import org.pmokit.rules.schedule.ProgressState;
import org.pmokit.rules.schedule.Schedule;

/**
 * The schedule of a project as plain text, for {@code pmokit schedule}: the finish against the
 * baseline, the critical path, the slipped milestones, and one row per activity with its early and
 * late dates, floats, state and finish variance, in English or Simplified Chinese.
 */
final class ScheduleText {

    private static final Text SCHEDULE_AT = Text.of("schedule at status date", "状态日期进度计划");
    private static final Text CALENDAR = Text.of("calendar", "日历");
    private static final Text FINISH = Text.of("Finish", "预测完成");
    private static final Text BASELINE = Text.of("baseline", "基线");
    private static final Text NO_BASELINE = Text.of("no baseline", "无基线");
    private static final Text WORKING_DAYS = Text.of("working days", "个工作日");
    private static final Text CRITICAL_PATH = Text.of("Critical path", "关键路径");
    private static final Text MORE_PATHS = Text.of("more critical paths not listed", "更多关键路径未列出");
    private static final Text NONE = Text.of("none", "无");
    private static final Text SLIPPED = Text.of("Slipped milestones", "延误的里程碑");
    private static final List<Text> HEADERS = List.of(
            Text.of("id", "编号"), Text.of("days", "工期"), Text.of("early start", "最早开始"),
            Text.of("early finish", "最早完成"), Text.of("late start", "最迟开始"), Text.of("late finish", "最迟完成"),
            Text.of("total float", "总浮动时间"), Text.of("free float", "自由浮动时间"), Text.of("state", "状态"),
            Text.of("critical", "关键"), Text.of("finish variance", "完成偏差"), Text.of("name", "名称"));
    private static final Text NOT_STARTED = Text.of("not started", "未开始");
    private static final Text IN_PROGRESS = Text.of("in progress", "进行中");
    private static final Text FINISHED = Text.of("finished", "已完成");
    private static final Text YES = Text.of("yes", "是");

    private ScheduleText() {
    }

    /**
     * Renders a schedule.
     *
     * @param project the project
     * @param schedule its schedule
     * @param locale the reader's language
     * @return the text, lines ending with the line separator
     */
    static String render(Project project, Schedule schedule, Locale locale) {
        String nl = System.lineSeparator();
        StringBuilder s = new StringBuilder();
        s.append(project.id()).append(" \"").append(project.name()).append("\": ").append(SCHEDULE_AT.in(locale))
                .append(' ').append(schedule.statusDate().map(Object::toString).orElse("-"))
                .append(", ").append(CALENDAR.in(locale)).append(' ').append(schedule.calendar().name()).append(nl);
        s.append(FINISH.in(locale)).append(": ").append(schedule.projectFinishDate()).append(" (");
        if (schedule.projectBaselineFinish().isPresent()) {
            s.append(BASELINE.in(locale)).append(' ').append(schedule.projectBaselineFinish().get()).append(", ")
                    .append(signed(schedule.projectFinishVariance())).append(' ').append(WORKING_DAYS.in(locale));
        } else {
            s.append(NO_BASELINE.in(locale));
        }
        s.append(')').append(nl);
        List<List<ActivityId>> paths = schedule.criticalPaths();
        if (paths.isEmpty()) {
            s.append(CRITICAL_PATH.in(locale)).append(": ").append(NONE.in(locale)).append(nl);
        }
        for (List<ActivityId> path : paths) {
            s.append(CRITICAL_PATH.in(locale)).append(": ")
                    .append(path.stream().map(Object::toString).collect(Collectors.joining(" -> "))).append(nl);
        }
        if (schedule.criticalPathsTruncated()) {
            s.append(CRITICAL_PATH.in(locale)).append(": ").append(MORE_PATHS.in(locale)).append(nl);
        }
        List<MilestoneVariance> slipped = schedule.slippedMilestones();
        s.append(SLIPPED.in(locale)).append(": ").append(slipped.isEmpty() ? NONE.in(locale) : slipped.stream()
                .map(m -> m.milestone() + " " + signed(m.variance())).collect(Collectors.joining(", "))).append(nl);
        s.append(nl);

        TextTable table = new TextTable();
        table.row(HEADERS.stream().map(h -> h.in(locale)).toList());
        for (int i = 0; i < schedule.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(schedule.id(i).toString());
            row.add(Integer.toString(schedule.duration(i)));
            row.add(schedule.earlyStartDate(i).toString());
            row.add(schedule.earlyFinishDate(i).toString());
            row.add(schedule.lateStartDate(i).toString());
            row.add(schedule.lateFinishDate(i).toString());
            row.add(Integer.toString(schedule.totalFloat(i)));
            row.add(Integer.toString(schedule.freeFloat(i)));
            row.add(state(schedule.state(i)).in(locale));
            row.add(schedule.isCritical(i) ? YES.in(locale) : "");
            row.add(schedule.finishVariance(i).isPresent() ? signed(schedule.finishVariance(i)) : "");
            row.add(project.activities().get(i).name());
            table.row(row);
        }
        s.append(table.render());
        return s.toString();
    }

    private static Text state(ProgressState state) {
        switch (state) {
            case NOT_STARTED:
                return NOT_STARTED;
            case IN_PROGRESS:
                return IN_PROGRESS;
            case FINISHED:
                return FINISHED;
            default:
                throw new IllegalArgumentException("unknown progress state: " + state);
        }
    }

    /** A variance with its sign: {@code +9}, {@code 0}, {@code -2}; {@code -} when there is none. */
    static String signed(OptionalInt days) {
        if (days.isEmpty()) {
            return "-";
        }
        int d = days.getAsInt();
        return d > 0 ? "+" + d : Integer.toString(d);
    }
}
