package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.KpiReading;
import org.pmokit.rules.Decimals;

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
    /**
     * The same terms as unscaled {@code long}s at the scale {@link #valueScale}, when they fit
     * ({@link LongTerms}); null otherwise.
     */
    private final LongTerms exact;

    private TrendLine(int count, long origin, BigDecimal sx, BigDecimal sy, BigDecimal numerator,
            BigDecimal denominator, LongTerms exact) {
        this.count = count;
        this.origin = origin;
        this.n = BigDecimal.valueOf(count);
        this.sx = sx;
        this.numerator = numerator;
        this.denominator = denominator;
        // exact products, made once: a line is asked its value at a date more than once
        this.syTimesDenominator = sy.multiply(denominator);
        this.nTimesDenominator = n.multiply(denominator);
        this.exact = exact;
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
        LongTerms terms = LongTerms.of(readings, origin);
        if (terms != null) {
            return Optional.of(terms.line(readings.size(), origin));
        }
        return Optional.of(fitDecimals(readings, origin));
    }

    /** The line from sums taken in {@link BigDecimal}: any values, any dates. */
    static TrendLine fitDecimals(List<KpiReading> readings, long origin) {
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
        return new TrendLine(readings.size(), origin, sx, sy, numerator, denominator, null);
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
        if (exact != null) {
            BigDecimal value = exact.scaledValueAt(date.toEpochDay() - origin, count);
            if (value != null) {
                return value;
            }
        }
        BigDecimal x = BigDecimal.valueOf(date.toEpochDay() - origin);
        return syTimesDenominator.add(numerator.multiply(n.multiply(x).subtract(sx)));
    }

    /**
     * The sums and terms of a line in {@code long} arithmetic, for the usual readings: values of at
     * most 18 digits at a scale from 0 to 18, on dates near each other. Each {@link BigDecimal} sum
     * above has the scale S of the reading with the most decimals (x has scale 0; a sum or product
     * takes the larger or the summed scale), so every term is an integer number of units of
     * 10<sup>-S</sup>: here those integers are computed exactly with {@link Math#addExact} and its
     * kin, and a term made from them with {@link BigDecimal#valueOf(long, int)} has the same value
     * and the same scale as the {@code BigDecimal} way's, so that every division of it rounds alike.
     * Any overflow leaves the line to the {@code BigDecimal} way.
     */
    private static final class LongTerms {

        /** The largest scale taken: 10^18 still fits in a {@code long}. */
        private static final int MAX_SCALE = 18;

        private final int scale;
        private final long sx;
        private final long sy;
        private final long numerator;
        private final long denominator;
        private final long syTimesDenominator;

        private LongTerms(int scale, long sx, long sy, long numerator, long denominator, long syTimesDenominator) {
            this.scale = scale;
            this.sx = sx;
            this.sy = sy;
            this.numerator = numerator;
            this.denominator = denominator;
            this.syTimesDenominator = syTimesDenominator;
        }

        /** The terms, or null when a value does not qualify or a sum overflows. */
        static LongTerms of(List<KpiReading> readings, long origin) {
            int scale = 0;
            for (KpiReading r : readings) {
                BigDecimal y = r.value();
                if (y.scale() < 0 || y.scale() > MAX_SCALE || y.precision() > MAX_SCALE) {
                    return null;
                }
                scale = Math.max(scale, y.scale());
            }
            try {
                long sx = 0;
                long sy = 0;
                long sxx = 0;
                long sxy = 0;
                for (KpiReading r : readings) {
                    long x = Math.subtractExact(r.date().toEpochDay(), origin);
                    BigDecimal value = r.value();
                    long y = Math.multiplyExact(value.scaleByPowerOfTen(value.scale()).longValueExact(),
                            Decimals.tenPower(scale - value.scale()));
                    sx = Math.addExact(sx, x);
                    sy = Math.addExact(sy, y);
                    sxx = Math.addExact(sxx, Math.multiplyExact(x, x));
                    sxy = Math.addExact(sxy, Math.multiplyExact(x, y));
                }
                long n = readings.size();
                long numerator = Math.subtractExact(Math.multiplyExact(n, sxy), Math.multiplyExact(sx, sy));
                long denominator = Math.subtractExact(Math.multiplyExact(n, sxx), Math.multiplyExact(sx, sx));
                Math.multiplyExact(n, denominator); // n D must fit too
                return new LongTerms(scale, sx, sy, numerator, denominator, Math.multiplyExact(sy, denominator));
            } catch (ArithmeticException overflow) {
                return null;
            }
        }

        /** The line, with its {@code BigDecimal} terms made from these. */
        TrendLine line(int count, long origin) {
            return new TrendLine(count, origin, BigDecimal.valueOf(sx), BigDecimal.valueOf(sy, scale),
                    BigDecimal.valueOf(numerator, scale), BigDecimal.valueOf(denominator), this);
        }

        /** {@code Sy D + N (n x - Sx)} at scale S, or null when it overflows a {@code long}. */
        BigDecimal scaledValueAt(long x, int count) {
            try {
                long offset = Math.subtractExact(Math.multiplyExact(count, x), sx);
                return BigDecimal.valueOf(Math.addExact(syTimesDenominator, Math.multiplyExact(numerator, offset)), scale);
            } catch (ArithmeticException overflow) {
                return null;
            }
        }
    }
}
