package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.List;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/**
 * Small projects for the schedule tests, on the Monday-Friday calendar from Monday 2026-01-05
 * (offset 0), so that offset {@code k} is the {@code k}-th weekday after it: offset 5 is Monday
 * 2026-01-12.
 */
final class Fixtures {

    /** Monday 2026-01-05, offset 0. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private Fixtures() {
    }

    /** The weekday of offset {@code k} on MON_FRI from {@link #START}. */
    static LocalDate day(int k) {
        return WorkCalendar.MON_FRI.dateOf(START, k);
    }

    static Activity.Builder activity(String id, int duration, String... fsPredecessors) {
        Activity.Builder b = Activity.builder(id, "Activity " + id).duration(duration);
        for (String p : fsPredecessors) {
            b.predecessor(p);
        }
        return b;
    }

    static Dependency link(String predecessor, DependencyType type, int lag) {
        return Dependency.of(predecessor, type, lag);
    }

    static ActivityConstraint constraint(ConstraintType type, LocalDate date) {
        return new ActivityConstraint(type, date);
    }

    static Project.Builder projectBuilder(List<Activity> activities) {
        return Project.builder("P1", "Schedule test").currency("CNY").calendar(WorkCalendar.MON_FRI).start(START)
                .activities(activities);
    }

    static Project project(Activity... activities) {
        return projectBuilder(List.of(activities)).build();
    }

    static Project project(Activity.Builder... activities) {
        return projectBuilder(java.util.Arrays.stream(activities).map(Activity.Builder::build).toList()).build();
    }

    /** Plans a project from its start with the standard engine. */
    static Schedule plan(Project project) {
        return CriticalPath.standard().plan(project, project.calendar());
    }

    /**
     * The General Foundry network (Render, Stair and Hanna; FORMULAS.md section 2): A2, B3, C2 after A,
     * D4 after B, E4 after C, F3 after C, G5 after D and E, H2 after F and G.
     */
    static Project generalFoundry() {
        return project(
                activity("A", 2),
                activity("B", 3),
                activity("C", 2, "A"),
                activity("D", 4, "B"),
                activity("E", 4, "C"),
                activity("F", 3, "C"),
                activity("G", 5, "D", "E"),
                activity("H", 2, "F", "G"));
    }

    static ActivityId id(String value) {
        return ActivityId.of(value);
    }
}
