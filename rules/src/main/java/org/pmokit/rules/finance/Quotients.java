package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Objects;

/**
 * Divides decimals exactly as {@link BigDecimal#divide(BigDecimal, MathContext)} does, but without
 * its cost when the quotient is exact: {@code 0.1}, {@code 0.36} or {@code 3.8}. There
 * {@code BigDecimal} computes the quotient to the full precision (34 digits for
 * {@link MathContext#DECIMAL128}) and then strips the trailing zeros one {@code BigInteger}
 * division at a time, about 30 divisions; here the quotient is built directly.
 *
 * <p>The fast path takes a dividend and a divisor whose unscaled values fit in a {@code long}. With
 * x / y reduced to n / d in lowest terms (d &gt; 0), the quotient is a finite decimal exactly when
 * d = 2<sup>i</sup> 5<sup>j</sup>; then, with k = max(i, j), it is n &middot; (10<sup>k</sup> / d)
 * at scale k + (scale of x) - (scale of y). As the specification of {@code divide} requires for an
 * exact quotient of at most the context's precision in digits, the result has the scale closest to
 * the preferred scale (scale of x - scale of y), which is at most the scale above: trailing zeros
 * are dropped down to it. Every other case (an inexact quotient, more digits than the precision or a {@code long}
 * holds, a zero divisor) is left to {@code BigDecimal}, so the result is always the same value
 * with the same scale.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Quotients {

    /** Powers of ten that fit in a {@code long}: 10^0 to 10^18. */
    private static final long[] TEN_POWERS = tenPowers();

    private Quotients() {
    }

    private static long[] tenPowers() {
        long[] powers = new long[19];
        powers[0] = 1;
        for (int i = 1; i < powers.length; i++) {
            powers[i] = powers[i - 1] * 10;
        }
        return powers;
    }

    /**
     * Returns {@code dividend.divide(divisor, mc)}.
     *
     * @param dividend the dividend
     * @param divisor the divisor
     * @param mc the precision and rounding
     * @return the quotient, equal in value and scale to {@code BigDecimal}'s
     * @throws ArithmeticException as {@code BigDecimal#divide} throws (division by zero, or an
     *     inexact quotient with {@link java.math.RoundingMode#UNNECESSARY})
     */
    static BigDecimal divide(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
        BigDecimal exact = exactQuotient(dividend, divisor, mc);
        return exact != null ? exact : dividend.divide(divisor, mc);
    }

    /** The quotient if the fast path proves it exact within the precision, else null. */
    private static BigDecimal exactQuotient(BigDecimal dividend, BigDecimal divisor, MathContext mc) {
        Objects.requireNonNull(dividend, "dividend");
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mc, "mc");
        if (mc.getPrecision() == 0 || dividend.signum() == 0 || divisor.signum() == 0
                || dividend.precision() > 18 || divisor.precision() > 18) {
            return null;
        }
        long x = dividend.unscaledValue().longValue();
        long y = divisor.unscaledValue().longValue();
        long g = gcd(Math.abs(x), Math.abs(y));
        long n = x / g;
        long d = y / g;
        if (d < 0) {
            n = -n;
            d = -d;
        }
        int twos = Long.numberOfTrailingZeros(d);
        d >>= twos;
        int fives = 0;
        while (d % 5 == 0) {
            d /= 5;
            fives++;
        }
        if (d != 1) {
            return null; // not a finite decimal
        }
        int k = Math.max(twos, fives);
        if (k >= TEN_POWERS.length) {
            return null;
        }
        // 10^k / (2^twos 5^fives) = 2^(k - twos) 5^(k - fives)
        long factor = (TEN_POWERS[k] >> twos) / pow5(fives);
        long unscaled;
        try {
            unscaled = Math.multiplyExact(n, factor);
        } catch (ArithmeticException overflow) {
            return null;
        }
        // the quotient is unscaled at scale k + (scale of x) - (scale of y), at or above the
        // preferred scale; drop trailing zeros down to the preferred scale
        long scale = (long) k + dividend.scale() - divisor.scale();
        long preferred = (long) dividend.scale() - divisor.scale();
        while (scale > preferred && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        if (digits(unscaled) > mc.getPrecision() || scale != (int) scale) {
            return null; // BigDecimal rounds it, or the scale is beyond an int
        }
        return BigDecimal.valueOf(unscaled, (int) scale);
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long r = a % b;
            a = b;
            b = r;
        }
        return a;
    }

    private static long pow5(int exponent) {
        long p = 1;
        for (int i = 0; i < exponent; i++) {
            p *= 5;
        }
        return p;
    }

    /** The decimal digits of a value other than zero. */
    private static int digits(long value) {
        long v = Math.abs(value);
        int digits = 1;
        while (digits < TEN_POWERS.length && v >= TEN_POWERS[digits]) {
            digits++;
        }
        return digits;
    }
}
