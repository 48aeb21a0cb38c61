package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.evm.Period;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.MilestoneVariance;
import org.pmokit.rules.schedule.Schedule;
import org.pmokit.rules.schedule.ScheduleInputException;

/**
 * A milestone trend analysis: the forecast date of every milestone with a linked activity at a
 * series of report dates. The first report date is the approval of the current baseline, where each
 * forecast is the milestone's baseline date; then come the month ends from the first recorded
 * progress on, and last the status date. At each of these the forecast is the schedule's at that date,
 * counting only the progress recorded by then (a reached milestone shows its actual date). Month ends
 * before any progress was recorded are left out: without progress the schedule would only restate the
 * plan from that date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param dates the report dates, ascending, the last one the status date
 * @param tracks one track per milestone with a linked activity, in the project's order
 */
public record MilestoneTrend(List<LocalDate> dates, List<MilestoneTrack> tracks) {

    /**
     * Checks and copies the parts: every track has one forecast per date.
     *
     * @param dates the dates
     * @param tracks the tracks
     */
    public MilestoneTrend {
        dates = List.copyOf(dates);
        tracks = List.copyOf(tracks);
        for (MilestoneTrack t : tracks) {
            if (t.forecasts().size() != dates.size()) {
                throw new IllegalArgumentException("milestone " + t.id() + " has " + t.forecasts().size()
                        + " forecasts for " + dates.size() + " report dates");
            }
        }
    }

    /** The trend of a project up to the context's status date. */
    static MilestoneTrend of(Project project, EvaluationContext context) {
        LocalDate status = context.statusDate();
        CriticalPath cpm = CriticalPath.of(context.policy());
        Optional<LocalDate> approved = project.currentBaseline().map(Baseline::approved).filter(d -> d.isBefore(status));
        Optional<LocalDate> firstProgress = project.progress().stream().map(ProgressRecord::date)
                .min(LocalDate::compareTo);
        List<LocalDate> dates = new ArrayList<>();
        approved.ifPresent(dates::add);
        for (LocalDate end : Period.MONTH.ends(project.start(), status)) {
            boolean afterBaseline = approved.isEmpty() || end.isAfter(approved.get());
            boolean measured = end.equals(status) || firstProgress.isPresent() && !end.isBefore(firstProgress.get());
            if (afterBaseline && measured) {
                dates.add(end);
            }
        }
        List<Optional<Schedule>> schedules = new ArrayList<>();
        for (int i = 0; i < dates.size(); i++) {
            boolean baselinePoint = i == 0 && approved.isPresent();
            schedules.add(baselinePoint ? Optional.empty() : scheduleAt(cpm, project, context, dates.get(i)));
        }
        Optional<Schedule> current = schedules.get(schedules.size() - 1);
        List<MilestoneTrack> tracks = new ArrayList<>();
        for (Milestone m : project.milestones()) {
            if (m.activity().isEmpty()) {
                continue;
            }
            List<Optional<LocalDate>> forecasts = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                if (i == 0 && approved.isPresent()) {
                    forecasts.add(current.flatMap(x -> MilestoneLine.variance(x, m)).flatMap(MilestoneVariance::baseline));
                } else {
                    forecasts.add(schedules.get(i).flatMap(x -> MilestoneLine.variance(x, m))
                            .map(MilestoneVariance::forecast));
                }
            }
            tracks.add(new MilestoneTrack(m.id().value(), m.name(), m.due(), forecasts));
        }
        return new MilestoneTrend(dates, tracks);
    }

    private static Optional<Schedule> scheduleAt(CriticalPath cpm, Project project, EvaluationContext context,
            LocalDate date) {
        try {
            return Optional.of(cpm.schedule(project, new EvaluationContext(date, context.policy(), context.calendar(),
                    context.locale())));
        } catch (ScheduleInputException e) {
            return Optional.empty();
        }
    }
}
