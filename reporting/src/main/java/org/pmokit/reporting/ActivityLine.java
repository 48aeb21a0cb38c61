package org.pmokit.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.Project;
import org.pmokit.rules.schedule.ActivitySchedule;
import org.pmokit.rules.schedule.Schedule;

/**
 * One activity of a report: what the project says about it and, when the project could be
 * scheduled, its dates, floats, critical flag and baseline variance.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the activity's identifier
 * @param name the name
 * @param wbs its place in the work breakdown structure
 * @param phase its phase
 * @param duration the planned duration in working days
 * @param budget its budget
 * @param schedule its schedule at the status date, if the project could be scheduled
 */
public record ActivityLine(String id, String name, Optional<String> wbs, Optional<Phase> phase, int duration,
        Optional<Money> budget, Optional<ActivitySchedule> schedule) {

    /**
     * Checks the parts.
     *
     * @param id the identifier
     * @param name the name
     * @param wbs the WBS code
     * @param phase the phase
     * @param duration the duration
     * @param budget the budget
     * @param schedule the schedule
     */
    public ActivityLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(wbs, "wbs");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(schedule, "schedule");
    }

    /**
     * Returns whether the activity is on the critical path.
     *
     * @return true if scheduled and critical
     */
    public boolean isCritical() {
        return schedule.isPresent() && schedule.get().critical();
    }

    /** The activities of a project, in its order. */
    static List<ActivityLine> of(Project project, Slot<Schedule> schedule) {
        List<ActivityLine> lines = new ArrayList<>();
        List<Activity> activities = project.activities();
        for (int i = 0; i < activities.size(); i++) {
            Activity a = activities.get(i);
            int index = i;
            lines.add(new ActivityLine(a.id().value(), a.name(), a.wbs(), a.phase(), a.duration(), a.budget(),
                    schedule.content().map(s -> s.activity(index))));
        }
        return List.copyOf(lines);
    }
}
