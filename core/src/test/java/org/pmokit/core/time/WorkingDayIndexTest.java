package org.pmokit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDayIndexTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    private final WorkingDayIndex cn = WorkCalendar.CN.index(START);

    @Test
    void dateOf_andEpochDayOf_matchTheProjectExample() {
        assertThat(cn.dateOf(0)).isEqualTo(START);
        assertThat(cn.dateOf(15)).isEqualTo(LocalDate.of(2026, 1, 26));
        assertThat(cn.dateOf(20)).isEqualTo(LocalDate.of(2026, 2, 2));
        assertThat(cn.dateOf(174)).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(cn.epochDayOf(174)).isEqualTo(LocalDate.of(2026, 9, 16).toEpochDay());
        assertThat(cn.dateOf(-1)).isEqualTo(LocalDate.of(2026, 1, 4));
    }

    @Test
    void offsetOf_andOffsetOfEpochDay_agreeWithTheCalendar() {
        for (LocalDate d = LocalDate.of(2025, 1, 1); d.getYear() < 2027; d = d.plusDays(1)) {
            int expected = WorkCalendar.CN.offsetOf(START, d);
            assertThat(cn.offsetOf(d)).as("%s", d).isEqualTo(expected);
            assertThat(cn.offsetOfEpochDay(d.toEpochDay())).as("%s", d).isEqualTo(expected);
        }
    }

    @Test
    void minAndMaxOffset_spanTheCoveredWorkingDays() {
        // 248 working days in 2025 and in 2026; 2026-01-04 (a make-up Sunday) is the one before the start.
        assertThat(cn.minOffset()).isEqualTo(-249);
        assertThat(cn.maxOffset()).isEqualTo(246);
        assertThat(cn.dateOf(cn.minOffset())).isEqualTo(LocalDate.of(2025, 1, 2));
        assertThat(cn.dateOf(cn.maxOffset())).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    void dateOf_throws_beyondMaxOffset() {
        assertThatThrownBy(() -> cn.dateOf(247))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2027-01-01; it covers 2025-2026"
                        + " (working day 247 from 2026-01-05 lies after it)");
        assertThatThrownBy(() -> cn.epochDayOf(Integer.MIN_VALUE))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2024-12-31; it covers 2025-2026"
                        + " (working day -2147483648 from 2026-01-05 lies before it)");
    }

    @Test
    void offsetOf_throws_forADateWithoutData() {
        assertThatThrownBy(() -> cn.offsetOf(LocalDate.of(2027, 3, 1)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2027-03-01; it covers 2025-2026");
        assertThatThrownBy(() -> cn.offsetOfEpochDay(LocalDate.of(2024, 6, 1).toEpochDay()))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2024-06-01; it covers 2025-2026");
    }

    @Test
    void index_ofANonWorkingOrigin_startsAtTheNextWorkingDay() {
        WorkingDayIndex fromHoliday = WorkCalendar.CN.index(LocalDate.of(2026, 2, 16));
        assertThat(fromHoliday.origin()).isEqualTo(LocalDate.of(2026, 2, 16));
        assertThat(fromHoliday.dateOf(0)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(fromHoliday.dateOf(-1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(fromHoliday.offsetOf(LocalDate.of(2026, 2, 16))).isZero();
    }

    @Test
    void monFri_convertsAcrossDecades() {
        LocalDate monday = LocalDate.of(2000, 1, 3);
        WorkingDayIndex index = WorkCalendar.MON_FRI.index(monday);
        assertThat(index.dateOf(5 * 52 * 30)).isEqualTo(monday.plusWeeks(52 * 30));
        assertThat(index.offsetOf(monday.plusWeeks(52 * 30))).isEqualTo(5 * 52 * 30);
        assertThat(index.offsetOf(LocalDate.of(1999, 12, 31))).isEqualTo(-1);
    }

    @Test
    void equals_comparesCalendarAndOrigin() {
        assertThat(cn).isEqualTo(WorkCalendar.CN.index(START)).hasSameHashCodeAs(WorkCalendar.CN.index(START));
        assertThat(cn).isNotEqualTo(WorkCalendar.CN.index(START.plusDays(1)));
        assertThat(cn).isNotEqualTo(WorkCalendar.MON_FRI.index(START));
        assertThat(cn.calendar()).isSameAs(WorkCalendar.CN);
        assertThat(cn).hasToString("WorkingDayIndex[WorkCalendar[CN 2025-2026] from 2026-01-05]");
    }
}
