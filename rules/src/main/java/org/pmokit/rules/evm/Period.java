package org.pmokit.rules.evm;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The length of the periods of an {@link EvmSeries}: the series has a point at the end of each period
 * from the project start to the status date, and one at the status date itself.
 */
public enum Period {
    /** Weeks ending on Sunday (ISO 8601 weeks). */
    WEEK,
    /** Calendar months, ending on their last day. */
    MONTH;

    /**
     * Returns the last day of the period that holds a date.
     *
     * @param date the date
     * @return the Sunday on or after it, or the last day of its month
     */
    public LocalDate endOf(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return switch (this) {
            case WEEK -> date.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> date.with(TemporalAdjusters.lastDayOfMonth());
        };
    }

    /**
     * Returns the dates of a series: the end of every period from the one that holds the start up to
     * the status date, and the status date itself (once, if it ends a period); only the status date if
     * it is before the end of the first period.
     *
     * @param start the project start
     * @param statusDate the status date
     * @return the dates, ascending, the last one the status date
     */
    public List<LocalDate> ends(LocalDate start, LocalDate statusDate) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(statusDate, "statusDate");
        List<LocalDate> ends = new ArrayList<>();
        for (LocalDate end = endOf(start); end.isBefore(statusDate); end = endOf(end.plusDays(1))) {
            ends.add(end);
        }
        ends.add(statusDate);
        return List.copyOf(ends);
    }

    /** {@link #ends} as epoch days. */
    long[] endEpochDays(LocalDate start, LocalDate statusDate) {
        long status = statusDate.toEpochDay();
        if (this == WEEK) {
            long first = endOf(start).toEpochDay();
            int n = first >= status ? 0 : (int) ((status - first - 1) / 7) + 1;
            long[] ends = new long[n + 1];
            for (int i = 0; i < n; i++) {
                ends[i] = first + 7L * i;
            }
            ends[n] = status;
            return ends;
        }
        List<LocalDate> dates = ends(start, statusDate);
        long[] ends = new long[dates.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = dates.get(i).toEpochDay();
        }
        return ends;
    }
}
