package org.pmokit.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The working days of a project: a weekly pattern of weekend days, holidays (dates off) and make-up
 * working days (weekend dates that are worked, as China mainland declares around Spring Festival and
 * National Day).
 *
 * <p><b>Coverage.</b> A calendar knows the working days of its covered years only. The built-in
 * {@link #CN} covers 2025-2026, the years for which the State Council has published its notice;
 * {@link #MON_FRI} and a custom calendar without holidays cover every supported year
 * ({@value #MIN_SUPPORTED_YEAR}-{@value #MAX_SUPPORTED_YEAR}). Every question about a date outside
 * the coverage, and every piece of arithmetic that walks out of it, throws
 * {@link CalendarCoverageException}; {@link #covers(LocalDate)} answers without throwing, so a
 * validator can report the date instead.
 *
 * <p><b>Offsets</b> (FORMULAS.md section 1) are 0-based working-day indexes from an origin, the
 * project start. {@link #offsetOf(LocalDate, LocalDate) offsetOf(origin, date)} is the number of
 * working days in {@code [origin, date)}, negated when {@code date} is before {@code origin}; so the
 * first working day on or after the origin is offset 0, and a non-working date has the offset of the
 * next working day. {@link #dateOf(LocalDate, int) dateOf(origin, k)} is the date of working day
 * {@code k}: offset 0 is the first working day on or after the origin, offset -1 the last working
 * day before it. For every working day {@code d} and every offset {@code k} within the coverage,
 * {@code dateOf(o, offsetOf(o, d)).equals(d)} and {@code offsetOf(o, dateOf(o, k)) == k}.
 *
 * <p><b>Speed.</b> On first use a calendar builds a table of its covered days (cumulative working
 * days per day and the epoch day of each working day), so that every question is a few array
 * lookups with no loop over days. Calendars without holidays share one table per weekend pattern.
 * Engines that convert many offsets from one origin use {@link #index(LocalDate)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkCalendar {

    /** The first year any calendar can cover. */
    public static final int MIN_SUPPORTED_YEAR = 1900;

    /** The last year any calendar can cover. */
    public static final int MAX_SUPPORTED_YEAR = 2200;

    /** The name of every calendar made by {@code custom}. */
    public static final String CUSTOM_NAME = "CUSTOM";

    /** Day tables of the calendars without holidays, by weekend bit mask; built on demand. */
    private static final AtomicReferenceArray<DayTable> PATTERN_TABLES = new AtomicReferenceArray<>(1 << 7);

    /** Monday to Friday every week, no holidays, every supported year; named {@code MON_FRI}. */
    public static final WorkCalendar MON_FRI = new WorkCalendar("MON_FRI", true,
            EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), new TreeSet<>(), new TreeSet<>(), null, null);

    /**
     * China mainland, named {@code CN}: Saturday and Sunday off, with the statutory holidays and
     * make-up working days of the State Council notices for 2025 and 2026, which are the years it
     * covers. The data is read from the resource {@code org/pmokit/core/time/cn.properties}.
     */
    public static final WorkCalendar CN = CalendarData.load("CN", "cn.properties");

    private final String name;
    private final boolean builtIn;
    private final Set<DayOfWeek> weekend;
    private final int weekendMask;
    private final SortedSet<LocalDate> holidays;
    private final SortedSet<LocalDate> workdays;
    /** Null when unbounded. */
    private final Year firstCovered;
    /** Null when unbounded. */
    private final Year lastCovered;
    /** Built on first use; a race builds equal tables, and either may be kept. */
    private volatile DayTable table;

    private WorkCalendar(String name, boolean builtIn, Set<DayOfWeek> weekend, SortedSet<LocalDate> holidays,
            SortedSet<LocalDate> workdays, Year firstCovered, Year lastCovered) {
        this.name = name;
        this.builtIn = builtIn;
        this.weekend = Collections.unmodifiableSet(weekend);
        this.weekendMask = maskOf(weekend);
        this.holidays = Collections.unmodifiableSortedSet(holidays);
        this.workdays = Collections.unmodifiableSortedSet(workdays);
        this.firstCovered = firstCovered;
        this.lastCovered = lastCovered;
    }

    /**
     * Returns the built-in calendar with the given name: {@code CN} or {@code MON_FRI}.
     *
     * @param name the exact name
     * @return the calendar, or empty if no built-in calendar has that name
     */
    public static Optional<WorkCalendar> named(String name) {
        Objects.requireNonNull(name, "name");
        return switch (name) {
            case "CN" -> Optional.of(CN);
            case "MON_FRI" -> Optional.of(MON_FRI);
            default -> Optional.empty();
        };
    }

    /**
     * Returns a calendar named {@code CUSTOM} that covers the years from the earliest to the latest
     * of the given holidays and make-up working days, or every supported year if there are none.
     *
     * @param weekend the days of the week that are off, at most six of them
     * @param holidays the dates off; a holiday on a weekend day is allowed and changes nothing
     * @param workdays the make-up working days, each on a weekend day and none a holiday
     * @return the calendar
     * @throws IllegalArgumentException if the weekend has all seven days, a date is both a holiday and a
     *         make-up working day, a make-up working day is not on a weekend day, or a date lies outside
     *         {@value #MIN_SUPPORTED_YEAR}-{@value #MAX_SUPPORTED_YEAR}
     */
    public static WorkCalendar custom(Set<DayOfWeek> weekend, Collection<LocalDate> holidays,
            Collection<LocalDate> workdays) {
        SortedSet<LocalDate> off = sortedCopy(holidays, "holidays");
        SortedSet<LocalDate> on = sortedCopy(workdays, "workdays");
        if (off.isEmpty() && on.isEmpty()) {
            return create(CUSTOM_NAME, false, weekend, off, on, null, null);
        }
        LocalDate min = min(off, on);
        LocalDate max = max(off, on);
        for (LocalDate d : new LocalDate[] {min, max}) {
            if (d.getYear() < MIN_SUPPORTED_YEAR || d.getYear() > MAX_SUPPORTED_YEAR) {
                throw new IllegalArgumentException("holidays and make-up working days must lie within "
                        + MIN_SUPPORTED_YEAR + "-" + MAX_SUPPORTED_YEAR + ": " + d);
            }
        }
        return create(CUSTOM_NAME, false, weekend, off, on, Year.from(min), Year.from(max));
    }

    /**
     * Returns a calendar named {@code CUSTOM} that covers the given years, both inclusive.
     *
     * @param weekend the days of the week that are off, at most six of them
     * @param holidays the dates off, within the covered years; a holiday on a weekend day is allowed
     * @param workdays the make-up working days within the covered years, each on a weekend day and
     *        none a holiday
     * @param firstCovered the first covered year
     * @param lastCovered the last covered year, not before the first
     * @return the calendar
     * @throws IllegalArgumentException if the weekend has all seven days, a date is both a holiday and a
     *         make-up working day, a make-up working day is not on a weekend day, a date lies outside the
     *         covered years, or the covered years are out of order or outside
     *         {@value #MIN_SUPPORTED_YEAR}-{@value #MAX_SUPPORTED_YEAR}
     */
    public static WorkCalendar custom(Set<DayOfWeek> weekend, Collection<LocalDate> holidays,
            Collection<LocalDate> workdays, Year firstCovered, Year lastCovered) {
        Objects.requireNonNull(firstCovered, "firstCovered");
        Objects.requireNonNull(lastCovered, "lastCovered");
        return create(CUSTOM_NAME, false, weekend, sortedCopy(holidays, "holidays"), sortedCopy(workdays, "workdays"),
                firstCovered, lastCovered);
    }

    /** Checks every invariant; {@code first} and {@code last} are both null (unbounded) or both set. */
    static WorkCalendar create(String name, boolean builtIn, Set<DayOfWeek> weekend, SortedSet<LocalDate> holidays,
            SortedSet<LocalDate> workdays, Year first, Year last) {
        Objects.requireNonNull(weekend, "weekend");
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek d : weekend) {
            days.add(Objects.requireNonNull(d, "weekend must not contain null"));
        }
        if (days.size() == 7) {
            throw new IllegalArgumentException("weekend must leave at least one working day in the week: " + days);
        }
        if (first != null) {
            checkSupported(first, "first covered year");
            checkSupported(last, "last covered year");
            if (first.isAfter(last)) {
                throw new IllegalArgumentException(
                        "first covered year " + first + " must not be after last covered year " + last);
            }
        }
        for (LocalDate d : workdays) {
            if (holidays.contains(d)) {
                throw new IllegalArgumentException(d + " is both a holiday and a make-up working day");
            }
            if (!days.contains(d.getDayOfWeek())) {
                throw new IllegalArgumentException("make-up working day " + d + " is a " + d.getDayOfWeek()
                        + ", not a weekend day (weekend: " + days + ")");
            }
        }
        if (first != null) {
            checkWithin(holidays, "holiday", first, last);
            checkWithin(workdays, "make-up working day", first, last);
        }
        return new WorkCalendar(name, builtIn, days, holidays, workdays, first, last);
    }

    /**
     * Returns the name: {@code CN}, {@code MON_FRI} or {@value #CUSTOM_NAME}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns whether this is one of the built-in calendars, {@link #CN} or {@link #MON_FRI}.
     *
     * @return true if built in
     */
    public boolean isBuiltIn() {
        return builtIn;
    }

    /**
     * Returns the days of the week that are off unless declared make-up working days.
     *
     * @return the unmodifiable weekend days, in week order
     */
    public Set<DayOfWeek> weekend() {
        return weekend;
    }

    /**
     * Returns the holidays, including any that fall on a weekend day.
     *
     * @return the unmodifiable holidays, in date order
     */
    public SortedSet<LocalDate> holidays() {
        return holidays;
    }

    /**
     * Returns the make-up working days: weekend dates that are worked.
     *
     * @return the unmodifiable make-up working days, in date order
     */
    public SortedSet<LocalDate> workdays() {
        return workdays;
    }

    /**
     * Returns the first year this calendar has data for.
     *
     * @return the first covered year, or empty if the calendar covers every supported year
     */
    public Optional<Year> firstCoveredYear() {
        return Optional.ofNullable(firstCovered);
    }

    /**
     * Returns the last year this calendar has data for.
     *
     * @return the last covered year, or empty if the calendar covers every supported year
     */
    public Optional<Year> lastCoveredYear() {
        return Optional.ofNullable(lastCovered);
    }

    /**
     * Returns whether this calendar has data for a date. An unbounded calendar covers the supported
     * years {@value #MIN_SUPPORTED_YEAR}-{@value #MAX_SUPPORTED_YEAR}.
     *
     * @param date the date
     * @return true if working-day questions about the date can be answered
     */
    public boolean covers(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return date.getYear() >= firstYear() && date.getYear() <= lastYear();
    }

    /**
     * Returns whether this calendar has data for every day of a year.
     *
     * @param year the year
     * @return true if the year is covered
     */
    public boolean covers(Year year) {
        Objects.requireNonNull(year, "year");
        return year.getValue() >= firstYear() && year.getValue() <= lastYear();
    }

    /**
     * Returns whether a date is a working day: a make-up working day, or neither a weekend day nor a
     * holiday.
     *
     * @param date a covered date
     * @return true if work is done on the date
     * @throws CalendarCoverageException if the date is not covered
     */
    public boolean isWorkingDay(LocalDate date) {
        DayTable t = table();
        int i = t.indexOf(date, this);
        return t.cumulative[i + 1] != t.cumulative[i];
    }

    /**
     * Returns the first working day after a date.
     *
     * @param date a covered date
     * @return the next working day, strictly after {@code date}
     * @throws CalendarCoverageException if the date is not covered or no working day follows it
     *         within the coverage
     */
    public LocalDate nextWorkingDay(LocalDate date) {
        DayTable t = table();
        int i = t.indexOf(date, this);
        int k = t.cumulative[i + 1];
        if (k >= t.working.length) {
            throw t.beyond(k, this, " (no working day follows " + date + " within it)");
        }
        return LocalDate.ofEpochDay(t.working[k]);
    }

    /**
     * Returns the last working day before a date.
     *
     * @param date a covered date
     * @return the previous working day, strictly before {@code date}
     * @throws CalendarCoverageException if the date is not covered or no working day precedes it
     *         within the coverage
     */
    public LocalDate previousWorkingDay(LocalDate date) {
        DayTable t = table();
        int i = t.indexOf(date, this);
        int k = t.cumulative[i] - 1;
        if (k < 0) {
            throw t.beyond(k, this, " (no working day precedes " + date + " within it)");
        }
        return LocalDate.ofEpochDay(t.working[k]);
    }

    /**
     * Moves a number of working days from a date; the same as {@link #dateOf(LocalDate, int)
     * dateOf(from, workingDays)}.
     *
     * <p>From a working day, {@code +1} gives the next working day and {@code -1} the previous one;
     * {@code 0} gives the day itself. From a non-working day, the next working day is step 0, so
     * {@code 0} gives the next working day, {@code +1} the one after it and {@code -1} the last working
     * day before {@code from}. For every working day {@code d},
     * {@code addWorkingDays(addWorkingDays(d, n), -n).equals(d)}.
     *
     * @param from a covered date
     * @param workingDays the number of working days to move, negative to move back
     * @return the working day reached
     * @throws CalendarCoverageException if {@code from} is not covered or the result lies outside the
     *         coverage
     */
    public LocalDate addWorkingDays(LocalDate from, int workingDays) {
        return dateOf(from, workingDays);
    }

    /**
     * Counts the working days from a start date, inclusive, to an end date, exclusive; the same as
     * {@link #offsetOf(LocalDate, LocalDate) offsetOf(startInclusive, endExclusive)}.
     *
     * @param startInclusive a covered date
     * @param endExclusive a covered date
     * @return the number of working days in {@code [startInclusive, endExclusive)}, or the negated number
     *         in {@code [endExclusive, startInclusive)} if the end is before the start
     * @throws CalendarCoverageException if either date is not covered
     */
    public int workingDaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
        return offsetOf(startInclusive, endExclusive);
    }

    /**
     * Returns the working-day offset of a date from an origin (FORMULAS.md section 1): the number of
     * working days in {@code [origin, date)}, negated for a date before the origin. The first working
     * day on or after the origin has offset 0; a non-working date has the offset of the next working
     * day.
     *
     * @param origin a covered date, such as the project start
     * @param date a covered date
     * @return the offset
     * @throws CalendarCoverageException if either date is not covered
     */
    public int offsetOf(LocalDate origin, LocalDate date) {
        DayTable t = table();
        int o = t.indexOf(origin, this);
        int d = t.indexOf(date, this);
        return t.cumulative[d] - t.cumulative[o];
    }

    /**
     * Returns the date of working day {@code offset} counted from an origin (FORMULAS.md section 1).
     * Offset 0 is the first working day on or after the origin; offset -1 is the last working day
     * before the origin.
     *
     * @param origin a covered date, such as the project start
     * @param offset the working-day offset, negative for days before the origin
     * @return the working day
     * @throws CalendarCoverageException if the origin is not covered or the working day lies outside
     *         the coverage
     */
    public LocalDate dateOf(LocalDate origin, int offset) {
        DayTable t = table();
        int o = t.indexOf(origin, this);
        return LocalDate.ofEpochDay(t.workingEpochDay((long) t.cumulative[o] + offset, this, origin, offset));
    }

    /**
     * Returns a fast converter between offsets and dates for one origin, for engines that convert many.
     *
     * @param origin a covered date, such as the project start
     * @return the index
     * @throws CalendarCoverageException if the origin is not covered
     */
    public WorkingDayIndex index(LocalDate origin) {
        DayTable t = table();
        int o = t.indexOf(origin, this);
        return new WorkingDayIndex(this, origin, t, t.cumulative[o]);
    }

    /**
     * Returns whether another object is a calendar with the same name, weekend, holidays, make-up
     * working days and coverage.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorkCalendar c
                && name.equals(c.name)
                && builtIn == c.builtIn
                && weekendMask == c.weekendMask
                && Objects.equals(firstCovered, c.firstCovered)
                && Objects.equals(lastCovered, c.lastCovered)
                && holidays.equals(c.holidays)
                && workdays.equals(c.workdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, weekendMask, firstCovered, lastCovered, holidays, workdays);
    }

    /**
     * Returns a short description: {@code WorkCalendar[CN 2025-2026]}, {@code WorkCalendar[MON_FRI]},
     * or for a custom calendar also its weekend and the number of holidays and make-up working days.
     *
     * @return the description
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("WorkCalendar[").append(name);
        if (firstCovered != null) {
            s.append(' ').append(CalendarCoverageException.years(firstCovered, lastCovered));
        }
        if (!builtIn) {
            s.append(" weekend=").append(weekend)
                    .append(" holidays=").append(holidays.size())
                    .append(" workdays=").append(workdays.size());
        }
        return s.append(']').toString();
    }

    int firstYear() {
        return firstCovered == null ? MIN_SUPPORTED_YEAR : firstCovered.getValue();
    }

    int lastYear() {
        return lastCovered == null ? MAX_SUPPORTED_YEAR : lastCovered.getValue();
    }

    CalendarCoverageException notCovered(LocalDate date, String detail) {
        return new CalendarCoverageException(name, date, Year.of(firstYear()), Year.of(lastYear()), detail);
    }

    private DayTable table() {
        DayTable t = table;
        if (t == null) {
            t = firstCovered == null ? patternTable(weekendMask) : DayTable.build(this);
            table = t;
        }
        return t;
    }

    private static DayTable patternTable(int mask) {
        DayTable t = PATTERN_TABLES.get(mask);
        if (t == null) {
            DayTable built = DayTable.build(MIN_SUPPORTED_YEAR, MAX_SUPPORTED_YEAR, mask, new TreeSet<>(), new TreeSet<>());
            t = PATTERN_TABLES.compareAndExchange(mask, null, built);
            if (t == null) {
                t = built;
            }
        }
        return t;
    }

    private static int maskOf(Set<DayOfWeek> days) {
        int mask = 0;
        for (DayOfWeek d : days) {
            mask |= 1 << d.ordinal();
        }
        return mask;
    }

    private static void checkSupported(Year year, String what) {
        Objects.requireNonNull(year, what);
        if (year.getValue() < MIN_SUPPORTED_YEAR || year.getValue() > MAX_SUPPORTED_YEAR) {
            throw new IllegalArgumentException(
                    what + " must lie within " + MIN_SUPPORTED_YEAR + "-" + MAX_SUPPORTED_YEAR + ": " + year);
        }
    }

    private static void checkWithin(SortedSet<LocalDate> dates, String what, Year first, Year last) {
        for (LocalDate d : dates) {
            if (d.getYear() < first.getValue() || d.getYear() > last.getValue()) {
                throw new IllegalArgumentException(what + " " + d + " is outside the covered years "
                        + CalendarCoverageException.years(first, last));
            }
        }
    }

    private static SortedSet<LocalDate> sortedCopy(Collection<LocalDate> dates, String what) {
        Objects.requireNonNull(dates, what);
        SortedSet<LocalDate> copy = new TreeSet<>();
        for (LocalDate d : dates) {
            copy.add(Objects.requireNonNull(d, what + " must not contain null"));
        }
        return copy;
    }

    private static LocalDate min(SortedSet<LocalDate> a, SortedSet<LocalDate> b) {
        if (a.isEmpty()) {
            return b.first();
        }
        return b.isEmpty() || a.first().isBefore(b.first()) ? a.first() : b.first();
    }

    private static LocalDate max(SortedSet<LocalDate> a, SortedSet<LocalDate> b) {
        if (a.isEmpty()) {
            return b.last();
        }
        return b.isEmpty() || a.last().isAfter(b.last()) ? a.last() : b.last();
    }

    /**
     * The covered days as arrays: {@code cumulative[i]} is the number of working days before day
     * {@code i} (day 0 is January 1 of the first covered year), and {@code working[k]} is the epoch day
     * of working day {@code k}.
     */
    static final class DayTable {
        final long firstEpochDay;
        final int days;
        final int[] cumulative;
        final int[] working;

        private DayTable(long firstEpochDay, int[] cumulative, int[] working) {
            this.firstEpochDay = firstEpochDay;
            this.days = cumulative.length - 1;
            this.cumulative = cumulative;
            this.working = working;
        }

        static DayTable build(WorkCalendar c) {
            return build(c.firstYear(), c.lastYear(), c.weekendMask, c.holidays, c.workdays);
        }

        static DayTable build(int firstYear, int lastYear, int weekendMask, SortedSet<LocalDate> holidays,
                SortedSet<LocalDate> workdays) {
            long first = LocalDate.of(firstYear, 1, 1).toEpochDay();
            int days = (int) (LocalDate.of(lastYear + 1, 1, 1).toEpochDay() - first);
            boolean[] works = new boolean[days];
            int dow = LocalDate.ofEpochDay(first).getDayOfWeek().ordinal();
            for (int i = 0; i < days; i++) {
                works[i] = (weekendMask & (1 << dow)) == 0;
                dow = dow == 6 ? 0 : dow + 1;
            }
            for (LocalDate d : holidays) {
                works[(int) (d.toEpochDay() - first)] = false;
            }
            for (LocalDate d : workdays) {
                works[(int) (d.toEpochDay() - first)] = true;
            }
            int[] cumulative = new int[days + 1];
            for (int i = 0; i < days; i++) {
                cumulative[i + 1] = cumulative[i] + (works[i] ? 1 : 0);
            }
            int[] working = new int[cumulative[days]];
            for (int i = 0, k = 0; i < days; i++) {
                if (works[i]) {
                    working[k++] = (int) (first + i);
                }
            }
            return new DayTable(first, cumulative, working);
        }

        int indexOf(LocalDate date, WorkCalendar c) {
            Objects.requireNonNull(date, "date");
            return indexOfEpochDay(date.toEpochDay(), c);
        }

        int indexOfEpochDay(long epochDay, WorkCalendar c) {
            long i = epochDay - firstEpochDay;
            if (i < 0 || i >= days) {
                throw c.notCovered(LocalDate.ofEpochDay(epochDay), "");
            }
            return (int) i;
        }

        /** Returns the epoch day of working day {@code ordinal} of the table, or throws naming the request. */
        int workingEpochDay(long ordinal, WorkCalendar c, LocalDate origin, long offset) {
            if (ordinal >= 0 && ordinal < working.length) {
                return working[(int) ordinal];
            }
            throw beyond(ordinal, c, " (working day " + offset + " from " + origin + " lies "
                    + (ordinal < 0 ? "before" : "after") + " it)");
        }

        /** The exception for a working-day ordinal outside the table: it names the first date beyond. */
        CalendarCoverageException beyond(long ordinal, WorkCalendar c, String detail) {
            long epochDay = ordinal < 0 ? firstEpochDay - 1 : firstEpochDay + days;
            return c.notCovered(LocalDate.ofEpochDay(epochDay), detail);
        }
    }
}
