package org.pmokit.core.time;

import java.time.LocalDate;

/**
 * Converts between working-day offsets and dates for one calendar and one origin, the project start,
 * by array lookup: for engines that convert millions of offsets. Obtained from
 * {@link WorkCalendar#index(LocalDate)}.
 *
 * <p>The offsets are those of FORMULAS.md section 1 and agree with
 * {@link WorkCalendar#offsetOf(LocalDate, LocalDate)} and {@link WorkCalendar#dateOf(LocalDate, int)}:
 * offset 0 is the first working day on or after the origin. The offsets with a date within the
 * calendar's coverage run from {@link #minOffset()} to {@link #maxOffset()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingDayIndex {

    private final WorkCalendar calendar;
    private final LocalDate origin;
    private final WorkCalendar.DayTable table;
    /** The number of working days in the table before the origin. */
    private final int originOrdinal;

    WorkingDayIndex(WorkCalendar calendar, LocalDate origin, WorkCalendar.DayTable table, int originOrdinal) {
        this.calendar = calendar;
        this.origin = origin;
        this.table = table;
        this.originOrdinal = originOrdinal;
    }

    /**
     * Returns the calendar.
     *
     * @return the calendar
     */
    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the origin, the date from which offsets are counted.
     *
     * @return the origin
     */
    public LocalDate origin() {
        return origin;
    }

    /**
     * Returns the lowest offset whose working day lies within the coverage.
     *
     * @return the offset of the first covered working day, zero or negative (one more than
     *         {@link #maxOffset()} if the coverage has no working day)
     */
    public int minOffset() {
        return -originOrdinal;
    }

    /**
     * Returns the highest offset whose working day lies within the coverage.
     *
     * @return the offset of the last covered working day, -1 if there is none on or after the origin
     */
    public int maxOffset() {
        return table.working.length - 1 - originOrdinal;
    }

    /**
     * Returns the offset of a date: the number of working days in {@code [origin, date)}, negated for
     * a date before the origin.
     *
     * @param date a covered date
     * @return the offset
     * @throws CalendarCoverageException if the date is not covered
     */
    public int offsetOf(LocalDate date) {
        return table.cumulative[table.indexOf(date, calendar)] - originOrdinal;
    }

    /**
     * Returns the offset of a date given as an epoch day ({@link LocalDate#toEpochDay()}).
     *
     * @param epochDay a covered date as an epoch day
     * @return the offset
     * @throws CalendarCoverageException if the date is not covered
     */
    public int offsetOfEpochDay(long epochDay) {
        return table.cumulative[table.indexOfEpochDay(epochDay, calendar)] - originOrdinal;
    }

    /**
     * Returns the date of working day {@code offset}.
     *
     * @param offset the offset, negative for working days before the origin
     * @return the working day
     * @throws CalendarCoverageException if the working day lies outside the coverage
     */
    public LocalDate dateOf(int offset) {
        return LocalDate.ofEpochDay(epochDayOf(offset));
    }

    /**
     * Returns the date of working day {@code offset} as an epoch day, allocating nothing.
     *
     * @param offset the offset, negative for working days before the origin
     * @return the working day as an epoch day ({@link LocalDate#toEpochDay()})
     * @throws CalendarCoverageException if the working day lies outside the coverage
     */
    public long epochDayOf(int offset) {
        return table.workingEpochDay((long) originOrdinal + offset, calendar, origin, offset);
    }

    /**
     * Returns whether another object is an index of an equal calendar from the same origin.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingDayIndex i && calendar.equals(i.calendar) && origin.equals(i.origin);
    }

    @Override
    public int hashCode() {
        return 31 * calendar.hashCode() + origin.hashCode();
    }

    /**
     * Returns a short description, such as {@code WorkingDayIndex[WorkCalendar[CN 2025-2026] from 2026-01-05]}.
     *
     * @return the description
     */
    @Override
    public String toString() {
        return "WorkingDayIndex[" + calendar + " from " + origin + "]";
    }
}
