package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.constraint;
import static org.pmokit.rules.schedule.Fixtures.id;
import static org.pmokit.rules.schedule.Fixtures.plan;
import static org.pmokit.rules.schedule.Fixtures.project;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/** Projects that cannot be scheduled, and the messages that say why. */
class ScheduleInputExceptionTest {

    @Test
    void cycle_isNamedFromItsSmallestActivity() {
        Project p = project(activity("X", 1), activity("A", 1, "C", "X"), activity("B", 2, "A"), activity("C", 3, "B"),
                activity("D", 1, "C"));
        assertThatThrownBy(() -> plan(p)).isInstanceOf(ScheduleInputException.class)
                .hasMessage("dependency cycle: A -> B -> C -> A")
                .extracting(e -> ((ScheduleInputException) e).cycle()).isEqualTo(List.of(id("A"), id("B"), id("C")));
    }

    @Test
    void linkToItself_isACycle() {
        assertThatThrownBy(() -> plan(project(activity("A", 1, "A"))))
                .isInstanceOf(ScheduleInputException.class).hasMessage("dependency cycle: A -> A");
    }

    @Test
    void unknownPredecessor_isNamed() {
        ScheduleInputException e = org.junit.jupiter.api.Assertions.assertThrows(ScheduleInputException.class,
                () -> plan(project(activity("A", 1), activity("B", 1, "Z"))));
        assertThat(e).hasMessage("activity B: predecessor Z is not an activity of the project");
        assertThat(e.cycle()).isEmpty();
    }

    @Test
    void duplicateIdentifier_isNamed() {
        assertThatThrownBy(() -> plan(project(activity("A", 1), activity("A", 2))))
                .isInstanceOf(ScheduleInputException.class).hasMessage("two activities have the id A");
    }

    @Test
    void constraintDateOutsideTheCalendar_isNamed() {
        Project p = project(activity("A", 1).constraint(constraint(ConstraintType.FINISH_NO_LATER_THAN,
                LocalDate.of(2027, 3, 1))));
        assertThatThrownBy(() -> CriticalPath.standard().plan(p, WorkCalendar.CN))
                .isInstanceOf(ScheduleInputException.class)
                .hasMessageStartingWith("activity A: constraint FINISH_NO_LATER_THAN date 2027-03-01 is outside the calendar: ");
    }

    @Test
    void projectStartOutsideTheCalendar_isNamed() {
        Project p = Fixtures.projectBuilder(List.of(activity("A", 1).build())).start(LocalDate.of(2024, 6, 3)).build();
        assertThatThrownBy(() -> CriticalPath.standard().plan(p, WorkCalendar.CN))
                .isInstanceOf(ScheduleInputException.class)
                .hasMessageStartingWith("project start 2024-06-03 is outside the calendar: ");
    }

    /** CN covers 2025-2026: 600 working days from 2026-01-05 run into 2028. */
    @Test
    void scheduleBeyondTheCalendar_isAnInputError() {
        Project p = project(activity("A", 600));
        assertThatThrownBy(() -> CriticalPath.standard().plan(p, WorkCalendar.CN))
                .isInstanceOf(ScheduleInputException.class)
                .hasMessage("the schedule needs working days 0 to 599 from 2026-01-05, beyond what the calendar covers: "
                        + "WorkCalendar[CN 2025-2026]");
    }

    @Test
    void cycle_isEmptyForAnotherProblem() {
        assertThat(new ScheduleInputException("x", List.of()).cycle()).isEmpty();
    }
}
