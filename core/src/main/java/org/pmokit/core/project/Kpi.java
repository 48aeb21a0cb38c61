package org.pmokit.core.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A key performance indicator of a goal: what is measured, in which unit, from which baseline to
 * which target, and the readings taken so far.
 *
 * <p>Every part but the name is optional so that an incomplete KPI can be read and reported by the
 * SMART rules rather than refused.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name what is measured
 * @param dimension which of the six KPI dimensions it belongs to
 * @param unit the unit, such as {@code %} or {@code CNY}
 * @param baseline the value before the project
 * @param target the value the goal aims at
 * @param direction whether the target is above or below the baseline
 * @param readings the values measured over time, in any order
 */
public record Kpi(
        @NonBlank @Size(max = Limits.NAME) String name,
        Optional<KpiDimension> dimension,
        Optional<@NonBlank @Size(max = Limits.NAME) String> unit,
        Optional<BigDecimal> baseline,
        Optional<BigDecimal> target,
        Optional<Direction> direction,
        List<@Valid KpiReading> readings) {

    /**
     * Checks and copies the parts.
     *
     * @param name what is measured
     * @param dimension the dimension
     * @param unit the unit
     * @param baseline the baseline value
     * @param target the target value
     * @param direction the direction
     * @param readings the readings
     */
    public Kpi {
        Checks.required(name, "name");
        Checks.required(dimension, "dimension");
        Checks.required(unit, "unit");
        Checks.required(baseline, "baseline");
        Checks.required(target, "target");
        Checks.required(direction, "direction");
        readings = List.copyOf(readings);
    }

    /**
     * Returns a complete KPI without readings.
     *
     * @param name what is measured
     * @param dimension the dimension
     * @param unit the unit
     * @param baseline the baseline value
     * @param target the target value
     * @param direction the direction
     * @return the KPI
     */
    public static Kpi of(String name, KpiDimension dimension, String unit, BigDecimal baseline, BigDecimal target,
            Direction direction) {
        return new Kpi(name, Optional.of(dimension), Optional.of(unit), Optional.of(baseline), Optional.of(target),
                Optional.of(direction), List.of());
    }
}
