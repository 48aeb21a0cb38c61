package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScheduleOutcomeTest {

    @Test
    void holdsExactlyOneOfScheduleAndProblem() {
        Schedule s = Fixtures.plan(Fixtures.generalFoundry());
        ScheduleInputException e = new ScheduleInputException("dependency cycle: A -> A", List.of());
        assertThat(ScheduleOutcome.of(s).schedule()).containsSame(s);
        assertThat(ScheduleOutcome.failed(e).problem()).containsSame(e);
        assertThatThrownBy(() -> new ScheduleOutcome(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an outcome has either a schedule or a problem: Optional.empty, Optional.empty");
        assertThatThrownBy(() -> new ScheduleOutcome(Optional.of(s), Optional.of(e)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an outcome has either a schedule or a problem: Optional[Schedule[8 activities");
    }
}
