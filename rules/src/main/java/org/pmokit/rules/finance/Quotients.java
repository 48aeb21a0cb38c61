package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.Objects;
import org.pmokit.rules.Decimals;

/**
 * Divides decimals exactly as {@link BigDecimal#divide(BigDecimal, MathContext)} does, but without
 * its cost when the quotient is exact: {@code 0.1}, {@code 0.36} or {@code 3.8}. There
 * {@code BigDecimal} computes the quotient to the full precision (34 digits for
 * {@link MathContext#DECIMAL128}) and then strips the trailing zeros one {@code BigInteger}
 * division at a time, about 30 divisions; here the quotient is built directly.
 *
 * <p>The fast path takes a dividend and a divisor whose unscaled values x and y fit in a
 * {@code long}. With y = 2<sup>i</sup> 5<sup>j</sup> o (y &gt; 0, o prime to 10), the quotient
 * x / y is a finite decimal exactly when o divides x (a prime factor of o that does not cancel
 * would repeat the decimals for ever); then, with n = x / o and k = max(i, j), it is
 * n &middot; (10<sup>k</sup> / (2<sup>i</sup> 5<sup>j</sup>)) at scale k + (scale of x) - (scale of y). As the specification of {@code divide} requires for an
 * exact quotient of at most the context's precision in digits, the result has the scale closest to
 * the preferred scale (scale of x - scale of y), which is at most the scale above: trailing zeros
 * are dropped down to it.
 *
 * <p>A second fast path rounds an inexact quotient at {@link MathContext#DECIMAL128} (34 digits,
 * half-even), as the ratios of the finance pack are, by long division in {@code long} arithmetic
 * instead of {@code BigInteger}s. With a = |x| and b = |y| of d<sub>a</sub> and d<sub>b</sub>
 * digits, the quotient a 10<sup>e</sup> / b lies in [10<sup>33</sup>, 10<sup>34</sup>) for
 * e = 34 - d<sub>a</sub> + d<sub>b</sub>, less one when a 10<sup>-d<sub>a</sub></sup> &ge;
 * b 10<sup>-d<sub>b</sub></sup>; its integer part q, 34 digits, is found 18 - d<sub>b</sub> decimal
 * digits a step (the remainder r &lt; b, so r 10<sup>18 - d<sub>b</sub></sup> &lt; 10<sup>18</sup> fits
 * a {@code long}) as q = A 10<sup>17</sup> + B with A, B &lt; 10<sup>17</sup>; then rounded half-even by
 * comparing twice the last remainder with b; the result is &plusmn;q at scale e + (scale of x) - (scale of y), the 34 digits that
 * {@code BigDecimal} returns. An exact quotient (last remainder zero), whose trailing zeros
 * {@code BigDecimal} strips, is left to it.
 *
 * <p>Every other case (more digits than a {@code long} holds, another context for an inexact
 * quotient, a zero divisor) is left to {@code BigDecimal}, so the result is always the same value
 * with the same scale.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Quotients {

    /** The digits of a quotient at {@link MathContext#DECIMAL128}. */
    private static final int DECIMAL128_DIGITS = 34;

    /** Half of them: the rounded quotient is built in two halves of 17 digits. */
    private static final int HALF_DIGITS = 17;

    private Quotients() {
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
        Objects.requireNonNull(dividend, "dividend");
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(mc, "mc");
        if (mc.getPrecision() == 0 || dividend.signum() == 0 || divisor.signum() == 0
                || dividend.precision() > 18 || divisor.precision() > 18) {
            return dividend.divide(divisor, mc);
        }
        long x = dividend.unscaledValue().longValue();
        long y = divisor.unscaledValue().longValue();
        BigDecimal quotient = exactQuotient(x, y, dividend.scale(), divisor.scale(), mc);
        if (quotient == null && mc.equals(MathContext.DECIMAL128)) {
            quotient = roundedQuotient(x, y, dividend.scale(), divisor.scale());
        }
        return quotient != null ? quotient : dividend.divide(divisor, mc);
    }

    /**
     * The quotient of x 10^-xScale by y 10^-yScale (x, y not zero, below 10^18) if the fast path
     * proves it exact within the precision, else null.
     */
    private static BigDecimal exactQuotient(long x, long y, int xScale, int yScale, MathContext mc) {
        if (y < 0) {
            x = -x;
            y = -y;
        }
        // y = 2^twos 5^fives odd with odd prime to 10: x / y is a finite decimal exactly when odd divides x
        int twos = Long.numberOfTrailingZeros(y);
        long odd = y >> twos;
        int fives = 0;
        while (odd % 5 == 0) {
            odd /= 5;
            fives++;
        }
        if (x % odd != 0) {
            return null; // not a finite decimal
        }
        long n = x / odd;
        int k = Math.max(twos, fives);
        if (k > Decimals.MAX_LONG_TEN_POWER) {
            return null;
        }
        // 10^k / (2^twos 5^fives) = 2^(k - twos) 5^(k - fives)
        long factor = (Decimals.tenPower(k) >> twos) / pow5(fives);
        long unscaled;
        try {
            unscaled = Math.multiplyExact(n, factor);
        } catch (ArithmeticException overflow) {
            return null;
        }
        // the quotient is unscaled at scale k + (scale of x) - (scale of y), at or above the
        // preferred scale; drop trailing zeros down to the preferred scale
        long scale = (long) k + xScale - yScale;
        long preferred = (long) xScale - yScale;
        while (scale > preferred && unscaled % 10 == 0) {
            unscaled /= 10;
            scale--;
        }
        if (digits(unscaled) > mc.getPrecision() || scale != (int) scale) {
            return null; // BigDecimal rounds it, or the scale is beyond an int
        }
        return BigDecimal.valueOf(unscaled, (int) scale);
    }

    /**
     * The quotient of x 10^-xScale by y 10^-yScale (x, y not zero, below 10^18) rounded half-even to
     * 34 digits, as {@link MathContext#DECIMAL128} rounds it, if it is inexact; null if it is exact
     * or beyond the path (see the class comment).
     */
    private static BigDecimal roundedQuotient(long x, long y, int xScale, int yScale) {
        long a = Math.abs(x);
        long b = Math.abs(y);
        int aDigits = digits(a);
        int bDigits = digits(b);
        int step = 18 - bDigits; // r < b < 10^bDigits, so r 10^step < 10^18
        int e = DECIMAL128_DIGITS - aDigits + bDigits;
        if (a * Decimals.tenPower(18 - aDigits) >= b * Decimals.tenPower(18 - bDigits)) {
            e--; // a / b, both scaled to 18 digits, is at least 1
        }
        if (step == 0 || e < HALF_DIGITS) {
            return null;
        }
        // high = floor(a 10^(e - 17) / b) and low the next 17 digits: q = high 10^17 + low
        long high = a / b;
        long r = a % b;
        for (int left = e - HALF_DIGITS; left > 0; left -= step) {
            long power = Decimals.tenPower(Math.min(step, left));
            long digits = r * power / b;
            high = high * power + digits;
            r = r * power - digits * b;
        }
        long low = 0;
        for (int left = HALF_DIGITS; left > 0; left -= step) {
            long power = Decimals.tenPower(Math.min(step, left));
            long digits = r * power / b;
            low = low * power + digits;
            r = r * power - digits * b;
        }
        if (r == 0) {
            return null; // exact: BigDecimal strips its trailing zeros
        }
        if (2 * r > b || (2 * r == b && (low & 1) != 0)) {
            low++;
            if (low == Decimals.tenPower(HALF_DIGITS)) {
                low = 0;
                high++;
                if (high == Decimals.tenPower(HALF_DIGITS)) {
                    // q + 1 = 10^34 needs a / b within 10^-34 of a power of ten: not for 18-digit
                    // operands; BigDecimal would return 10^33 one scale lower
                    return null;
                }
            }
        }
        long scale = (long) e + xScale - yScale;
        if (scale != (int) scale) {
            return null;
        }
        return new BigDecimal(unscaled((x < 0) != (y < 0), high, low), (int) scale);
    }

    /** The integer +-(high 10^17 + low), below 10^34 &lt; 2^113, from its two 64-bit halves. */
    private static BigInteger unscaled(boolean negative, long high, long low) {
        long ten = Decimals.tenPower(HALF_DIGITS);
        long upper = Math.multiplyHigh(high, ten); // both below 2^63: the signed product is the unsigned one
        long lower = high * ten;
        long sum = lower + low;
        if (Long.compareUnsigned(sum, lower) < 0) {
            upper++;
        }
        byte[] magnitude = new byte[2 * Long.BYTES];
        for (int i = 0; i < Long.BYTES; i++) {
            magnitude[i] = (byte) (upper >>> (Long.SIZE - Byte.SIZE * (i + 1)));
            magnitude[Long.BYTES + i] = (byte) (sum >>> (Long.SIZE - Byte.SIZE * (i + 1)));
        }
        return new BigInteger(negative ? -1 : 1, magnitude);
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
        while (digits <= Decimals.MAX_LONG_TEN_POWER && v >= Decimals.tenPower(digits)) {
            digits++;
        }
        return digits;
    }
}
