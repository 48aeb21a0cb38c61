package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Project;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.schedule.MilestoneVariance;
import org.pmokit.rules.schedule.Schedule;

/**
 * One milestone of a report: its due and actual dates, and from the schedule its baseline and
 * forecast dates and the variance between them in working days.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the milestone's identifier
 * @param name the name
 * @param kind phase, key task or deliverable
 * @param activity the activity whose finish marks it
 * @param owner who is accountable
 * @param deliverable what is handed over
 * @param due the due date
 * @param actual the date it was reached
 * @param baseline the linked activity's finish in the current baseline
 * @param forecast the linked activity's forecast finish (its actual finish once finished)
 * @param variance forecast minus baseline in working days (later is positive), or undefined with the reason
 * @param state where it stands at the status date
 */
public record MilestoneLine(String id, String name, Optional<MilestoneKind> kind, Optional<String> activity,
        Optional<String> owner, Optional<String> deliverable, Optional<LocalDate> due, Optional<LocalDate> actual,
        Optional<LocalDate> baseline, Optional<LocalDate> forecast, MetricValue variance, MilestoneState state) {

    private static final Text NO_ACTIVITY = Text.of("the milestone has no linked activity", "里程碑没有关联任务");
    private static final Text NO_BASELINE = Text.of("the linked activity is not in the current baseline",
            "关联任务不在当前基线中");

    /**
     * Checks the parts.
     *
     * @param id the identifier
     * @param name the name
     * @param kind the kind
     * @param activity the linked activity
     * @param owner the owner
     * @param deliverable the deliverable
     * @param due the due date
     * @param actual the actual date
     * @param baseline the baseline date
     * @param forecast the forecast date
     * @param variance the variance
     * @param state the state
     */
    public MilestoneLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(deliverable, "deliverable");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(actual, "actual");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(variance, "variance");
        Objects.requireNonNull(state, "state");
    }

    /** The milestones of a project, in its order, with the schedule's dates when there is a schedule. */
    static List<MilestoneLine> of(Project project, Slot<Schedule> schedule, LocalDate statusDate) {
        List<MilestoneLine> lines = new ArrayList<>();
        for (Milestone m : project.milestones()) {
            Optional<MilestoneVariance> mv = schedule.content().flatMap(s -> variance(s, m));
            Optional<LocalDate> forecast = mv.map(MilestoneVariance::forecast);
            Optional<LocalDate> baseline = mv.flatMap(MilestoneVariance::baseline);
            MetricValue variance;
            if (m.activity().isEmpty()) {
                variance = new MetricValue.Undefined(NO_ACTIVITY);
            } else if (schedule.content().isEmpty()) {
                variance = new MetricValue.Undefined(schedule.reason().orElseThrow());
            } else if (mv.isEmpty() || mv.get().variance().isEmpty()) {
                variance = new MetricValue.Undefined(NO_BASELINE);
            } else {
                variance = new MetricValue.Quantity(mv.get().variance().getAsInt(), EvmMetric.DAYS);
            }
            lines.add(new MilestoneLine(m.id().value(), m.name(), m.kind(), m.activity().map(a -> a.value()), m.owner(),
                    m.deliverable(), m.due(), m.actual(), baseline, forecast, variance,
                    MilestoneState.of(m.due(), m.actual(), forecast, statusDate)));
        }
        return List.copyOf(lines);
    }

    /** The schedule's variance of one milestone. */
    static Optional<MilestoneVariance> variance(Schedule schedule, Milestone milestone) {
        return schedule.milestones().stream().filter(v -> v.milestone().equals(milestone.id())).findFirst();
    }
}
