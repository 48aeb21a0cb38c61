package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecimalsTest {

    /** Bit for bit, so that 0.0 and -0.0 differ and every last bit counts. */
    private static void assertSameAsDoubleValue(BigDecimal value) {
        assertThat(Double.doubleToRawLongBits(Decimals.toDouble(value)))
                .as("%s: expected %s", value, value.doubleValue())
                .isEqualTo(Double.doubleToRawLongBits(value.doubleValue()));
    }

    /**
     * Worked examples, one per way of converting (see the class comment), with the double that
     * {@code Double.parseDouble} gives for the same digits.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "0, 0.0",
        "0E-40, 0.0",                        // zero at any scale is 0.0, never -0.0
        "-0.000, 0.0",
        "0.175, 0.175",                      // BigDecimal's own shortcut: 3 digits
        "1234567890.123456, 1.234567890123456E9",   // 16 digits, u < 2^53: one division
        "-0.9876543210987654, -0.9876543210987654", // 16 digits, u > 2^53 (9.0e15): long quotient
        "0.1234567890123456789, 0.12345678901234568", // 19 digits: BigInteger quotient
        // 1/3 at DECIMAL128: 34 threes; the double is 0x3FD5555555555555
        "0.3333333333333333333333333333333333, 0.3333333333333333",
        "-2.468086695069393803469897085544818, -2.4680866950693937", // -1234567.89 / 500212.53
        "1E+30, 1.0E30",                     // a negative scale: n = u x 10^30
        "12345678901234567890123456789, 1.2345678901234568E28",
    })
    void toDouble_isTheNearestDouble(String decimal, double expected) {
        BigDecimal value = new BigDecimal(decimal);
        assertThat(Decimals.toDouble(value)).isEqualTo(expected);
        assertSameAsDoubleValue(value);
    }

    /**
     * Ties: 2^53 + 1 lies halfway between the doubles 2^53 and 2^53 + 2 and rounds to the even
     * significand, 2^53; 2^53 + 3 lies halfway between 2^53 + 2 and 2^53 + 4 and rounds up to the even
     * one, 2^53 + 4. The same at scale 1 (u = 10 (2^53 + 1)) goes through the long quotient, whose
     * sticky bit is clear, and a hair above the tie (one more digit) rounds up.
     */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "9007199254740993, 9007199254740992",
        "9007199254740995, 9007199254740996",
        "9007199254740993.0, 9007199254740992",
        "9007199254740995.0, 9007199254740996",
        "9007199254740993.00000000000000000001, 9007199254740994",
        "-9007199254740993.0, -9007199254740992",
        // 34 digits a hair either side of the tie: the reciprocal product cannot tell, the exact quotient can
        "9007199254740993.000000000000000001, 9007199254740994",
        "9007199254740992.999999999999999999, 9007199254740992",
        "-9007199254740993.000000000000000001, -9007199254740994",
    })
    void toDouble_roundsHalfToEven(String decimal, long expected) {
        BigDecimal value = new BigDecimal(decimal);
        assertThat(Decimals.toDouble(value)).isEqualTo((double) expected);
        assertSameAsDoubleValue(value);
    }

    /** Beyond the normal doubles, and beyond the scales of the quotient, doubleValue itself decides. */
    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "1E+400",        // infinity
        "-1E+400",       // negative infinity
        "1.7976931348623158E+308", // the largest double
        "1.8E+308",      // above the largest double by more than half an ulp: infinity
        "1E-400",        // zero
        "-1E-400",       // negative zero
        "4.9E-324",      // the smallest subnormal
        "2.2250738585072011E-308", // just below the smallest normal
        "1E-81",         // a scale beyond the table
        "123456789012345678901234567890E-100",
    })
    void toDouble_outsideTheNormalRange_isDoubleValue(String decimal) {
        assertSameAsDoubleValue(new BigDecimal(decimal));
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.integers().between(1, 40).flatMap(digits -> Arbitraries.strings()
                .numeric().ofLength(digits).map(BigInteger::new));
        Arbitrary<BigDecimal> random = Combinators.combine(unscaled, Arbitraries.integers().between(-30, 60),
                Arbitraries.of(1, -1)).as((u, scale, sign) -> new BigDecimal(sign > 0 ? u : u.negate(), scale));
        Arbitrary<BigDecimal> longs = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-25, 40))
                .as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> edges = Combinators.combine(Arbitraries.of(0L, 1L, -1L, (1L << 52) - 1, 1L << 52,
                (1L << 53) - 1, 1L << 53, (1L << 53) + 1, -(1L << 53) - 1, 999_999_999_999_999_999L,
                Long.MAX_VALUE, Long.MIN_VALUE), Arbitraries.integers().between(-30, 60)).as(BigDecimal::valueOf);
        // an inflated value: the same digits as a compact one, held in a BigInteger
        Arbitrary<BigDecimal> inflated = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-5, 30))
                .as((u, scale) -> new BigDecimal(BigInteger.valueOf(u).multiply(BigInteger.TEN.pow(20)), scale + 20));
        return Arbitraries.frequencyOf(
                Tuple.of(4, random),
                Tuple.of(2, longs),
                Tuple.of(1, edges),
                Tuple.of(1, inflated),
                Tuple.of(3, quotients()),
                Tuple.of(3, nearTies()));
    }

    /** The ratios the rules publish: quotients of decimals at DECIMAL128, 34 digits. */
    private static Arbitrary<BigDecimal> quotients() {
        Arbitrary<BigDecimal> operand = Combinators.combine(Arbitraries.longs().between(-1_000_000_000_000L,
                1_000_000_000_000L), Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
        return Combinators.combine(operand, operand.filter(d -> d.signum() != 0))
                .as((a, b) -> a.divide(b, MathContext.DECIMAL128));
    }

    /**
     * Decimals within a few units of the 40th digit of the halfway point between two neighbouring
     * doubles, and the halfway point itself: where a conversion that is not exact goes wrong.
     */
    private static Arbitrary<BigDecimal> nearTies() {
        Arbitrary<Double> doubles = Combinators.combine(Arbitraries.longs().between(1L << 52, (1L << 53) - 1),
                Arbitraries.integers().between(-200, 120)).as((m, e) -> Math.scalb((double) m, e));
        return Combinators.combine(doubles, Arbitraries.integers().between(-3, 3), Arbitraries.integers().between(0, 2),
                Arbitraries.of(1, -1)).as((d, nudge, form, sign) -> {
                    BigDecimal low = new BigDecimal(d);
                    BigDecimal tie = low.add(new BigDecimal(Math.nextUp(d))).divide(BigDecimal.valueOf(2));
                    BigDecimal near = switch (form) {
                        case 0 -> tie;
                        case 1 -> nudged(tie.round(new MathContext(40)), nudge);
                        default -> tie.round(new MathContext(17 + Math.abs(nudge) * 5));
                    };
                    return sign > 0 ? near : near.negate();
                });
    }

    private static BigDecimal nudged(BigDecimal value, int units) {
        return value.add(value.ulp().multiply(BigDecimal.valueOf(units)));
    }

    /** The fast conversion is BigDecimal's, bit for bit, on every kind of decimal. */
    @Property(tries = 20_000)
    void toDouble_isDoubleValue(@ForAll("decimals") BigDecimal value) {
        assertSameAsDoubleValue(value);
    }

    @Test
    void tenPower_isEveryPowerOfTenThatFitsALong() {
        long expected = 1;
        for (int n = 0; n <= Decimals.MAX_LONG_TEN_POWER; n++) {
            assertThat(Decimals.tenPower(n)).isEqualTo(expected);
            expected *= 10;
        }
        assertThat(Decimals.tenPower(18)).isEqualTo(1_000_000_000_000_000_000L);
        assertThatThrownBy(() -> Decimals.tenPower(19)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
        assertThatThrownBy(() -> Decimals.tenPower(-1)).isInstanceOf(ArrayIndexOutOfBoundsException.class);
    }
}
