package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;

/** FORMULAS.md section 1 conventions, on MON_FRI from Monday 2026-01-05. */
class DaysTest {

    private static final WorkingDayIndex DAYS = WorkCalendar.MON_FRI.index(Fixtures.START);

    @Test
    void startAndFinishDays_ofActivitiesAndMilestones() {
        assertThat(Days.startDay(3, false)).isEqualTo(3);
        assertThat(Days.finishDay(3, false)).isEqualTo(2);
        assertThat(Days.startDay(3, true)).isEqualTo(2);
        assertThat(Days.finishDay(3, true)).isEqualTo(2);
        assertThat(Days.startDay(0, true)).isZero();
        assertThat(Days.finishDay(0, true)).isZero();
        assertThat(Days.finishDay(0, false)).isEqualTo(-1);
    }

    /** Friday 01-09 is day 4: 5 working days through it, and through Saturday and Sunday after it. */
    @Test
    void finishCount_countsWorkingDaysThroughTheDate() {
        assertThat(Days.finishCount(DAYS, LocalDate.of(2026, 1, 9), "x")).isEqualTo(5);
        assertThat(Days.finishCount(DAYS, LocalDate.of(2026, 1, 10), "x")).isEqualTo(5);
        assertThat(Days.finishCount(DAYS, LocalDate.of(2026, 1, 11), "x")).isEqualTo(5);
        assertThat(Days.startOffset(DAYS, LocalDate.of(2026, 1, 10), "x")).isEqualTo(5);
        assertThat(Days.finishCount(DAYS, LocalDate.of(2026, 1, 4), "x")).isZero();
    }

    @Test
    void dateOutsideTheCalendar_isNamed() {
        WorkingDayIndex cn = WorkCalendar.CN.index(Fixtures.START);
        assertThatThrownBy(() -> Days.finishCount(cn, LocalDate.of(2027, 1, 4), "activity A: actual finish"))
                .isInstanceOf(ScheduleInputException.class)
                .hasMessageStartingWith("activity A: actual finish 2027-01-04 is outside the calendar: ");
    }
}
