package org.pmokit.rules;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Converts a {@link BigDecimal} to a {@code double} exactly as {@link BigDecimal#doubleValue()}
 * does, bit for bit, without its cost on JDK 17 for a value with many digits. There
 * {@code doubleValue} takes a shortcut only for an unscaled value below 2<sup>52</sup> in magnitude
 * at a scale of at most 22 in magnitude; any other value, such as every quotient at
 * {@link java.math.MathContext#DECIMAL128} (34 digits), is written out with {@code toString} and
 * parsed back with {@link Double#parseDouble}, which rounds the decimal correctly: to the nearest
 * {@code double}, ties to even. Here that correctly rounded result is computed directly. With u the
 * unscaled value and s the scale (the value is u &times; 10<sup>-s</sup>):
 *
 * <ul>
 *   <li>|u| &le; 2<sup>53</sup> and -22 &le; s &le; 22: u and 10<sup>|s|</sup> are exact
 *       {@code double}s (10<sup>22</sup> = 2<sup>22</sup> 5<sup>22</sup> with 5<sup>22</sup> &lt;
 *       2<sup>53</sup>), so the one IEEE division u / 10<sup>s</sup>, or product
 *       u &times; 10<sup>-s</sup>, is correctly rounded. This is {@code BigDecimal}'s own shortcut,
 *       for twice as many unscaled values.
 *   <li>Otherwise, with |value| = n / d for positive integers n and d, the integer quotient
 *       q = &lfloor;n 2<sup>k</sup> / d&rfloor; is taken with the k that puts q in
 *       [2<sup>61</sup>, 2<sup>63</sup>); then |value| = (q + f) 2<sup>-k</sup> with 0 &le; f &lt; 1,
 *       and f &gt; 0 exactly when the remainder is not zero (the sticky bit). q has 62 or 63
 *       significant bits, at least 9 more than a {@code double}'s 53: its top 53 bits, rounded up
 *       when the next bit is set and either a lower bit of q or the sticky bit is set or the 53 bits
 *       are odd (to nearest, ties to even), are the significand, which {@link Math#scalb} scales
 *       exactly by a power of two. The result is negated for a negative value.
 *       <ul>
 *         <li>|u| &lt; 2<sup>63</sup> and 0 &le; s &le; 26: n = |u|,
 *             d = 5<sup>s</sup> (the 2<sup>s</sup> of 10<sup>s</sup> joins k), divided in
 *             {@code long} arithmetic.
 *         <li>Otherwise, for |s| &le; 80: n = |u| &times; 10<sup>-s</sup> and
 *             d = 1 for s &le; 0, n = |u| and d = 10<sup>s</sup> for s &gt; 0, divided with
 *             {@link BigInteger}.
 *       </ul>
 *   <li>Before that {@link BigInteger} division, an unscaled value of 19 to 38 digits (below
 *       2<sup>127</sup>) at a scale from 1 to 80, such as a DECIMAL128 quotient,
 *       is multiplied by a 128-bit reciprocal of 10<sup>s</sup> in {@code long} arithmetic. The
 *       product is within one unit of the exact quotient in its 64th bit, which decides the
 *       rounding unless the 11 bits below the significand are 0x3FF or 0x400 (near a tie, about one
 *       value in a thousand): those take the exact division. See {@code reciprocalProduct}.
 * </ul>
 *
 * <p>A value whose magnitude is below the smallest normal {@code double} (2<sup>-1022</sup>) or at
 * least 2<sup>1023</sup>, where a result may be subnormal, zero or infinite, and one with a scale
 * beyond &plusmn;80, is left to {@code doubleValue()} itself. Zero converts to
 * {@code 0.0}, never {@code -0.0}, as in {@code doubleValue()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Decimals {

    /** The largest scale, in magnitude, of the {@link BigInteger} quotient. */
    static final int MAX_TEN_POWER = 80;

    /** The largest scale of the {@code long} quotient: 5^26 has 61 bits, so a step takes 2 bits. */
    static final int MAX_LONG_FIVE_POWER = 26;

    /** The significant bits of a {@code double}. */
    private static final int SIGNIFICAND_BITS = 53;

    /** The largest scale, in magnitude, of the one-operation shortcut. */
    private static final int MAX_DOUBLE_TEN_POWER = 22;

    /** 10^0 to 10^22, each exact in a {@code double}. */
    private static final double[] DOUBLE_TEN_POWERS = new double[MAX_DOUBLE_TEN_POWER + 1];

    /** 5^0 to 5^26. */
    private static final long[] FIVE_POWERS = new long[MAX_LONG_FIVE_POWER + 1];

    /** 10^0 to 10^80. */
    private static final BigInteger[] TEN_POWERS = new BigInteger[MAX_TEN_POWER + 1];

    /** The most digits of an unscaled value for the reciprocal product: 10^38 &lt; 2^127. */
    private static final int MAX_PRODUCT_DIGITS = 38;

    /**
     * For each scale s from 1 to 80, P = floor(2^E / 10^s) with E = 127 + bits(10^s), so that
     * 2^127 &lt;= P &lt; 2^128: its high and low 64 bits, and E.
     */
    private static final long[] RECIPROCAL_HIGH = new long[MAX_TEN_POWER + 1];
    private static final long[] RECIPROCAL_LOW = new long[MAX_TEN_POWER + 1];
    private static final int[] RECIPROCAL_EXPONENT = new int[MAX_TEN_POWER + 1];

    static {
        DOUBLE_TEN_POWERS[0] = 1;
        for (int i = 1; i < DOUBLE_TEN_POWERS.length; i++) {
            DOUBLE_TEN_POWERS[i] = DOUBLE_TEN_POWERS[i - 1] * 10; // exact, see the class comment
        }
        FIVE_POWERS[0] = 1;
        for (int i = 1; i < FIVE_POWERS.length; i++) {
            FIVE_POWERS[i] = FIVE_POWERS[i - 1] * 5;
        }
        TEN_POWERS[0] = BigInteger.ONE;
        for (int i = 1; i < TEN_POWERS.length; i++) {
            TEN_POWERS[i] = TEN_POWERS[i - 1].multiply(BigInteger.TEN);
            int exponent = 127 + TEN_POWERS[i].bitLength();
            BigInteger reciprocal = BigInteger.ONE.shiftLeft(exponent).divide(TEN_POWERS[i]);
            RECIPROCAL_HIGH[i] = reciprocal.shiftRight(Long.SIZE).longValue();
            RECIPROCAL_LOW[i] = reciprocal.longValue();
            RECIPROCAL_EXPONENT[i] = exponent;
        }
    }

    /** The largest power of ten in a {@code long}: 10^18. */
    public static final int MAX_LONG_TEN_POWER = 18;

    /** 10^0 to 10^18. */
    private static final long[] LONG_TEN_POWERS = new long[MAX_LONG_TEN_POWER + 1];

    static {
        LONG_TEN_POWERS[0] = 1;
        for (int i = 1; i < LONG_TEN_POWERS.length; i++) {
            LONG_TEN_POWERS[i] = LONG_TEN_POWERS[i - 1] * 10;
        }
    }

    private Decimals() {
    }

    /**
     * Returns a power of ten as a {@code long}, from a table: for the exact {@code long}
     * arithmetic on unscaled values that the rule packs use in place of {@code BigDecimal}.
     *
     * @param exponent 0 to {@value #MAX_LONG_TEN_POWER}
     * @return 10<sup>exponent</sup>
     * @throws ArrayIndexOutOfBoundsException if the exponent is outside that range
     */
    public static long tenPower(int exponent) {
        return LONG_TEN_POWERS[exponent];
    }

    /**
     * Returns {@code value.doubleValue()}: the {@code double} nearest to the value, ties to even.
     *
     * @param value the decimal
     * @return the same {@code double} as {@link BigDecimal#doubleValue()}, bit for bit
     */
    public static double toDouble(BigDecimal value) {
        int sign = value.signum();
        if (sign == 0) {
            return 0.0;
        }
        int scale = value.scale();
        int precision = value.precision();
        boolean smallScale = scale >= -MAX_DOUBLE_TEN_POWER && scale <= MAX_DOUBLE_TEN_POWER;
        if (precision <= 15 && smallScale) {
            // BigDecimal's own shortcut, without taking out the unscaled value: |u| < 10^15 < 2^52
            return value.doubleValue();
        }
        double result = Double.NaN;
        if (precision <= 18) { // |u| < 10^18 < 2^63
            long magnitude = Math.abs(value.unscaledValue().longValue());
            if (magnitude <= 1L << SIGNIFICAND_BITS && smallScale) {
                double exact = sign * (double) magnitude;
                return scale >= 0 ? exact / DOUBLE_TEN_POWERS[scale] : exact * DOUBLE_TEN_POWERS[-scale];
            }
            if (scale >= 0 && scale <= MAX_LONG_FIVE_POWER) {
                result = longQuotient(magnitude, scale);
            } else if (scale >= -MAX_TEN_POWER && scale <= MAX_TEN_POWER) {
                result = bigQuotient(BigInteger.valueOf(magnitude), scale);
            }
        } else if (scale >= -MAX_TEN_POWER && scale <= MAX_TEN_POWER) {
            BigInteger magnitude = value.unscaledValue().abs();
            if (precision <= MAX_PRODUCT_DIGITS && scale > 0) {
                result = reciprocalProduct(magnitude, scale);
            }
            if (Double.isNaN(result)) {
                result = bigQuotient(magnitude, scale);
            }
        }
        if (Double.isNaN(result)) {
            return value.doubleValue();
        }
        return sign < 0 ? -result : result;
    }

    /**
     * The magnitude m / 10^s as q 2^-(k + s) with q = floor(m 2^k / 5^s), by long division of the
     * bits of m followed by k zeros, a few bits at a time: the remainder r is below 5^s, so
     * r 2^w is below 2^63 for w = 63 - (bits of 5^s).
     */
    private static double longQuotient(long magnitude, int scale) {
        long five = FIVE_POWERS[scale];
        int fiveBits = Long.SIZE - Long.numberOfLeadingZeros(five);
        int k = 62 + fiveBits - (Long.SIZE - Long.numberOfLeadingZeros(magnitude)); // >= 0: m < 2^63
        int width = Long.SIZE - 1 - fiveBits;
        long q = magnitude / five;
        long r = magnitude % five;
        for (int left = k; left > 0; left -= width) {
            int step = Math.min(width, left);
            r <<= step;
            q = (q << step) | (r / five);
            r %= five;
        }
        return rounded(q, r != 0, k + scale);
    }

    /**
     * The magnitude m / 10^s, for m &lt; 10^38 &lt; 2^127 and 1 &lt;= s &lt;= 80, from the exact product
     * T = m P of m and the 128-bit reciprocal P = floor(2^E / 10^s); NaN where the product cannot
     * decide the rounding. As P &lt;= 2^E / 10^s &lt; P + 1, the exact X = m 2^E / 10^s lies in
     * [T, T + m). T has at least bits(m) + 127 bits, so with t the top 64 bits of T (T shifted right
     * by D = bits(T) - 64 &gt; bits(m) + 62), X / 2^D lies in [t, t + 1 + 2^-62). Of the 11 bits of t
     * below the 53 of the significand, a value up to 0x3FE leaves X below the halfway point (round
     * down), and a value from 0x401 leaves it above (round up, to the same double even if X reaches
     * the next significand); only 0x3FF and 0x400 could be on either side of a tie, and go to the
     * exact quotient.
     */
    private static double reciprocalProduct(BigInteger magnitude, int scale) {
        long mHigh = magnitude.shiftRight(Long.SIZE).longValue();
        long mLow = magnitude.longValue();
        long pHigh = RECIPROCAL_HIGH[scale];
        long pLow = RECIPROCAL_LOW[scale];
        // the 256-bit product T in words w3 (top) to w0: mLow pLow + (mLow pHigh + mHigh pLow) 2^64
        // + mHigh pHigh 2^128; w0 itself does not matter, only its carry into w1
        long w1 = unsignedMultiplyHigh(mLow, pLow);
        long crossLow1 = mLow * pHigh;
        long crossLow2 = mHigh * pLow;
        w1 += crossLow1;
        long carry = Long.compareUnsigned(w1, crossLow1) < 0 ? 1 : 0;
        w1 += crossLow2;
        carry += Long.compareUnsigned(w1, crossLow2) < 0 ? 1 : 0;
        long w3 = unsignedMultiplyHigh(mHigh, pHigh);
        long w2 = unsignedMultiplyHigh(mLow, pHigh);
        long addend = unsignedMultiplyHigh(mHigh, pLow);
        w2 += addend;
        w3 += Long.compareUnsigned(w2, addend) < 0 ? 1 : 0;
        addend = mHigh * pHigh;
        w2 += addend;
        w3 += Long.compareUnsigned(w2, addend) < 0 ? 1 : 0;
        w2 += carry;
        w3 += Long.compareUnsigned(w2, carry) < 0 ? 1 : 0;
        long top;
        int dropped; // D = bits(T) - 64: the bits of T below t
        if (w3 != 0) {
            int zeros = Long.numberOfLeadingZeros(w3);
            top = zeros == 0 ? w3 : (w3 << zeros) | (w2 >>> (Long.SIZE - zeros));
            dropped = 3 * Long.SIZE - zeros; // bits(T) = 4 x 64 - zeros
        } else { // T >= 2^186 (m >= 10^18, P >= 2^127): w2 holds its top bit
            int zeros = Long.numberOfLeadingZeros(w2);
            top = zeros == 0 ? w2 : (w2 << zeros) | (w1 >>> (Long.SIZE - zeros));
            dropped = 2 * Long.SIZE - zeros; // bits(T) = 3 x 64 - zeros
        }
        long extra = top & 0x7FF;
        if (extra == 0x3FF || extra == 0x400) {
            return Double.NaN;
        }
        long significand = (top >>> 11) + (extra > 0x400 ? 1 : 0);
        int exponent = dropped + 11 - RECIPROCAL_EXPONENT[scale]; // |value| ~ significand 2^exponent
        if (exponent + 52 < Double.MIN_EXPONENT || exponent + 52 >= Double.MAX_EXPONENT) {
            return Double.NaN;
        }
        return Math.scalb((double) significand, exponent);
    }

    /** The high 64 bits of the unsigned 128-bit product of two unsigned 64-bit values. */
    private static long unsignedMultiplyHigh(long a, long b) {
        return Math.multiplyHigh(a, b) + ((a >> (Long.SIZE - 1)) & b) + ((b >> (Long.SIZE - 1)) & a);
    }

    /** The magnitude m / 10^s as q 2^-k with q = floor(n 2^k / d), in BigInteger arithmetic. */
    private static double bigQuotient(BigInteger magnitude, int scale) {
        BigInteger n = scale <= 0 ? magnitude.multiply(TEN_POWERS[-scale]) : magnitude;
        BigInteger d = scale <= 0 ? BigInteger.ONE : TEN_POWERS[scale];
        int k = 62 + d.bitLength() - n.bitLength();
        BigInteger[] qr = k >= 0 ? n.shiftLeft(k).divideAndRemainder(d) : n.divideAndRemainder(d.shiftLeft(-k));
        return rounded(qr[0].longValue(), qr[1].signum() != 0, k);
    }

    /**
     * Returns (q + f) 2^-k rounded to the nearest double, ties to even, for q in [2^61, 2^63) and
     * 0 &lt;= f &lt; 1 with f &gt; 0 exactly when {@code sticky}; NaN when the result is not a normal
     * double below 2^1023, where rounding to 53 bits would not be the whole story.
     *
     * <p>Why q is in that range: n / d lies in (2^(bn - bd - 1), 2^(bn - bd + 1)) for n of bn bits and
     * d of bd bits, so with k = 62 + bd - bn, n 2^k / d lies in (2^61, 2^63).
     */
    private static double rounded(long q, boolean sticky, int k) {
        int bits = Long.SIZE - Long.numberOfLeadingZeros(q); // 62 or 63
        int exponent = bits - 1 - k; // the value lies in [2^exponent, 2^(exponent + 1))
        if (exponent < Double.MIN_EXPONENT || exponent >= Double.MAX_EXPONENT) {
            return Double.NaN;
        }
        int drop = bits - SIGNIFICAND_BITS;
        long significand = q >>> drop;
        long half = 1L << (drop - 1);
        boolean roundBit = (q & half) != 0;
        boolean lowerBits = (q & (half - 1)) != 0 || sticky;
        if (roundBit && (lowerBits || (significand & 1) != 0)) {
            significand++; // at most 2^53: still exact in a double
        }
        return Math.scalb((double) significand, drop - k);
    }
}
