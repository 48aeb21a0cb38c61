package org.pmokit.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Invariants of {@link WorkCalendar} on random custom calendars, checked against a naive day-by-day
 * reference that knows only the raw inputs (weekend, holidays, make-up days, covered years).
 */
class WorkCalendarPropertiesTest {

    /** A random calendar, the inputs it was made from, and a window of covered dates to ask about. */
    record Case(WorkCalendar calendar, Set<DayOfWeek> weekend, Set<LocalDate> holidays, Set<LocalDate> workdays,
            int firstYear, int lastYear, LocalDate a, LocalDate b, int n) {

        boolean covered(LocalDate d) {
            return d.getYear() >= firstYear && d.getYear() <= lastYear;
        }

        boolean naiveWorking(LocalDate d) {
            return workdays.contains(d) || !holidays.contains(d) && !weekend.contains(d.getDayOfWeek());
        }

        int naiveBetween(LocalDate start, LocalDate end) {
            if (end.isBefore(start)) {
                return -naiveBetween(end, start);
            }
            int count = 0;
            for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                count += naiveWorking(d) ? 1 : 0;
            }
            return count;
        }

        /** Step 0 is the first working day on or after the origin; empty if the walk leaves the coverage. */
        Optional<LocalDate> naiveDateOf(LocalDate origin, int offset) {
            LocalDate d = offset >= 0 ? origin : origin.minusDays(1);
            int step = offset >= 0 ? 1 : -1;
            int remaining = offset >= 0 ? offset + 1 : -offset;
            while (true) {
                if (!covered(d)) {
                    return Optional.empty();
                }
                if (naiveWorking(d) && --remaining == 0) {
                    return Optional.of(d);
                }
                d = d.plusDays(step);
            }
        }

        @Override
        public String toString() {
            return calendar + " holidays=" + holidays + " workdays=" + workdays + " a=" + a + " b=" + b + " n=" + n;
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Set<DayOfWeek>> weekends = Arbitraries.of(DayOfWeek.class).set().ofMaxSize(6);
        Arbitrary<Integer> firstYears = Arbitraries.integers().between(WorkCalendar.MIN_SUPPORTED_YEAR, 2197);
        Arbitrary<Integer> spans = Arbitraries.integers().between(0, 2);
        Arbitrary<Boolean> unbounded = Arbitraries.of(false, false, false, true);
        return Combinators.combine(weekends, firstYears, spans, unbounded).flatAs((weekend, first, span, open) -> {
            int last = first + span;
            long from = LocalDate.of(first, 1, 1).toEpochDay();
            long to = LocalDate.of(last, 12, 31).toEpochDay();
            Arbitrary<LocalDate> dates = Arbitraries.longs().between(from, to).map(LocalDate::ofEpochDay);
            Arbitrary<Set<LocalDate>> holidays = open ? Arbitraries.just(Set.of()) : dates.set().ofMaxSize(80);
            Arbitrary<Set<LocalDate>> workdayCandidates = open ? Arbitraries.just(Set.of()) : dates.set().ofMaxSize(30);
            Arbitrary<Integer> ns = Arbitraries.integers().between(-400, 400);
            return Combinators.combine(holidays, workdayCandidates, dates, dates, ns).as((off, on, a, b, n) -> {
                Set<LocalDate> workdays = on.stream()
                        .filter(d -> weekend.contains(d.getDayOfWeek()) && !off.contains(d))
                        .collect(Collectors.toSet());
                WorkCalendar calendar = open
                        ? WorkCalendar.custom(weekend, off, workdays)
                        : WorkCalendar.custom(weekend, off, workdays, Year.of(first), Year.of(last));
                int firstYear = open ? WorkCalendar.MIN_SUPPORTED_YEAR : first;
                int lastYear = open ? WorkCalendar.MAX_SUPPORTED_YEAR : last;
                return new Case(calendar, weekend, off, workdays, firstYear, lastYear, a, b, n);
            });
        });
    }

    @Property
    void isWorkingDay_agreesWithTheNaiveReference(@ForAll("cases") Case c) {
        assertThat(c.calendar().isWorkingDay(c.a())).isEqualTo(c.naiveWorking(c.a()));
    }

    @Property
    void workingDaysBetween_agreesWithTheNaiveReference(@ForAll("cases") Case c) {
        assertThat(c.calendar().workingDaysBetween(c.a(), c.b())).isEqualTo(c.naiveBetween(c.a(), c.b()));
    }

