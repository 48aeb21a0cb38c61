package org.pmokit.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;

class CalendarCoverageExceptionTest {

    @Test
    void message_namesTheCalendarTheDateAndTheCoveredYears() {
        CalendarCoverageException e = new CalendarCoverageException("CN", LocalDate.of(2027, 3, 1), Year.of(2025),
                Year.of(2026));
        assertThat(e).hasMessage("calendar CN has no data for 2027-03-01; it covers 2025-2026");
    }

    @Test
    void message_namesASingleCoveredYearOnce() {
        CalendarCoverageException e = new CalendarCoverageException("CUSTOM", LocalDate.of(2031, 1, 1), Year.of(2030),
                Year.of(2030));
        assertThat(e).hasMessage("calendar CUSTOM has no data for 2031-01-01; it covers 2030");
    }

    @Test
    void accessors_returnTheParts() {
        CalendarCoverageException e = new CalendarCoverageException("CN", LocalDate.of(2024, 12, 31), Year.of(2025),
                Year.of(2026));
        assertThat(e.calendarName()).isEqualTo("CN");
        assertThat(e.date()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(e.firstCoveredYear()).isEqualTo(Year.of(2025));
        assertThat(e.lastCoveredYear()).isEqualTo(Year.of(2026));
    }

    @Test
    void isAnIllegalArgumentException() {
        assertThat(new CalendarCoverageException("CN", LocalDate.of(2027, 1, 1), Year.of(2025), Year.of(2026)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detail_isAppendedAfterTheCoverage() {
        CalendarCoverageException e = new CalendarCoverageException("CN", LocalDate.of(2027, 1, 1), Year.of(2025),
                Year.of(2026), " (working day 300 from 2026-01-05 lies after it)");
        assertThat(e).hasMessage("calendar CN has no data for 2027-01-01; it covers 2025-2026"
                + " (working day 300 from 2026-01-05 lies after it)");
    }
}
