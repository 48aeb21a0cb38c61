package org.pmokit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class CalendarDataTest {

    private static WorkCalendar parse(String text) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(text));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return CalendarData.parse("TEST", "test.properties", p);
    }

    @Test
    void load_readsTheCnResource() {
        WorkCalendar cn = CalendarData.load("CN", "cn.properties");
        assertThat(cn).isEqualTo(WorkCalendar.CN);
        assertThat(cn.isBuiltIn()).isTrue();
    }

    @Test
    void parse_expandsRangesAndLists() {
        WorkCalendar c = parse("""
                weekend = SATURDAY, SUNDAY
                coverage = 2026
                2026.spring-festival.off = 2026-02-15..2026-02-17, 2026-02-20
                2026.spring-festival.work = 2026-02-14
                """);
        assertThat(c.name()).isEqualTo("TEST");
        assertThat(c.holidays()).containsExactly(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 20));
        assertThat(c.workdays()).containsExactly(LocalDate.of(2026, 2, 14));
        assertThat(c.firstCoveredYear()).contains(Year.of(2026));
        assertThat(c.lastCoveredYear()).contains(Year.of(2026));
    }

    @Test
    void parse_acceptsAnEmptyWeekend() {
        assertThat(parse("weekend =\ncoverage = 2025-2026\n").weekend()).isEmpty();
        assertThat(parse("weekend = FRIDAY\ncoverage = 2025\n").weekend()).containsExactly(DayOfWeek.FRIDAY);
    }

    @Test
    void parse_rejectsAnUnknownKey() {
        assertThatThrownBy(() -> parse("weekend = SATURDAY\ncoverage = 2026\n2026.new-year.of = 2026-01-01\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: unknown key: '2026.new-year.of'");
    }

    @Test
    void parse_rejectsABadDate() {
        assertThatThrownBy(() -> parse("weekend = SATURDAY\ncoverage = 2026\n2026.x.off = 2026-02-30\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: 2026.x.off: not a date (yyyy-MM-dd): '2026-02-30'");
    }

    @Test
    void parse_rejectsABackwardOrOverlongRange() {
        assertThatThrownBy(() -> parse("weekend = SATURDAY\ncoverage = 2026\n2026.x.off = 2026-02-03..2026-02-01\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: 2026.x.off: a range must run forwards over at most 31 days:"
                        + " '2026-02-03..2026-02-01'");
        assertThatThrownBy(() -> parse("weekend = SATURDAY\ncoverage = 2026\n2026.x.off = 2026-01-01..2026-12-01\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("at most 31 days");
    }

    @Test
    void parse_rejectsADateListedTwice() {
        assertThatThrownBy(() -> parse("""
                weekend = SATURDAY, SUNDAY
                coverage = 2026
                2026.a.off = 2026-01-01..2026-01-03
                2026.b.off = 2026-01-02
                """))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: 2026.b.off: 2026-01-02 is listed twice");
        assertThatThrownBy(() -> parse("weekend = SATURDAY\ncoverage = 2026\n2026.a.off = 2026-01-01, 2026-01-01\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: 2026.a.off: 2026-01-01 is listed twice");
    }

    @Test
    void parse_rejectsMissingCoverageOrWeekend() {
        assertThatThrownBy(() -> parse("weekend = SATURDAY\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: coverage is missing");
        assertThatThrownBy(() -> parse("coverage = 2026\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: weekend is missing");
        assertThatThrownBy(() -> parse("weekend = SATURDAY\ncoverage = 26\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: coverage must be years such as 2025-2026: '26'");
    }

    @Test
    void parse_rejectsAnUnknownDayOfWeek() {
        assertThatThrownBy(() -> parse("weekend = SATURDAY, SONDAY\ncoverage = 2026\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: weekend: not a day of the week: 'SONDAY'");
    }

    @Test
    void parse_reportsABrokenCalendarInvariant_withTheResourceName() {
        assertThatThrownBy(() -> parse("weekend = SATURDAY, SUNDAY\ncoverage = 2026\n2026.x.work = 2026-02-13\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: make-up working day 2026-02-13 is a FRIDAY, not a weekend day"
                        + " (weekend: [SATURDAY, SUNDAY])");
        assertThatThrownBy(() -> parse("weekend = SATURDAY, SUNDAY\ncoverage = 2026\n2027.x.off = 2027-01-01\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("test.properties: holiday 2027-01-01 is outside the covered years 2026");
    }

    @Test
    void load_rejectsAMissingResource() {
        assertThatThrownBy(() -> CalendarData.load("XX", "xx.properties"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("calendar XX: resource not found: xx.properties");
    }
}
