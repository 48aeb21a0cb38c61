package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActivityScheduleTest {

    @Test
    void milestone_isAnActivityOfDurationZero() {
        Schedule s = Fixtures.plan(Fixtures.project(Fixtures.activity("A", 2), Fixtures.activity("M", 0, "A")));
        assertThat(s.activity(0).isMilestone()).isFalse();
        assertThat(s.activity(1).isMilestone()).isTrue();
    }

    @Test
    void partsMustNotBeNull() {
        ActivitySchedule a = Fixtures.plan(Fixtures.generalFoundry()).activity(0);
        assertThatThrownBy(() -> new ActivitySchedule(0, a.id(), 2, null, 0, 2, 0, 2, 0, 0, true, a.earlyStartDate(),
                a.earlyFinishDate(), a.lateStartDate(), a.lateFinishDate(), a.baselineStart(), a.baselineFinish(),
                a.startVariance(), a.finishVariance())).isInstanceOf(NullPointerException.class).hasMessage("state");
    }
}
