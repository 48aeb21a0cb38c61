package org.pmokit.core.time;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WorkCalendarTest {

    private static final WorkCalendar CN = WorkCalendar.CN;
    private static final WorkCalendar MON_FRI = WorkCalendar.MON_FRI;
    private static final LocalDate PROJECT_START = LocalDate.of(2026, 1, 5);
    private static final Set<DayOfWeek> SAT_SUN = EnumSet.of(SATURDAY, SUNDAY);

    /** The days off of CN_HOLIDAYS.md (State Council notices): holiday, first day, last day. */
    private static final String[][] CN_DAYS_OFF = {
        {"New Year 2025", "2025-01-01", "2025-01-01"},
        {"Spring Festival 2025", "2025-01-28", "2025-02-04"},
        {"Qingming 2025", "2025-04-04", "2025-04-06"},
        {"Labour Day 2025", "2025-05-01", "2025-05-05"},
        {"Dragon Boat 2025", "2025-05-31", "2025-06-02"},
        {"National Day and Mid-Autumn 2025", "2025-10-01", "2025-10-08"},
        {"New Year 2026", "2026-01-01", "2026-01-03"},
        {"Spring Festival 2026", "2026-02-15", "2026-02-23"},
        {"Qingming 2026", "2026-04-04", "2026-04-06"},
        {"Labour Day 2026", "2026-05-01", "2026-05-05"},
        {"Dragon Boat 2026", "2026-06-19", "2026-06-21"},
        {"Mid-Autumn 2026", "2026-09-25", "2026-09-27"},
        {"National Day 2026", "2026-10-01", "2026-10-07"},
    };

    /** The make-up working days of CN_HOLIDAYS.md. */
    private static final List<LocalDate> CN_MAKE_UP_DAYS = Stream.of(
            "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
            "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10")
            .map(LocalDate::parse).toList();

    static Stream<Arguments> cn2026DaysOff() {
        return cnDaysOff().filter(a -> ((LocalDate) a.get()[1]).getYear() == 2026);
    }

    static Stream<Arguments> cnDaysOff() {
        List<Arguments> days = new ArrayList<>();
        for (String[] row : CN_DAYS_OFF) {
            LocalDate last = LocalDate.parse(row[2]);
            for (LocalDate d = LocalDate.parse(row[1]); !d.isAfter(last); d = d.plusDays(1)) {
                days.add(Arguments.of(row[0], d));
            }
        }
        return days.stream();
    }

    // Built-in calendars

    @Test
    void named_returnsTheBuiltInCalendars() {
        assertThat(WorkCalendar.named("CN")).containsSame(CN);
        assertThat(WorkCalendar.named("MON_FRI")).containsSame(MON_FRI);
    }

    @Test
    void named_isEmpty_forAnyOtherName() {
        assertThat(WorkCalendar.named("CUSTOM")).isEmpty();
        assertThat(WorkCalendar.named("cn")).isEmpty();
        assertThat(WorkCalendar.named("")).isEmpty();
    }

    @Test
    void cn_hasItsNameWeekendAndCoverage() {
        assertThat(CN.name()).isEqualTo("CN");
        assertThat(CN.isBuiltIn()).isTrue();
        assertThat(CN.weekend()).containsExactly(SATURDAY, SUNDAY);
        assertThat(CN.firstCoveredYear()).contains(Year.of(2025));
        assertThat(CN.lastCoveredYear()).contains(Year.of(2026));
        assertThat(CN).hasToString("WorkCalendar[CN 2025-2026]");
    }

    @Test
    void monFri_coversEverySupportedYear() {
        assertThat(MON_FRI.name()).isEqualTo("MON_FRI");
        assertThat(MON_FRI.isBuiltIn()).isTrue();
        assertThat(MON_FRI.weekend()).containsExactly(SATURDAY, SUNDAY);
        assertThat(MON_FRI.holidays()).isEmpty();
        assertThat(MON_FRI.workdays()).isEmpty();
        assertThat(MON_FRI.firstCoveredYear()).isEmpty();
        assertThat(MON_FRI.lastCoveredYear()).isEmpty();
        assertThat(MON_FRI.covers(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(MON_FRI.covers(LocalDate.of(2200, 12, 31))).isTrue();
        assertThat(MON_FRI.covers(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(MON_FRI.covers(Year.of(2201))).isFalse();
        assertThat(MON_FRI).hasToString("WorkCalendar[MON_FRI]");
    }

    @Test
    void monFri_countsFiveWorkingDaysInEveryWeek() {
        LocalDate monday = LocalDate.of(1900, 1, 1);
        assertThat(monday.getDayOfWeek()).isEqualTo(MONDAY);
        assertThat(MON_FRI.workingDaysBetween(monday, monday.plusWeeks(15_000))).isEqualTo(75_000);
        assertThat(MON_FRI.dateOf(monday, 75_000 - 1)).isEqualTo(monday.plusWeeks(15_000).minusDays(3));
    }

    @Test
    void holidays_areExactlyThoseOfTheStateCouncilNotices() {
        assertThat(CN.holidays()).containsExactlyElementsOf(
                cnDaysOff().map(a -> (LocalDate) a.get()[1]).sorted().toList());
        assertThat(CN.holidays()).hasSize(61);
    }

    @Test
    void workdays_areExactlyTheMakeUpDaysOfTheStateCouncilNotices() {
        assertThat(CN.workdays()).containsExactlyElementsOf(CN_MAKE_UP_DAYS);
    }

    @Test
    void holidaysAndWorkdays_areUnmodifiable() {
        assertThatThrownBy(() -> CN.holidays().add(LocalDate.of(2026, 3, 2)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CN.workdays().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> CN.weekend().add(MONDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    // Working days

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cn2026DaysOff")
    void isWorkingDay_isFalse_onEveryCn2026Holiday(String holiday, LocalDate date) {
        assertThat(CN.isWorkingDay(date)).as(holiday).isFalse();
        assertThat(CN.holidays()).contains(date);
    }

    @ParameterizedTest(name = "{0} ({1})")
    @CsvSource({
        "2026-01-04, SUNDAY",
        "2026-02-14, SATURDAY",
        "2026-02-28, SATURDAY",
        "2026-05-09, SATURDAY",
        "2026-09-20, SUNDAY",
        "2026-10-10, SATURDAY",
    })
    void isWorkingDay_isTrue_onEveryCn2026MakeUpDay(LocalDate date, DayOfWeek dayOfWeek) {
        assertThat(date.getDayOfWeek()).isEqualTo(dayOfWeek);
        assertThat(CN.isWorkingDay(date)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "2025-01-01, false",
        "2025-01-28, false",
        "2025-02-04, false",
        "2025-05-05, false",
        "2025-10-08, false",
        "2025-01-26, true",
        "2025-02-08, true",
        "2025-04-27, true",
        "2025-09-28, true",
        "2025-10-11, true",
        "2025-02-05, true",
        "2025-10-09, true",
    })
    void isWorkingDay_followsThe2025Notice(LocalDate date, boolean working) {
        assertThat(CN.isWorkingDay(date)).isEqualTo(working);
    }

    @Test
    void isWorkingDay_isTrue_onMakeUpSaturday() {
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue();
        assertThat(MON_FRI.isWorkingDay(LocalDate.of(2026, 2, 14))).isFalse();
    }

    @Test
    void isWorkingDay_isFalse_onOrdinaryWeekendAndTrue_onOrdinaryWeekday() {
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 3, 7))).isFalse();
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 3, 8))).isFalse();
        assertThat(CN.isWorkingDay(LocalDate.of(2026, 3, 9))).isTrue();
    }

    @Test
    void workingDaysBetween_countsAYearOfCnWorkingDays() {
        // 261 weekdays, less 18 (2025) or 19 (2026) weekday holidays, plus 5 or 6 make-up days.
        assertThat(CN.workingDaysBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                + 1).isEqualTo(248);
        assertThat(CN.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31))
                + 1).isEqualTo(248);
    }

    @Test
    void workingDaysBetween_isNegative_whenTheEndIsBeforeTheStart() {
        assertThat(CN.workingDaysBetween(LocalDate.of(2026, 2, 2), PROJECT_START)).isEqualTo(-20);
        assertThat(CN.workingDaysBetween(PROJECT_START, PROJECT_START)).isZero();
    }

    @Test
    void nextWorkingDay_skipsSpringFestival() {
        assertThat(CN.nextWorkingDay(LocalDate.of(2026, 2, 13))).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CN.nextWorkingDay(LocalDate.of(2026, 2, 14))).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(CN.nextWorkingDay(LocalDate.of(2026, 2, 18))).isEqualTo(LocalDate.of(2026, 2, 24));
    }

    @Test
    void previousWorkingDay_skipsNewYear() {
        assertThat(CN.previousWorkingDay(LocalDate.of(2026, 1, 5))).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(CN.previousWorkingDay(LocalDate.of(2026, 1, 4))).isEqualTo(LocalDate.of(2025, 12, 31));
    }

    // Offsets (FORMULAS.md section 1)

    @ParameterizedTest(name = "dateOf(2026-01-05, {0}) = {1}")
    @CsvSource({
        "0, 2026-01-05",
        "4, 2026-01-09",
        "5, 2026-01-12",
        "15, 2026-01-26",
        "20, 2026-02-02",
        "29, 2026-02-13",
        "30, 2026-02-14",
        "31, 2026-02-24",
        "174, 2026-09-16",
        "-1, 2026-01-04",
        "-2, 2025-12-31",
    })
    void dateOf_andOffsetOf_matchTheProjectExample(int offset, LocalDate date) {
        assertThat(CN.dateOf(PROJECT_START, offset)).isEqualTo(date);
        assertThat(CN.offsetOf(PROJECT_START, date)).isEqualTo(offset);
    }

    @Test
    void projectExample_has175WorkingDays_endingOn2026_09_16() {
        LocalDate finish = LocalDate.of(2026, 9, 16);
        assertThat(CN.workingDaysBetween(PROJECT_START, finish.plusDays(1))).isEqualTo(175);
        assertThat(CN.dateOf(PROJECT_START, 175 - 1)).isEqualTo(finish);
    }

    @Test
    void offsetOf_mapsANonWorkingDate_toTheOffsetOfTheNextWorkingDay() {
        int afterFestival = CN.offsetOf(PROJECT_START, LocalDate.of(2026, 2, 24));
        for (LocalDate d = LocalDate.of(2026, 2, 15); d.isBefore(LocalDate.of(2026, 2, 24)); d = d.plusDays(1)) {
            assertThat(CN.offsetOf(PROJECT_START, d)).as("%s", d).isEqualTo(afterFestival);
        }
    }

    @Test
    void dateOf_zero_isTheFirstWorkingDayOnOrAfterANonWorkingOrigin() {
        LocalDate newYear = LocalDate.of(2026, 1, 1);
        assertThat(CN.dateOf(newYear, 0)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(CN.dateOf(newYear, -1)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(CN.offsetOf(newYear, LocalDate.of(2026, 1, 5))).isEqualTo(1);
    }

    @Test
    void dateOf_crossesFromOneCoveredYearIntoTheNext() {
        assertThat(CN.dateOf(LocalDate.of(2025, 12, 31), 1)).isEqualTo(LocalDate.of(2026, 1, 4));
        assertThat(CN.offsetOf(LocalDate.of(2025, 1, 2), LocalDate.of(2026, 1, 1))).isEqualTo(248);
    }

    @Test
    void addWorkingDays_fromAWorkingDay_movesThatManyWorkingDays() {
        LocalDate friday = LocalDate.of(2026, 2, 13);
        assertThat(CN.addWorkingDays(friday, 0)).isEqualTo(friday);
        assertThat(CN.addWorkingDays(friday, 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(CN.addWorkingDays(friday, 2)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(CN.addWorkingDays(LocalDate.of(2026, 2, 24), -2)).isEqualTo(friday);
    }

    @Test
    void addWorkingDays_fromANonWorkingDay_countsTheNextWorkingDayAsStepZero() {
        LocalDate holiday = LocalDate.of(2026, 2, 18);
        assertThat(CN.addWorkingDays(holiday, 0)).isEqualTo(LocalDate.of(2026, 2, 24));
        assertThat(CN.addWorkingDays(holiday, 1)).isEqualTo(LocalDate.of(2026, 2, 25));
        assertThat(CN.addWorkingDays(holiday, -1)).isEqualTo(LocalDate.of(2026, 2, 14));
    }

    @Test
    void index_agreesWithTheCalendar() {
        WorkingDayIndex index = CN.index(PROJECT_START);
        for (int k = index.minOffset(); k <= index.maxOffset(); k++) {
            assertThat(index.dateOf(k)).isEqualTo(CN.dateOf(PROJECT_START, k));
        }
    }

    // Coverage

    @Test
    void covers_answersWithoutThrowing() {
        assertThat(CN.covers(LocalDate.of(2025, 1, 1))).isTrue();
        assertThat(CN.covers(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(CN.covers(LocalDate.of(2024, 12, 31))).isFalse();
        assertThat(CN.covers(LocalDate.of(2027, 3, 1))).isFalse();
        assertThat(CN.covers(Year.of(2026))).isTrue();
        assertThat(CN.covers(Year.of(2027))).isFalse();
    }

    @Test
    void isWorkingDay_throws_forAYearWithoutData() {
        assertThatThrownBy(() -> CN.isWorkingDay(LocalDate.of(2027, 3, 1)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2027-03-01; it covers 2025-2026");
    }

    @Test
    void offsetOf_throws_forADateWithoutData() {
        assertThatThrownBy(() -> CN.offsetOf(PROJECT_START, LocalDate.of(2027, 1, 4)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2027-01-04; it covers 2025-2026");
        assertThatThrownBy(() -> CN.offsetOf(LocalDate.of(2024, 12, 30), PROJECT_START))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2024-12-30; it covers 2025-2026");
        assertThatThrownBy(() -> CN.workingDaysBetween(PROJECT_START, LocalDate.of(2027, 1, 1)))
                .isInstanceOf(CalendarCoverageException.class);
    }

    @Test
    void dateOf_throws_whenTheWorkingDayLiesAfterTheData() {
        assertThatThrownBy(() -> CN.dateOf(LocalDate.of(2026, 12, 1), 100))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2027-01-01; it covers 2025-2026"
                        + " (working day 100 from 2026-12-01 lies after it)")
                .satisfies(e -> assertThat(((CalendarCoverageException) e).date()).isEqualTo(LocalDate.of(2027, 1, 1)));
    }

    @Test
    void dateOf_throws_whenTheWorkingDayLiesBeforeTheData() {
        assertThatThrownBy(() -> CN.addWorkingDays(LocalDate.of(2025, 1, 2), -5))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2024-12-31; it covers 2025-2026"
                        + " (working day -5 from 2025-01-02 lies before it)");
    }

    @Test
    void dateOf_throws_forAnOriginWithoutData() {
        assertThatThrownBy(() -> CN.dateOf(LocalDate.of(2027, 1, 4), 0))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2027-01-04; it covers 2025-2026");
    }

    @Test
    void nextAndPreviousWorkingDay_throw_atTheEdgesOfTheData() {
        assertThatThrownBy(() -> CN.nextWorkingDay(LocalDate.of(2026, 12, 31)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2027-01-01; it covers 2025-2026"
                        + " (no working day follows 2026-12-31 within it)");
        assertThatThrownBy(() -> CN.previousWorkingDay(LocalDate.of(2025, 1, 2)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CN has no data for 2024-12-31; it covers 2025-2026"
                        + " (no working day precedes 2025-01-02 within it)");
    }

    @Test
    void monFri_throws_outsideTheSupportedYears() {
        assertThatThrownBy(() -> MON_FRI.isWorkingDay(LocalDate.of(1899, 12, 31)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar MON_FRI has no data for 1899-12-31; it covers 1900-2200");
        assertThatThrownBy(() -> MON_FRI.index(LocalDate.of(2201, 1, 1)))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar MON_FRI has no data for 2201-01-01; it covers 1900-2200");
    }

    @Test
    void aCalendarWithoutWorkingDays_answersCountsButHasNoDates() {
        Set<DayOfWeek> allButMonday = EnumSet.complementOf(EnumSet.of(MONDAY));
        List<LocalDate> mondays = IntStream.range(0, 60)
                .mapToObj(w -> LocalDate.of(2029, 12, 31).plusWeeks(w))
                .filter(d -> d.getYear() == 2030).toList();
        WorkCalendar none = WorkCalendar.custom(allButMonday, mondays, List.of());
        LocalDate day = LocalDate.of(2030, 6, 3);
        assertThat(none.isWorkingDay(day)).isFalse();
        assertThat(none.workingDaysBetween(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 12, 31))).isZero();
        assertThatThrownBy(() -> none.dateOf(day, 0))
                .isInstanceOf(CalendarCoverageException.class)
                .hasMessage("calendar CUSTOM has no data for 2031-01-01; it covers 2030"
                        + " (working day 0 from 2030-06-03 lies after it)");
    }

    // Custom calendars


    @Test
    void custom_coversTheYearsOfItsDates() {
        WorkCalendar c = WorkCalendar.custom(SAT_SUN, List.of(LocalDate.of(2027, 1, 1)),
                List.of(LocalDate.of(2029, 2, 3)));
        assertThat(c.name()).isEqualTo("CUSTOM");
        assertThat(c.isBuiltIn()).isFalse();
        assertThat(c.firstCoveredYear()).contains(Year.of(2027));
        assertThat(c.lastCoveredYear()).contains(Year.of(2029));
        assertThat(c.covers(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(c).hasToString("WorkCalendar[CUSTOM 2027-2029 weekend=[SATURDAY, SUNDAY] holidays=1 workdays=1]");
    }

    @Test
    void custom_withoutDates_coversEverySupportedYear() {
        WorkCalendar c = WorkCalendar.custom(EnumSet.of(FRIDAY, SATURDAY), List.of(), List.of());
        assertThat(c.firstCoveredYear()).isEmpty();
        assertThat(c.covers(LocalDate.of(2150, 1, 1))).isTrue();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 1, 2))).isFalse();
        assertThat(c.isWorkingDay(LocalDate.of(2026, 1, 4))).isTrue();
        assertThat(c).hasToString("WorkCalendar[CUSTOM weekend=[FRIDAY, SATURDAY] holidays=0 workdays=0]");
    }

    @Test
    void custom_withExplicitCoverage_coversExactlyThoseYears() {
        WorkCalendar c = WorkCalendar.custom(SAT_SUN, List.of(), List.of(), Year.of(2030), Year.of(2030));
        assertThat(c.covers(LocalDate.of(2030, 12, 31))).isTrue();
        assertThat(c.covers(LocalDate.of(2031, 1, 1))).isFalse();
        assertThat(c).hasToString("WorkCalendar[CUSTOM 2030 weekend=[SATURDAY, SUNDAY] holidays=0 workdays=0]");
        assertThatThrownBy(() -> c.isWorkingDay(LocalDate.of(2031, 1, 1)))
                .hasMessage("calendar CUSTOM has no data for 2031-01-01; it covers 2030");
    }

    @Test
    void custom_withAllWeekdaysWorked_isAllowed() {
        WorkCalendar c = WorkCalendar.custom(EnumSet.noneOf(DayOfWeek.class), List.of(), List.of());
        assertThat(c.workingDaysBetween(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 1, 1))).isEqualTo(365);
    }

    @Test
    void holidayOnAWeekendDay_changesNothing() {
        WorkCalendar plain = WorkCalendar.custom(SAT_SUN, List.of(), List.of(), Year.of(2026), Year.of(2026));
        WorkCalendar withSaturday = WorkCalendar.custom(SAT_SUN, List.of(LocalDate.of(2026, 3, 7)), List.of(),
                Year.of(2026), Year.of(2026));
        LocalDate jan1 = LocalDate.of(2026, 1, 1);
        LocalDate dec31 = LocalDate.of(2026, 12, 31);
        assertThat(withSaturday.workingDaysBetween(jan1, dec31)).isEqualTo(plain.workingDaysBetween(jan1, dec31));
        assertThat(withSaturday).isNotEqualTo(plain);
    }

    @Test
    void custom_copiesItsInputs() {
        List<LocalDate> holidays = new ArrayList<>(List.of(LocalDate.of(2026, 3, 2)));
        WorkCalendar c = WorkCalendar.custom(SAT_SUN, holidays, List.of());
        holidays.add(LocalDate.of(2026, 3, 3));
        assertThat(c.holidays()).containsExactly(LocalDate.of(2026, 3, 2));
    }

    @Test
    void custom_rejectsAHolidayThatIsAlsoAMakeUpDay() {
        LocalDate may1 = LocalDate.of(2026, 5, 1);
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, List.of(may1), List.of(may1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2026-05-01 is both a holiday and a make-up working day");
    }

    @Test
    void custom_rejectsAMakeUpDayThatIsNotAWeekendDay() {
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, List.of(), List.of(LocalDate.of(2026, 5, 6))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("make-up working day 2026-05-06 is a WEDNESDAY, not a weekend day"
                        + " (weekend: [SATURDAY, SUNDAY])");
    }

    @Test
    void custom_rejectsAWeekendOfSevenDays() {
        assertThatThrownBy(() -> WorkCalendar.custom(EnumSet.allOf(DayOfWeek.class), List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("weekend must leave at least one working day in the week: "
                        + "[MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY]");
    }

    @Test
    void custom_rejectsAHolidayOutsideTheCoverage() {
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, List.of(LocalDate.of(2027, 1, 1)), List.of(),
                Year.of(2025), Year.of(2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holiday 2027-01-01 is outside the covered years 2025-2026");
    }

    @Test
    void custom_rejectsAMakeUpDayOutsideTheCoverage() {
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, List.of(), List.of(LocalDate.of(2024, 12, 28)),
                Year.of(2025), Year.of(2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("make-up working day 2024-12-28 is outside the covered years 2025-2026");
    }

    @Test
    void custom_rejectsCoverageOutOfOrder() {
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, List.of(), List.of(), Year.of(2027), Year.of(2026)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first covered year 2027 must not be after last covered year 2026");
    }

    @Test
    void custom_rejectsCoverageBeyondTheSupportedYears() {
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, List.of(), List.of(), Year.of(1899), Year.of(1950)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("first covered year must lie within 1900-2200: 1899");
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, List.of(LocalDate.of(2201, 1, 1)), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("holidays and make-up working days must lie within 1900-2200: 2201-01-01");
    }

    @Test
    void custom_rejectsNulls() {
        List<LocalDate> withNull = new ArrayList<>();
        withNull.add(null);
        assertThatThrownBy(() -> WorkCalendar.custom(SAT_SUN, withNull, List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("holidays must not contain null");
        assertThatThrownBy(() -> WorkCalendar.custom(null, List.of(), List.of()))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("weekend");
    }

    @Test
    void equals_comparesTheDefinition() {
        WorkCalendar a = WorkCalendar.custom(SAT_SUN, List.of(LocalDate.of(2026, 5, 1)), List.of());
        WorkCalendar b = WorkCalendar.custom(EnumSet.of(SUNDAY, SATURDAY), new TreeSet<>(a.holidays()), List.of());
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a).isNotEqualTo(WorkCalendar.custom(SAT_SUN, List.of(LocalDate.of(2026, 5, 4)), List.of()));
        assertThat(a).isNotEqualTo(WorkCalendar.custom(EnumSet.of(THURSDAY), a.holidays(), List.of()));
        assertThat(WorkCalendar.custom(SAT_SUN, List.of(), List.of())).isNotEqualTo(MON_FRI);
        assertThat(WorkCalendar.custom(CN.weekend(), CN.holidays(), CN.workdays())).isNotEqualTo(CN);
        assertThat(CN).isEqualTo(WorkCalendar.named("CN").orElseThrow());
    }

    @Test
    void custom_withTheDataOfCn_agreesWithCn() {
        WorkCalendar copy = WorkCalendar.custom(CN.weekend(), CN.holidays(), CN.workdays());
        assertThat(copy.firstCoveredYear()).isEqualTo(CN.firstCoveredYear());
        assertThat(copy.lastCoveredYear()).isEqualTo(CN.lastCoveredYear());
        for (int k = -249; k <= 246; k++) {
            assertThat(copy.dateOf(PROJECT_START, k)).isEqualTo(CN.dateOf(PROJECT_START, k));
        }
    }

    @Test
    void firstUse_fromManyThreads_givesOneAnswer() {
        WorkCalendar c = WorkCalendar.custom(SAT_SUN, List.of(LocalDate.of(2040, 1, 2)), List.of(),
                Year.of(2030), Year.of(2050));
        List<LocalDate> answers = IntStream.range(0, 64).parallel()
                .mapToObj(i -> c.dateOf(LocalDate.of(2030, 1, 1), 2600)).distinct().toList();
        assertThat(answers).hasSize(1);
    }
}
