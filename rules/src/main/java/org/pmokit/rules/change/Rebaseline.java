package org.pmokit.rules.change;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Project;
import org.pmokit.rules.schedule.Schedule;

/**
 * Makes the next baseline version of a project after an approved change: version = the highest
 * version + 1 (1 if there is none), the approval date, a link to the change request, and for every
 * activity of the schedule its early start and finish dates (the actual ones for work done) and its
 * budget. The change alters only the budgets it touches: an activity it adds, or whose budget it
 * modifies, is baselined at its new budget; any other keeps its budget in the current baseline, or,
 * if the current baseline does not have it, its own budget (zero without one). So the new BAC is
 * the old one plus the change's budget delta. Earlier baselines stay as they are; the new one becomes
 * the current one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rebaseline {

    private Rebaseline() {
    }

    /**
     * Returns the next baseline of a project from its schedule.
     *
     * @param project the project, with the change applied
     * @param schedule the project's schedule, with its progress at the status date or planned from the start
     * @param change the change request the baseline is made for
     * @param approved the date the change was approved
     * @return the new baseline
     * @throws IllegalArgumentException if the schedule has an activity the project does not have
     */
    public static Baseline next(Project project, Schedule schedule, ChangeRequest change, LocalDate approved) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(approved, "approved");
        Objects.requireNonNull(change, "change");
        Map<ActivityId, Activity> activities = new HashMap<>();
        project.activities().forEach(a -> activities.putIfAbsent(a.id(), a));
        Map<ActivityId, Money> previous = new HashMap<>();
        project.currentBaseline().ifPresent(b -> b.activities().forEach(r -> previous.putIfAbsent(r.activity(), r.budget())));
        Money zero = Money.zero(project.currency());
        Set<ActivityId> touched = new HashSet<>();
        change.activities().ifPresent(edits -> {
            edits.add().forEach(a -> touched.add(a.id()));
            edits.modify().stream().filter(m -> m.budget().isPresent()).forEach(m -> touched.add(m.activity()));
        });
        List<BaselineActivity> rows = new ArrayList<>(schedule.size());
        for (int i = 0; i < schedule.size(); i++) {
            ActivityId id = schedule.id(i);
            Activity activity = activities.get(id);
            if (activity == null) {
                throw new IllegalArgumentException("the schedule has activity " + id + ", which the project " + project.id()
                        + " does not have");
            }
            Money budget = touched.contains(id) || !previous.containsKey(id) ? activity.budget().orElse(zero)
                    : previous.get(id);
            rows.add(new BaselineActivity(id, schedule.earlyStartDate(i), schedule.earlyFinishDate(i), budget));
        }
        int version = project.baselines().stream().mapToInt(Baseline::version).max().orElse(0) + 1;
        return new Baseline(version, approved, rows, Optional.of(change.id()));
    }
}
