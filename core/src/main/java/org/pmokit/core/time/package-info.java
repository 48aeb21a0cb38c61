/**
 * Working days: a {@link org.pmokit.core.time.WorkCalendar} (weekend days, holidays and make-up
 * working days, over a declared range of years) and the working-day offsets of FORMULAS.md section 1
 * that the schedule engines count in.
 *
 * <p>The built-in calendars are {@link org.pmokit.core.time.WorkCalendar#MON_FRI} and
 * {@link org.pmokit.core.time.WorkCalendar#CN}, China mainland with the statutory holidays and make-up
 * working days of 2025 and 2026, read from a data resource. A question about a date that a calendar
 * has no data for throws {@link org.pmokit.core.time.CalendarCoverageException}; it is never answered
 * as if the year were Monday to Friday. {@link org.pmokit.core.time.WorkingDayIndex} converts many
 * offsets from one origin by array lookup.
 */
package org.pmokit.core.time;
