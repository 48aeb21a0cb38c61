package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast path of the risk pack's money in {@code long}s gives the very number the general
 * {@link BigDecimal} way gives, or none: on random decimals of every shape, including zero,
 * negative values, huge and tiny exponents, 18 and 19 digits, inflated values and the edges of a
 * {@code long}.
 */
class MinorUnitsTest {

    /** Decimals of every shape: compact and inflated, any sign, scales from -30 to 30. */
    @Provide
    Arbitrary<BigDecimal> decimals() {
        Arbitrary<BigInteger> unscaled = Arbitraries.oneOf(
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.longs().between(-1_000_000, 1_000_000).map(BigInteger::valueOf),
                Arbitraries.of(0L, 1L, -1L, 999_999_999_999_999_999L, -999_999_999_999_999_999L,
                        1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1)
                        .map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(25).negate(), BigInteger.TEN.pow(25)));
        Arbitrary<Integer> scale = Arbitraries.oneOf(Arbitraries.integers().between(-3, 6),
                Arbitraries.integers().between(-30, 30));
        return Combinators.combine(unscaled, scale).as(BigDecimal::new);
    }

    /** Probabilities as documents hold them, 0 to 1 with up to 25 decimals. */
    @Provide
    Arbitrary<BigDecimal> factors() {
        return Arbitraries.oneOf(
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(1),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(3),
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(25),
                Arbitraries.of(BigDecimal.ZERO, BigDecimal.ONE, new BigDecimal("0E+3"), new BigDecimal("1E+0"),
                        new BigDecimal("0.5"), new BigDecimal("0.005"), new BigDecimal("0.50000000000000000000")),
                decimals());
    }

    @Property(tries = 3000)
    void unscaled_isTheUnscaledValue_upTo18Digits(@ForAll("decimals") BigDecimal value) {
        long fast = MinorUnits.unscaled(value);

        if (value.precision() <= 18) {
            assertThat(fast).isEqualTo(value.unscaledValue().longValueExact());
        } else {
            assertThat(fast).isEqualTo(MinorUnits.NONE);
        }
    }

    @Property(tries = 5000)
    void timesHalfEven_isTheRoundedProduct_orNone(@ForAll("decimals") BigDecimal amount,
            @ForAll("factors") BigDecimal factor) {
        long fast = MinorUnits.timesHalfEven(amount, factor);
        BigDecimal general = amount.multiply(factor).setScale(amount.scale(), RoundingMode.HALF_EVEN);

        Statistics.label("fast path").collect(fast != MinorUnits.NONE);
        if (fast != MinorUnits.NONE) {
            assertThat(BigDecimal.valueOf(fast, amount.scale())).isEqualTo(general);
        }
    }

    /** Probabilities of up to 10 decimals. */
    @Provide
    Arbitrary<BigDecimal> probabilities() {
        return Arbitraries.integers().between(0, 10).flatMap(scale ->
                Arbitraries.bigDecimals().between(BigDecimal.ZERO, BigDecimal.ONE).ofScale(scale));
    }

    /** Money as projects hold it (up to 10^16 minor units) times a probability: exact, and on the fast path. */
    @Property(tries = 3000)
    void timesHalfEven_fits_forMoneyTimesAProbability(@ForAll @LongRange(min = 0, max = 10_000_000_000_000_000L) long minor,
            @ForAll @IntRange(min = 0, max = 3) int scale, @ForAll("probabilities") BigDecimal probability) {
        BigDecimal amount = BigDecimal.valueOf(minor, scale);

        long fast = MinorUnits.timesHalfEven(amount, probability);

        BigDecimal general = amount.multiply(probability).setScale(scale, RoundingMode.HALF_EVEN);
        if (amount.precision() + probability.precision() <= 18) {
            assertThat(fast).isNotEqualTo(MinorUnits.NONE);
        }
        if (fast != MinorUnits.NONE) {
            assertThat(BigDecimal.valueOf(fast, scale)).isEqualTo(general);
        }
    }

    // 123.45 x 0.125 = 15.43125 -> 15.43; 1.00 x 0.125 = 0.125 -> 0.12 and 1.00 x 0.135 = 0.135 -> 0.14 (to
    // the even digit); -1.00 x 0.125 = -0.125 -> -0.12; 0.05 x 0.5 = 0.025 -> 0.02; 0.15 x 0.5 = 0.075 -> 0.08;
    // 500000.00 x 0.3 = 150000.00; 1250 (JPY) x 0.25 = 312.5 -> 312.
    @ParameterizedTest(name = "{0} x {1} = {2}")
    @CsvSource({
        "123.45, 0.125, 15.43", "1.00, 0.125, 0.12", "1.00, 0.135, 0.14", "-1.00, 0.125, -0.12", "0.05, 0.5, 0.02",
        "0.15, 0.5, 0.08", "500000.00, 0.3, 150000.00", "1250, 0.25, 312", "0.00, 0.7, 0.00", "99.99, 1, 99.99"})
    void timesHalfEven_workedExamples(String amount, String factor, String product) {
        long fast = MinorUnits.timesHalfEven(new BigDecimal(amount), new BigDecimal(factor));

        assertThat(BigDecimal.valueOf(fast, new BigDecimal(amount).scale())).isEqualTo(new BigDecimal(product));
    }

    @ParameterizedTest(name = "{0} x {1}: none")
    @CsvSource({
        "9223372036854775807, 2", // the product needs more than 64 bits
        "1234567890123456789, 0.1", // 19 digits
        "100.00, 0.1234567890123456789", // the factor has 19 digits
        "100.00, 5E+1", // negative scale of the factor
        "100.00, 1E-19"}) // the divisor 10^19 does not fit
    void timesHalfEven_isNone_whereItMightNotFit(String amount, String factor) {
        assertThat(MinorUnits.timesHalfEven(new BigDecimal(amount), new BigDecimal(factor))).isEqualTo(MinorUnits.NONE);
    }

    @Property(tries = 3000)
    void divideHalfEven_isTheRoundedQuotient(@ForAll long n, @ForAll @IntRange(min = 0, max = 18) int digits) {
        if (n == MinorUnits.NONE) {
            return;
        }
        long d = BigInteger.TEN.pow(digits).longValueExact();

        assertThat(MinorUnits.divideHalfEven(n, d))
                .isEqualTo(BigDecimal.valueOf(n).divide(BigDecimal.valueOf(d), 0, RoundingMode.HALF_EVEN).longValueExact());
    }

    @Property(tries = 3000)
    void plus_isTheExactSum_orNoneOnOverflow(@ForAll("longs") long a, @ForAll("longs") long b) {
        BigInteger exact = BigInteger.valueOf(a).add(BigInteger.valueOf(b));
        long fast = MinorUnits.plus(a, b);

        if (a == MinorUnits.NONE || b == MinorUnits.NONE || exact.bitLength() > 63
                || exact.equals(BigInteger.valueOf(Long.MIN_VALUE))) {
            assertThat(fast).isEqualTo(MinorUnits.NONE);
        } else {
            assertThat(fast).isEqualTo(exact.longValueExact());
        }
    }

    @Property(tries = 3000)
    void times_isTheExactProduct_orNoneOnOverflow(@ForAll("longs") long a, @ForAll("longs") long b) {
        BigInteger exact = BigInteger.valueOf(a).multiply(BigInteger.valueOf(b));
        long fast = MinorUnits.times(a, b);

        if (a == MinorUnits.NONE || b == MinorUnits.NONE || exact.bitLength() > 63
                || exact.equals(BigInteger.valueOf(Long.MIN_VALUE))) {
            assertThat(fast).isEqualTo(MinorUnits.NONE);
        } else {
            assertThat(fast).isEqualTo(exact.longValueExact());
        }
    }

    @Provide
    Arbitrary<Long> longs() {
        return Arbitraries.oneOf(Arbitraries.longs(), Arbitraries.longs().between(-1_000_000_000L, 1_000_000_000L),
                Arbitraries.of(0L, 1L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1L << 62, -(1L << 62),
                        3_037_000_500L, -3_037_000_500L));
    }

    @Property(tries = 3000)
    void floor_isTheDecimalFloorAtTheScale(@ForAll("decimals") BigDecimal value,
            @ForAll @IntRange(min = -25, max = 25) int to) {
        long fast = MinorUnits.floor(MinorUnits.unscaled(value), value.scale(), to);

        Statistics.label("fast path").collect(fast != MinorUnits.NONE);
        if (fast != MinorUnits.NONE) {
            assertThat(BigDecimal.valueOf(fast, to)).isEqualTo(value.setScale(to, RoundingMode.FLOOR));
        }
    }

    // 0.35 floored to 1 decimal is 0.3 (3 at scale 1); -0.35 is -0.4; 0.1 at scale 3 is 0.100 (100).
    @ParameterizedTest(name = "floor of {0} at scale {1} = {2} at that scale")
    @CsvSource({"0.35, 1, 3", "-0.35, 1, -4", "0.1, 3, 100", "37037.0367, 2, 3703703", "24000.0000, 2, 2400000"})
    void floor_workedExamples(String value, int to, long floor) {
        BigDecimal v = new BigDecimal(value);

        assertThat(MinorUnits.floor(MinorUnits.unscaled(v), v.scale(), to)).isEqualTo(floor);
    }
}
