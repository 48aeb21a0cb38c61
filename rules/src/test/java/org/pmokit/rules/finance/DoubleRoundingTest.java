package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DoubleRoundingTest {

    private static BigDecimal generalWay(double value, int scale) {
        return new BigDecimal(value).setScale(scale, RoundingMode.HALF_EVEN);
    }

    /**
     * Worked examples. 0.1 is 0.1000000000000000055511151231257827... as a double, so at 17 places
     * it is 0.10000000000000001 (the 18th digit, 5, is followed by 5511...: above half). The IRR of
     * 10% found by bisection, 0.10000000000002, is 0.1000000000 at 10 places. 0.25 at one place is a
     * tie, 2.5 tenths, to the even 0.2; 0.75 to 0.8; -0.25 to -0.2. -0.0 is 0E-10, like 0.0.
     */
    @ParameterizedTest(name = "{0} at {1} places: {2}")
    @CsvSource({
        "0.1, 17, 0.10000000000000001",
        "0.1, 10, 0.1000000000",
        "0.10000000000002, 10, 0.1000000000",
        "0.25, 1, 0.2",
        "0.75, 1, 0.8",
        "-0.25, 1, -0.2",
        "2.5, 0, 2",
        "3.5, 0, 4",
        "-0.0, 10, 0E-10",
        "0.0, 10, 0E-10",
        "-0.98999999999, 10, -0.9900000000",
        "-0.98999999994, 10, -0.9899999999",
        "4.9E-324, 10, 0E-10",
        "1267650600228229401496703205376, 10, 1267650600228229401496703205376", // 2^100, e >= 0: the general way
    })
    void halfEven_isBigDecimalsRounding(double value, int scale, String expected) {
        BigDecimal rounded = DoubleRounding.halfEven(value, scale);
        assertThat(rounded).isEqualTo(generalWay(value, scale));
        assertThat(rounded.compareTo(new BigDecimal(expected))).isZero();
        assertThat(rounded.scale()).isEqualTo(scale);
    }

    @ParameterizedTest
    @CsvSource({"NaN", "Infinity", "-Infinity"})
    void halfEven_ofNoNumber_failsAsBigDecimalFails(double value) {
        assertThatThrownBy(() -> DoubleRounding.halfEven(value, 10)).isInstanceOf(NumberFormatException.class)
                .hasMessage("Infinite or NaN");
    }

    @Provide
    Arbitrary<Double> doubles() {
        Arbitrary<Double> anyBits = Arbitraries.longs().map(Double::longBitsToDouble).filter(Double::isFinite);
        Arbitrary<Double> rates = Arbitraries.doubles().between(-0.99, 10.0);
        Arbitrary<Double> scaled = Combinators.combine(Arbitraries.longs().between(0, (1L << 53) - 1),
                Arbitraries.integers().between(-140, 70), Arbitraries.of(1.0, -1.0)).as((m, e, s) -> s * Math.scalb((double) m, e));
        // odd / 2^(k + 1) is a tie at k places; these are ties for k near the chosen scale
        Arbitrary<Double> ties = Combinators.combine(Arbitraries.longs().between(0, 1L << 40),
                Arbitraries.integers().between(1, 22), Arbitraries.of(1.0, -1.0))
                .as((m, k, s) -> s * Math.scalb((double) (2 * m + 1), -k));
        return Arbitraries.frequencyOf(
                Tuple.of(2, anyBits),
                Tuple.of(3, rates),
                Tuple.of(3, scaled),
                Tuple.of(3, ties),
                Tuple.of(1, Arbitraries.of(0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
                        0x1p62, 0x1p-62, 1e-10, 5e-11, -5e-11, 1.5e-10)));
    }

    /** The same value and scale as the general way, for scales 0 to 20 (beyond 18 the general way). */
    @Property(tries = 20_000)
    void halfEven_isTheGeneralWay(@ForAll("doubles") double value, @ForAll @IntRange(min = 0, max = 20) int scale) {
        assertThat(DoubleRounding.halfEven(value, scale)).isEqualTo(generalWay(value, scale));
    }
}
