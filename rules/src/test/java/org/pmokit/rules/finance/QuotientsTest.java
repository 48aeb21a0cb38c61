package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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
