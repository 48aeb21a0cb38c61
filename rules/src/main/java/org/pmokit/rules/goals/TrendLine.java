package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.KpiReading;

/**
 * The least-squares line through a KPI's readings: value against date, with the date counted in
 * calendar days.
 *
 * <p>For {@code n} readings {@code (x, y)}, with {@code x} the day number, the slope is
 * {@code b = N / D} with {@code N = n Sxy - Sx Sy} and {@code D = n Sxx - Sx^2}, and the line's value
 * at day {@code x} is {@code (Sy D + N (n x - Sx)) / (n D)}. The sums are exact ({@code long} days,
 * {@link BigDecimal} values), so the sign of the slope and the comparison of the line with a value
 * at a date are exact; only {@link #slopePerDay(MathContext)} and {@link #valueAt(LocalDate, MathContext)}
 * round, for display and for metrics.
 *
 * <p>A line needs readings on at least two different dates.
 *
 * <p>This class is immutable and thread-safe.
 */
final class TrendLine {

    private final int count;
    private final long origin;
    private final BigDecimal n;
    private final BigDecimal sx;
    private final BigDecimal numerator;
    private final BigDecimal denominator;
    /** {@code Sy D}, the constant term of {@link #scaledValueAt}. */
    private final BigDecimal syTimesDenominator;
    /** {@code n D}, the scale of {@link #scaledValueAt}. */
    private final BigDecimal nTimesDenominator;

    private TrendLine(int count, long origin, BigDecimal sx, BigDecimal sy, BigDecimal numerator,
            BigDecimal denominator) {
        this.count = count;
        this.origin = origin;
        this.n = BigDecimal.valueOf(count);
        this.sx = sx;
        this.numerator = numerator;
        this.denominator = denominator;
        // exact products, made once: a line is asked its value at a date more than once
        this.syTimesDenominator = sy.multiply(denominator);
        this.nTimesDenominator = n.multiply(denominator);
    }

    /**
     * Fits the line through readings, in any order.
     *
     * @param readings the readings
     * @return the line, or empty if the readings fall on fewer than two dates
     */
    static Optional<TrendLine> fit(List<KpiReading> readings) {
        Objects.requireNonNull(readings, "readings");
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        // two dates or more: some date differs from the first
        LocalDate first = readings.get(0).date();
        long origin = first.toEpochDay();
        boolean twoDates = false;
        for (KpiReading r : readings) {
            twoDates |= !r.date().equals(first);
            origin = Math.min(origin, r.date().toEpochDay());
        }
        if (!twoDates) {
            return Optional.empty();
        }
        BigDecimal sx = BigDecimal.ZERO;
        BigDecimal sy = BigDecimal.ZERO;
        BigDecimal sxx = BigDecimal.ZERO;
        BigDecimal sxy = BigDecimal.ZERO;
        for (KpiReading r : readings) {
            BigDecimal x = BigDecimal.valueOf(r.date().toEpochDay() - origin);
            sx = sx.add(x);
            sy = sy.add(r.value());
            sxx = sxx.add(x.multiply(x));
            sxy = sxy.add(x.multiply(r.value()));
        }
        BigDecimal n = BigDecimal.valueOf(readings.size());
        BigDecimal numerator = n.multiply(sxy).subtract(sx.multiply(sy));
        BigDecimal denominator = n.multiply(sxx).subtract(sx.multiply(sx));
        return Optional.of(new TrendLine(readings.size(), origin, sx, sy, numerator, denominator));
    }

    /**
     * Returns the number of readings the line was fitted to.
     *
     * @return the count, at least 2
     */
    int count() {
        return count;
    }

    /**
     * Returns the sign of the slope, exactly.
     *
     * @return 1 if the line rises, -1 if it falls, 0 if it is flat
     */
    int slopeSign() {
        return numerator.signum();
    }

    /**
     * Returns the slope, in value per calendar day.
     *
     * @param mc the precision
     * @return the slope
     */
    BigDecimal slopePerDay(MathContext mc) {
        return numerator.divide(denominator, mc);
    }

    /**
     * Compares the line's value at a date with a value, exactly.
     *
     * @param date the date
     * @param value the value
     * @return negative, zero or positive as the line's value at the date is below, at or above the value
     */
    int compareAt(LocalDate date, BigDecimal value) {
        return scaledValueAt(date).compareTo(value.multiply(nTimesDenominator));
    }

    /**
     * Returns the line's value at a date.
     *
     * @param date the date
     * @param mc the precision
     * @return the value
     */
    BigDecimal valueAt(LocalDate date, MathContext mc) {
        return scaledValueAt(date).divide(nTimesDenominator, mc);
    }

    /** {@code n D} times the value at the date: {@code Sy D + N (n x - Sx)}. */
    private BigDecimal scaledValueAt(LocalDate date) {
        BigDecimal x = BigDecimal.valueOf(date.toEpochDay() - origin);
        return syTimesDenominator.add(numerator.multiply(n.multiply(x).subtract(sx)));
    }
}
