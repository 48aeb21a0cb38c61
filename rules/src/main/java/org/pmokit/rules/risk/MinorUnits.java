package org.pmokit.rules.risk;

import java.math.BigDecimal;
import org.pmokit.rules.Decimals;

/**
 * Exact arithmetic on decimals held as unscaled {@code long} values, the fast path of the risk
 * pack's money: an EMV (amount x probability, rounded half-even) and the sums of EMVs, without a
 * {@link BigDecimal} per step. Every method answers {@link #NONE} where the exact result would not
 * fit, and the caller then takes the general {@link BigDecimal} way, so the fast path never
 * changes a result: it either gives the very number the general way gives, or none.
 *
 * <p>A decimal of at most 18 digits has an unscaled value below 10<sup>18</sup> in magnitude,
 * which a {@code long} holds and which {@link BigDecimal} keeps in its compact form; larger ones
 * are left to the general way even where they would fit, which keeps the test simple.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MinorUnits {

    /** No result: the exact value does not fit (never a valid result: every result is above it). */
    static final long NONE = Long.MIN_VALUE;

    /** The largest precision whose every unscaled value fits in a {@code long}. */
    private static final int LONG_DIGITS = 18;

    private MinorUnits() {
    }

    /**
     * Returns the unscaled value of a decimal of at most 18 digits, such as 12345 for 123.45.
     * Moving the point by the scale gives the same unscaled value at scale 0, whose
     * {@link BigDecimal#longValue()} is that value, exactly; the intermediate decimal does not
     * escape, so the JIT need not allocate it.
     *
     * @param value the decimal
     * @return its unscaled value, or {@link #NONE} if it has more than 18 digits
     */
    static long unscaled(BigDecimal value) {
        return value.precision() <= LONG_DIGITS ? value.scaleByPowerOfTen(value.scale()).longValue() : NONE;
    }

    /**
     * Returns {@code amount x factor}, rounded half-even to the amount's scale, as an unscaled
     * value at that scale: what {@code amount.multiply(factor).setScale(amount.scale(),
     * RoundingMode.HALF_EVEN)} holds, without the decimals.
     *
     * <p>The exact product of the unscaled values is at scale {@code amount.scale() +
     * factor.scale()}; dividing it by 10<sup>factor.scale()</sup> with half-even rounding brings it
     * to the amount's scale. Both values have at most 18 digits, the factor's scale is 0 to 18 (so
     * that the divisor fits), and the product is checked for overflow with
     * {@link Math#multiplyHigh}.
     *
     * @param amount the amount
     * @param factor the factor
     * @return the rounded product's unscaled value, or {@link #NONE} where it might not fit
     */
    static long timesHalfEven(BigDecimal amount, BigDecimal factor) {
        int shift = factor.scale();
        if (shift < 0 || shift > LONG_DIGITS) {
            return NONE;
        }
        long a = unscaled(amount);
        long f = unscaled(factor);
        if (a == NONE || f == NONE) {
            return NONE;
        }
        long product = times(a, f);
        return product == NONE ? NONE : divideHalfEven(product, Decimals.tenPower(shift));
    }

    /**
     * Returns the exact product of two values.
     *
     * @param a a value or {@link #NONE}
     * @param b a value or {@link #NONE}
     * @return {@code a x b}, or {@link #NONE} if either is {@link #NONE} or the product needs more
     *     than 64 bits (found with {@link Math#multiplyHigh}) or is {@link #NONE}
     */
    static long times(long a, long b) {
        if (a == NONE || b == NONE) {
            return NONE;
        }
        long product = a * b;
        return Math.multiplyHigh(a, b) != product >> 63 ? NONE : product;
    }

    /**
     * Returns the largest multiple of 10<sup>-to</sup> that is at most the value {@code unscaled x
     * 10<sup>-from</sup>}, as an unscaled value at scale {@code to}: the value itself, exactly,
     * when {@code to} is at least {@code from}, else the value rounded toward negative infinity.
     *
     * @param unscaled an unscaled value or {@link #NONE}
     * @param from its scale
     * @param to the scale of the result
     * @return the floor at scale {@code to}, or {@link #NONE} if it does not fit (or the scales are
     *     more than 18 apart)
     */
    static long floor(long unscaled, int from, int to) {
        long shift = (long) to - from;
        if (unscaled == NONE || Math.abs(shift) > LONG_DIGITS) {
            return NONE;
        }
        return shift >= 0 ? times(unscaled, Decimals.tenPower((int) shift))
                : Math.floorDiv(unscaled, Decimals.tenPower((int) -shift));
    }

    /**
     * Returns {@code n / d} rounded half-even: to the nearest integer, and to the even one of two
     * that are equally near.
     *
     * @param n the dividend, not {@link #NONE}
     * @param d the divisor, above zero
     * @return the rounded quotient
     */
    static long divideHalfEven(long n, long d) {
        long q = n / d;
        long r = n % d; // the sign of n, |r| < d
        if (r == 0) {
            return q;
        }
        long twice = 2 * Math.abs(r); // below 2d: no overflow for d up to 10^18
        if (twice > d || twice == d && (q & 1) != 0) {
            return n < 0 ? q - 1 : q + 1;
        }
        return q;
    }

    /**
     * Returns the sum of two unscaled values at the same scale.
     *
     * @param a a value or {@link #NONE}
     * @param b a value or {@link #NONE}
     * @return the exact sum, or {@link #NONE} if either is {@link #NONE} or the sum overflows or
     *     is {@link #NONE}
     */
    static long plus(long a, long b) {
        if (a == NONE || b == NONE) {
            return NONE;
        }
        long sum = a + b;
        return ((a ^ sum) & (b ^ sum)) < 0 ? NONE : sum; // the sign flipped: overflow
    }
}
