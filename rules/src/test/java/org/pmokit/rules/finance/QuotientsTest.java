package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuotientsTest {

    /** Exact quotients take the fast path; the value and the scale are BigDecimal's. */
    @ParameterizedTest(name = "{0} / {1} = {2}")
    @CsvSource({
        "1, 8, 0.125",                 // 1/2^3: three places
        "36, 100, 0.36",
        "3.80, 1, 3.80",               // preferred scale 2 kept: trailing zero stays
        "380, 100, 3.8",
        "1750000.00, 10000000.00, 0.175", // the CRM sample's 17.5% contingency
        "-545000.00, 8000000.00, -0.068125",
        "100, 4, 25",
        "1, 3, 0.3333333333333333333333333333333333", // inexact: left to BigDecimal, 34 digits
        "3, 6, 0.5",                   // 6 = 2 x 3 and 3 divides 3: 3 / 3 = 1 over 2^1
        "-27, 0.36, -75",              // 36 = 2^2 3^2 and 9 divides 27: -3 x 25 at scale 2 - 2, then -75
        "7, 0.35, 2E+1",               // 35 = 5 x 7: 1 / 5 = 2 at scale 1 - 2 = -1 (preferred), 2E+1
        "22, 7, 3.142857142857142857142857142857143", // 7 does not divide 22: BigDecimal
    })
    void divide_givesWhatBigDecimalGives(String dividend, String divisor, String quotient) {
        BigDecimal x = new BigDecimal(dividend);
        BigDecimal y = new BigDecimal(divisor);
        BigDecimal q = Quotients.divide(x, y, MathContext.DECIMAL128);
        assertThat(q).isEqualTo(new BigDecimal(quotient)); // equals: value and scale
        assertThat(q).isEqualTo(x.divide(y, MathContext.DECIMAL128));
    }

    @ParameterizedTest
    @CsvSource({"1, 0", "0, 0"})
    void divide_byZero_failsAsBigDecimalFails(String dividend, String divisor) {
        BigDecimal x = new BigDecimal(dividend);
        assertThatThrownBy(() -> Quotients.divide(x, BigDecimal.ZERO, MathContext.DECIMAL128))
                .isInstanceOf(ArithmeticException.class)
                .hasMessage(catchMessage(x));
    }

    private static String catchMessage(BigDecimal x) {
        try {
            x.divide(BigDecimal.ZERO, MathContext.DECIMAL128);
            throw new AssertionError("BigDecimal should have failed");
        } catch (ArithmeticException e) {
            return e.getMessage();
        }
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(-1_000_000, 1_000_000).flatMap(u -> Arbitraries.integers().between(-3, 8)
                        .map(scale -> BigDecimal.valueOf(u, scale))),
                Arbitraries.longs().flatMap(u -> Arbitraries.integers().between(-5, 12).map(scale -> BigDecimal.valueOf(u, scale))),
                Arbitraries.of(2L, 4L, 5L, 8L, 16L, 20L, 25L, 40L, 125L, 1024L, 390625L, 1_000_000L)
                        .flatMap(u -> Arbitraries.integers().between(-2, 6).map(scale -> BigDecimal.valueOf(u, scale))));
    }

    @Provide
    Arbitrary<MathContext> contexts() {
        return Arbitraries.of(MathContext.DECIMAL128, MathContext.DECIMAL64, MathContext.DECIMAL32,
                new MathContext(3, RoundingMode.HALF_EVEN), new MathContext(5, RoundingMode.DOWN),
                new MathContext(7, RoundingMode.UNNECESSARY), MathContext.UNLIMITED);
    }

    /**
     * Exact quotients whose divisor has factors other than 2 and 5 that the dividend cancels: x = f y
     * with f a finite decimal, so x / y = f, taken by the fast path when it fits.
     */
    @Property(tries = 3000)
    void divide_ofAMultiple_isBigDecimalsDivide(@ForAll("decimals") BigDecimal f, @ForAll("decimals") BigDecimal y,
            @ForAll("contexts") MathContext mc) {
        BigDecimal x = f.multiply(y);
        divide_isBigDecimalsDivide(x, y, mc);
    }

    @Provide
    Arbitrary<BigDecimal> operands() {
        Arbitrary<BigDecimal> money = Combinators.combine(Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L),
                Arbitraries.integers().between(0, 2)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> growth = Combinators.combine(Arbitraries.integers().between(1, 5),
                Arbitraries.of("1.08", "1.1", "1.0725", "0.97", "1.123456789")).as((t, rate) -> new BigDecimal(rate).pow(t));
        Arbitrary<BigDecimal> wide = Combinators.combine(Arbitraries.longs().between(-999_999_999_999_999_999L,
                999_999_999_999_999_999L), Arbitraries.integers().between(-20, 40)).as(BigDecimal::valueOf);
        return Arbitraries.oneOf(money, growth, wide).filter(d -> d.signum() != 0);
    }

    /**
     * The rounded fast path at DECIMAL128: money over money or over a growth factor (1.08^t), and
     * 18-digit operands at any scale, give BigDecimal's 34 digits at BigDecimal's scale.
     */
    @Property(tries = 5000)
    void divide_atDecimal128_isBigDecimalsDivide(@ForAll("operands") BigDecimal x, @ForAll("operands") BigDecimal y) {
        assertThat(Quotients.divide(x, y, MathContext.DECIMAL128)).isEqualTo(x.divide(y, MathContext.DECIMAL128));
    }

    /** Worked example of the rounded path: 1,000,000.00 / 1.08^2 = 1,000,000 / 1.1664, 34 digits half-even. */
    @Test
    void divide_roundsAnInexactQuotientToThirtyFourDigits() {
        // 1000000 / 1.1664 = 857338.8203017832647462277091906721|536351...: what follows the 34th digit
        // (0.536 of a unit) is above half, so the 34th digit goes up from 1 to 2
        assertThat(Quotients.divide(new BigDecimal("1000000.00"), new BigDecimal("1.1664"), MathContext.DECIMAL128))
                .isEqualTo(new BigDecimal("857338.8203017832647462277091906722"));
    }

    /** Same value and scale as BigDecimal, or the same failure (division by zero, inexact with UNNECESSARY). */
    @Property(tries = 3000)
    void divide_isBigDecimalsDivide(@ForAll("decimals") BigDecimal x, @ForAll("decimals") BigDecimal y,
            @ForAll("contexts") MathContext mc) {
        BigDecimal expected;
        try {
            expected = x.divide(y, mc);
        } catch (ArithmeticException e) {
            assertThatThrownBy(() -> Quotients.divide(x, y, mc)).isInstanceOf(ArithmeticException.class)
                    .hasMessage(e.getMessage());
            return;
        }
        BigDecimal q = Quotients.divide(x, y, mc);
        assertThat(q).isEqualTo(expected);
        assertThat(q.scale()).isEqualTo(expected.scale());
    }
}
