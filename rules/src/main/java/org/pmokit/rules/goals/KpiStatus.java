package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiReading;

/**
 * What the readings of one goal's KPI say at the status date: the latest reading, the progress
 * from baseline to target, and the trend line.
 *
 * <p>Only readings on or before the status date count. The latest reading is the one with the
 * latest date; several readings on that date count as their mean. The progress is
 * {@code (latest - baseline) / (target - baseline)}: 0 at the baseline, 1 at the target, negative
 * when the KPI moved away from the target, above 1 when it passed it; it is computed with
 * {@link MathContext#DECIMAL64} (16 significant digits) and then held as a {@code double}. The
 * trend is the least-squares line through the counted readings ({@link TrendLine}).
 *
 * <p>The way the KPI must move is the sign of {@code target - baseline} when both are given and
 * differ, else the KPI's declared direction, else unknown.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param goal the goal
 * @param kpi its KPI
 * @param readings the readings on or before the status date, by date
 * @param latest the latest reading's value
 * @param way 1 if the KPI must rise, -1 if it must fall, 0 if unknown
 * @param trend the trend line, if the readings fall on two dates or more
 */
record KpiStatus(Goal goal, Kpi kpi, List<KpiReading> readings, Optional<BigDecimal> latest, int way,
        Optional<TrendLine> trend) {

    /** The precision of divisions. */
    static final MathContext PRECISION = MathContext.DECIMAL64;

    /** The order of the counted readings: by date, then by value. */
    private static final Comparator<KpiReading> BY_DATE_AND_VALUE = KpiStatus::compareReadings;

    /**
     * Reads a goal's KPI at a status date.
     *
     * @param goal the goal
     * @param kpi its KPI
     * @param statusDate the status date
     * @return the status
     */
    static KpiStatus of(Goal goal, Kpi kpi, LocalDate statusDate) {
        List<KpiReading> sorted = new ArrayList<>(kpi.readings().size());
        for (KpiReading r : kpi.readings()) {
            if (!r.date().isAfter(statusDate)) {
                sorted.add(r);
            }
        }
        sorted.sort(BY_DATE_AND_VALUE);
        List<KpiReading> counted = List.copyOf(sorted);
        Optional<BigDecimal> latest = Optional.empty();
        if (!counted.isEmpty()) {
            LocalDate last = counted.get(counted.size() - 1).date();
            // the readings on the last date end the sorted list
            BigDecimal sum = BigDecimal.ZERO;
            int values = 0;
            for (int i = counted.size() - 1; i >= 0 && counted.get(i).date().equals(last); i--) {
                values++;
            }
            for (int i = counted.size() - values; i < counted.size(); i++) {
                sum = sum.add(counted.get(i).value());
            }
            latest = Optional.of(values == 1 ? sum : sum.divide(BigDecimal.valueOf(values), PRECISION));
        }
        return new KpiStatus(goal, kpi, counted, latest, way(kpi), TrendLine.fit(counted));
    }

    /** Readings by date, then by value. */
    private static int compareReadings(KpiReading a, KpiReading b) {
        int c = a.date().compareTo(b.date());
        return c != 0 ? c : a.value().compareTo(b.value());
    }

    private static int way(Kpi kpi) {
        if (kpi.baseline().isPresent() && kpi.target().isPresent()) {
            int sign = kpi.target().get().compareTo(kpi.baseline().get());
            if (sign != 0) {
                return sign;
            }
        }
        return kpi.direction().map(d -> d == Direction.INCREASE ? 1 : -1).orElse(0);
    }

    /**
     * Returns the share of the way from baseline to target that the latest reading has come.
     *
     * @return the progress, or empty if there is no reading, baseline or target, or the target
     *     equals the baseline
     */
    Optional<BigDecimal> progress() {
        if (latest.isEmpty() || kpi.baseline().isEmpty() || kpi.target().isEmpty()) {
            return Optional.empty();
        }
        BigDecimal span = kpi.target().get().subtract(kpi.baseline().get());
        if (span.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(latest.get().subtract(kpi.baseline().get()).divide(span, PRECISION));
    }

    /**
     * Returns whether the latest reading already meets the target in the way the KPI must move.
     *
     * @return true if it does
     */
    boolean reached() {
        return latest.isPresent() && kpi.target().isPresent() && way != 0
                && latest.get().compareTo(kpi.target().get()) * way >= 0;
    }

    /**
     * Returns whether the trend moves away from the way the KPI must go.
     *
     * @return true if the trend's slope has the opposite sign
     */
    boolean movingTheWrongWay() {
        return trend.isPresent() && way != 0 && trend.get().slopeSign() * way < 0;
    }

    /**
     * Returns the decimals in which to show computed values: one more than the most any of the
     * KPI's given values has.
     *
     * @return the scale
     */
    int displayScale() {
        int most = 0;
        if (kpi.baseline().isPresent()) {
            most = Math.max(most, decimals(kpi.baseline().get()));
        }
        if (kpi.target().isPresent()) {
            most = Math.max(most, decimals(kpi.target().get()));
        }
        for (KpiReading r : kpi.readings()) {
            most = Math.max(most, decimals(r.value()));
        }
        return most + 1;
    }

    /** The decimals a value needs, trailing zeros dropped: 0 for a whole number. */
    private static int decimals(BigDecimal value) {
        return Math.max(value.stripTrailingZeros().scale(), 0);
    }
}
