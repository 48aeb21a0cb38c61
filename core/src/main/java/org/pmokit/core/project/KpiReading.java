package org.pmokit.core.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A value of a KPI measured on a date.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date when it was measured
 * @param value the measured value, in the KPI's unit
 */
public record KpiReading(LocalDate date, BigDecimal value) {

    /**
     * Checks the parts.
     *
     * @param date when it was measured
     * @param value the value
     */
    public KpiReading {
        Checks.required(date, "date");
        Checks.required(value, "value");
    }
}
