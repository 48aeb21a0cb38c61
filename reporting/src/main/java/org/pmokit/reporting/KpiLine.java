package org.pmokit.reporting;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.rules.MetricValue;

/**
 * A goal's KPI as a report shows it: what it measures, from the baseline value to the target value,
 * and how far it has come (the goals pack's {@code goals.<id>.kpi.progress} and
 * {@code goals.<id>.kpi.forecast} metrics).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the KPI's name
 * @param dimension its dimension
 * @param unit its unit
 * @param baseline the baseline value
 * @param target the target value
 * @param direction the way it must move
 * @param progress the share of the way from baseline to target, a ratio, or undefined with the reason
 * @param forecast the trend's value at the goal's deadline, a quantity, or undefined with the reason
 */
public record KpiLine(String name, Optional<KpiDimension> dimension, Optional<String> unit,
        Optional<BigDecimal> baseline, Optional<BigDecimal> target, Optional<Direction> direction,
        MetricValue progress, MetricValue forecast) {

    /**
     * Checks the parts.
     *
     * @param name the name
     * @param dimension the dimension
     * @param unit the unit
     * @param baseline the baseline value
     * @param target the target value
     * @param direction the direction
     * @param progress the progress
     * @param forecast the forecast
     */
    public KpiLine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dimension, "dimension");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(direction, "direction");
        Objects.requireNonNull(progress, "progress");
        Objects.requireNonNull(forecast, "forecast");
    }
}
