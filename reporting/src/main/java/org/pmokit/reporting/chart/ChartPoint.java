package org.pmokit.reporting.chart;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One point of a time series: a date and a value, such as the cumulative planned value at a month end.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date the date
 * @param value the value, finite
 */
public record ChartPoint(LocalDate date, double value) {

    /**
     * Checks the parts.
     *
     * @param date the date
     * @param value the value
     */
    public ChartPoint {
        Objects.requireNonNull(date, "date");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("a chart value must be finite: " + value + " at " + date);
        }
    }
}
