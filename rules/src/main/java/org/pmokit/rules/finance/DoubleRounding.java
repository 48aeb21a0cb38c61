package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pmokit.rules.Decimals;

/**
 * Rounds a {@code double} to a number of decimal places, half-even, exactly as
 * {@code new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN)} does, but from the bits of
 * the {@code double} instead of its full decimal expansion (up to 1074 digits, each written out
 * and then divided away).
 *
 * <p>A finite {@code double} is exactly &plusmn;m &times; 2<sup>e</sup> with an integer significand
 * m &lt; 2<sup>53</sup>. For a scale s from 0 to {@value #MAX_SCALE}, 10<sup>s</sup> &lt;
 * 2<sup>60</sup>, so the product p = m &times; 10<sup>s</sup> is exact in 128 bits (two
 * {@code long}s, from {@link Math#multiplyHigh}), and the value at scale s is p / 2<sup>-e</sup>
 * units of 10<sup>-s</sup>. For e &lt; 0 the quotient is p shifted right by -e bits: the bits
 * shifted out give the rounding exactly (the first of them is the half; any other, whether the
 * rest is above half). The result, at most 2<sup>62</sup> units (checked), is the unscaled value of
 * the {@code BigDecimal} at scale s, as {@code setScale} would give it. Values that this does not
 * cover (e &ge; 0, a quotient beyond 2<sup>62</sup>, another scale, NaN or infinity) are left to
 * {@code BigDecimal}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class DoubleRounding {

    /** The largest scale of the fast path: 10^18 &lt; 2^60. */
    static final int MAX_SCALE = 18;

    private static final int SIGNIFICAND_BITS = 52;

    private DoubleRounding() {
    }

    /**
     * Returns {@code new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN)}.
     *
     * @param value the double
     * @param scale the decimal places
     * @return the value rounded half-even to the scale, equal in value and scale to BigDecimal's
     * @throws NumberFormatException if the value is NaN or infinite, as {@code new BigDecimal} does
     */
    static BigDecimal halfEven(double value, int scale) {
        long bits = Double.doubleToRawLongBits(value);
        int biased = (int) (bits >>> SIGNIFICAND_BITS) & 0x7FF;
        long significand = bits & ((1L << SIGNIFICAND_BITS) - 1);
        if (biased != 0) {
            significand |= 1L << SIGNIFICAND_BITS;
        }
        // value = +-significand x 2^exponent (biased 0: zero or subnormal, exponent -1074)
        int exponent = (biased == 0 ? 1 : biased) - 1075;
        if (biased == 0x7FF || exponent >= 0 || scale < 0 || scale > MAX_SCALE) {
            return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
        }
        long ten = Decimals.tenPower(scale);
        int productBits = (Long.SIZE - Long.numberOfLeadingZeros(significand))
                + (Long.SIZE - Long.numberOfLeadingZeros(ten));
        int shift = -exponent; // >= 1
        if (productBits - shift > 62) { // the units could reach 2^62
            return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
        }
        long units = shiftRightHalfEven(Math.multiplyHigh(significand, ten), significand * ten, shift);
        return BigDecimal.valueOf(bits < 0 ? -units : units, scale);
    }

    /**
     * The non-negative 128-bit value high 2^64 + low (low unsigned), of fewer than 62 + shift
     * bits, divided by 2^shift and rounded half-even.
     */
    private static long shiftRightHalfEven(long high, long low, int shift) {
        long quotient;
        boolean half;
        boolean rest;
        if (shift < Long.SIZE) {
            quotient = (high << (Long.SIZE - shift)) | (low >>> shift);
            half = ((low >>> (shift - 1)) & 1) != 0;
            rest = (low & ((1L << (shift - 1)) - 1)) != 0;
        } else if (shift == Long.SIZE) {
            quotient = high;
            half = low < 0;
            rest = (low & Long.MAX_VALUE) != 0;
        } else if (shift < 2 * Long.SIZE) {
            int s = shift - Long.SIZE;
            quotient = high >>> s;
            half = ((high >>> (s - 1)) & 1) != 0;
            rest = (high & ((1L << (s - 1)) - 1)) != 0 || low != 0;
        } else {
            return 0; // the value is below 2^127 / 2^128: under half a unit
        }
        return half && (rest || (quotient & 1) != 0) ? quotient + 1 : quotient;
    }
}
