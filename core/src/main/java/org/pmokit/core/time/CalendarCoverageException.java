package org.pmokit.core.time;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;

/**
 * Thrown when a working-day question needs a date that a {@link WorkCalendar} has no data for.
 *
 * <p>A calendar never answers silently for a year it does not know: the message names the calendar,
 * the date and the covered years, for example
 * {@code calendar CN has no data for 2027-03-01; it covers 2025-2026}. When arithmetic walks off the
 * end of the data, the date is the first date beyond it and the message says which working day was
 * asked for. Use {@link WorkCalendar#covers(LocalDate)} to ask without an exception.
 */
public final class CalendarCoverageException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The name of the calendar. */
    private final String calendarName;
    /** The date without data. */
    private final LocalDate date;
    /** The first year with data. */
    private final Year firstCoveredYear;
    /** The last year with data. */
    private final Year lastCoveredYear;

    /**
     * Creates the exception for a date outside a calendar's data.
     *
     * @param calendarName the name of the calendar, such as {@code CN}
     * @param date the date without data
     * @param firstCoveredYear the first year with data
     * @param lastCoveredYear the last year with data
     */
    public CalendarCoverageException(String calendarName, LocalDate date, Year firstCoveredYear, Year lastCoveredYear) {
        this(calendarName, date, firstCoveredYear, lastCoveredYear, "");
    }

    CalendarCoverageException(String calendarName, LocalDate date, Year firstCoveredYear, Year lastCoveredYear,
            String detail) {
        super("calendar " + calendarName + " has no data for " + date + "; it covers "
                + years(firstCoveredYear, lastCoveredYear) + detail);
        this.calendarName = Objects.requireNonNull(calendarName, "calendarName");
        this.date = Objects.requireNonNull(date, "date");
        this.firstCoveredYear = Objects.requireNonNull(firstCoveredYear, "firstCoveredYear");
        this.lastCoveredYear = Objects.requireNonNull(lastCoveredYear, "lastCoveredYear");
    }

    /**
     * Returns the name of the calendar.
     *
     * @return the calendar name, such as {@code CN}
     */
    public String calendarName() {
        return calendarName;
    }

    /**
     * Returns the date without data: the date asked about, or the first date beyond the data that
     * arithmetic needed.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns the first year the calendar has data for.
     *
     * @return the first covered year
     */
    public Year firstCoveredYear() {
        return firstCoveredYear;
    }

    /**
     * Returns the last year the calendar has data for.
     *
     * @return the last covered year
     */
    public Year lastCoveredYear() {
        return lastCoveredYear;
    }

    static String years(Year first, Year last) {
        return first.equals(last) ? first.toString() : first + "-" + last;
    }
}
