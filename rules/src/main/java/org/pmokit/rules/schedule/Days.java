package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.List;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkingDayIndex;

/**
 * Dates to working-day offsets and back, as FORMULAS.md section 1 defines them for starts, finishes
 * and milestones.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Days {

    private Days() {
    }

    /**
     * The offset of a start on a date: the first working day on or after it.
     *
     * @throws ScheduleInputException naming {@code what} if the date is not covered
     */
    static int startOffset(WorkingDayIndex days, LocalDate date, String what) {
        try {
            return days.offsetOf(date);
        } catch (CalendarCoverageException e) {
            throw notCovered(what, date, e);
        }
    }

    /**
     * The number of working days from the origin through a date: the exclusive finish offset of work
     * that ends on that date (on the working day before it, if it is a day off).
     *
     * @throws ScheduleInputException naming {@code what} if the date is not covered
     */
    static int finishCount(WorkingDayIndex days, LocalDate date, String what) {
        try {
            int offset = days.offsetOf(date);
            return days.calendar().isWorkingDay(date) ? offset + 1 : offset;
        } catch (CalendarCoverageException e) {
            throw notCovered(what, date, e);
        }
    }

    /** The working day of a start offset: the offset itself; for a milestone, its date. */
    static int startDay(int offset, boolean milestone) {
        return milestone ? milestoneDay(offset) : offset;
    }

    /** The working day of an exclusive finish offset: the day before it; for a milestone, its date. */
    static int finishDay(int offset, boolean milestone) {
        return milestone ? milestoneDay(offset) : offset - 1;
    }

    /** The working day of a milestone at a boundary: the day before it, day 0 for the boundary 0. */
    static int milestoneDay(int offset) {
        return offset == 0 ? 0 : offset - 1;
    }

    private static ScheduleInputException notCovered(String what, LocalDate date, CalendarCoverageException e) {
        return new ScheduleInputException(what + " " + date + " is outside the calendar: " + e.getMessage(),
                List.of());
    }
}