    @Property
    void workingDaysBetween_isAntisymmetric(@ForAll("cases") Case c) {
        assertThat(c.calendar().workingDaysBetween(c.a(), c.b())).isEqualTo(-c.calendar().workingDaysBetween(c.b(), c.a()));
    }

    @Property
    void dateOf_agreesWithTheNaiveReference_orThrowsWhenItLeavesTheCoverage(@ForAll("cases") Case c) {
        Optional<LocalDate> expected = c.naiveDateOf(c.a(), c.n());
        if (expected.isPresent()) {
            assertThat(c.calendar().dateOf(c.a(), c.n())).isEqualTo(expected.get());
        } else {
            assertThatThrownBy(() -> c.calendar().dateOf(c.a(), c.n())).isInstanceOf(CalendarCoverageException.class);
        }
    }

    @Property
    void offsetThenDateThenOffset_roundTrips(@ForAll("cases") Case c) {
        WorkingDayIndex index = c.calendar().index(c.a());
        Assume.that(index.minOffset() <= index.maxOffset());
        int k = index.minOffset() + Math.floorMod(c.n(), index.maxOffset() - index.minOffset() + 1);
        LocalDate date = c.calendar().dateOf(c.a(), k);
        assertThat(c.calendar().offsetOf(c.a(), date)).isEqualTo(k);
        assertThat(index.offsetOf(date)).isEqualTo(k);
        assertThat(index.dateOf(k)).isEqualTo(date);
    }

    @Property
    void dateThenOffsetThenDate_roundTrips_forWorkingDays(@ForAll("cases") Case c) {
        Optional<LocalDate> working = c.naiveDateOf(c.b(), 0);
        Assume.that(working.isPresent());
        LocalDate d = working.get();
        int offset = c.calendar().offsetOf(c.a(), d);
        assertThat(c.calendar().dateOf(c.a(), offset)).isEqualTo(d);
    }

    @Property
    void offsetOf_ofANonWorkingDate_isTheOffsetOfTheNextWorkingDay(@ForAll("cases") Case c) {
        Optional<LocalDate> next = c.naiveDateOf(c.b(), 0);
        Assume.that(next.isPresent());
        assertThat(c.calendar().offsetOf(c.a(), c.b())).isEqualTo(c.calendar().offsetOf(c.a(), next.get()));
    }

    @Property
    void addWorkingDays_thenBack_returnsToTheWorkingDay(@ForAll("cases") Case c) {
        Optional<LocalDate> working = c.naiveDateOf(c.a(), 0);
        Assume.that(working.isPresent());
        LocalDate d = working.get();
        Optional<LocalDate> there = c.naiveDateOf(d, c.n());
        Assume.that(there.isPresent());
        assertThat(c.calendar().addWorkingDays(there.get(), -c.n())).isEqualTo(d);
        assertThat(c.calendar().addWorkingDays(d, c.n())).isEqualTo(there.get());
    }

    @Property
    void nextAndPreviousWorkingDay_agreeWithTheNaiveReference(@ForAll("cases") Case c) {
        LocalDate d = c.a();
        Optional<LocalDate> next = c.naiveDateOf(d.plusDays(1), 0);
        Optional<LocalDate> previous = c.naiveDateOf(d, -1);
        if (next.isPresent() && c.covered(d.plusDays(1))) {
            assertThat(c.calendar().nextWorkingDay(d)).isEqualTo(next.get());
        } else {
            assertThatThrownBy(() -> c.calendar().nextWorkingDay(d)).isInstanceOf(CalendarCoverageException.class);
        }
        if (previous.isPresent()) {
            assertThat(c.calendar().previousWorkingDay(d)).isEqualTo(previous.get());
        } else {
            assertThatThrownBy(() -> c.calendar().previousWorkingDay(d)).isInstanceOf(CalendarCoverageException.class);
        }
    }

    @Property
    void datesOutsideTheCoverage_areRefused(@ForAll("cases") Case c) {
        LocalDate before = LocalDate.of(c.firstYear(), 1, 1).minusDays(1 + Math.abs(c.n()));
        LocalDate after = LocalDate.of(c.lastYear(), 12, 31).plusDays(1 + Math.abs(c.n()));
        for (LocalDate outside : List.of(before, after)) {
            assertThat(c.calendar().covers(outside)).isFalse();
            assertThatThrownBy(() -> c.calendar().isWorkingDay(outside))
                    .isInstanceOf(CalendarCoverageException.class)
                    .hasMessageStartingWith("calendar CUSTOM has no data for " + outside + "; it covers ");
            assertThatThrownBy(() -> c.calendar().offsetOf(c.a(), outside)).isInstanceOf(CalendarCoverageException.class);
        }
    }
}
