package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import java.math.MathContext;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Text;

class TextsTest {

    @Test
    void percent_hasAtMostTwoDecimals_roundedHalfEven() {
        assertThat(Texts.percent(new BigDecimal("0.175"))).isEqualTo("17.5%");
        assertThat(Texts.percent(new BigDecimal("0.20"))).isEqualTo("20%");
        assertThat(Texts.percent(new BigDecimal("0.2125"))).isEqualTo("21.25%");
        assertThat(Texts.percent(new BigDecimal("0.0882352941"))).isEqualTo("8.82%");
        assertThat(Texts.percent(new BigDecimal("0.000125"))).isEqualTo("0.01%");
        assertThat(Texts.percent(BigDecimal.ZERO)).isEqualTo("0%");
        assertThat(Texts.band(new BigDecimal("0.15"), new BigDecimal("0.20"))).isEqualTo("15%-20%");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "-0.068125, -6.81%",        // -6.8125%: half-even to -6.81
        "0.06815, 6.82%",           // 6.815%: a tie, to the even 6.82
        "0.06825, 6.82%",           // 6.825%: a tie, to the even 6.82
        "0.0005, 0.05%",
        "-0.00004, 0%",             // rounds to zero: no minus sign
        "1.5, 150%",
        "2E+1, 2000%",              // a negative scale
        "0.30000, 30%",
        "12345678901.2345, 1234567890123.45%", // 15 digits: the general way
        "0.1750000000000000000000000000000000, 17.5%", // a DECIMAL128 quotient
    })
    void percent_roundsHalfEven_withoutTrailingZerosOrExponent(String fraction, String expected) {
        assertThat(Texts.percent(new BigDecimal(fraction))).isEqualTo(expected);
        assertThat(Texts.generalPercent(new BigDecimal(fraction))).isEqualTo(expected);
    }

    @Provide
    Arbitrary<BigDecimal> fractions() {
        Arbitrary<BigDecimal> compact = Combinators.combine(Arbitraries.longs(), Arbitraries.integers().between(-3, 20))
                .as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> small = Combinators.combine(Arbitraries.longs().between(-2_000_000, 2_000_000),
                Arbitraries.integers().between(0, 8)).as(BigDecimal::valueOf);
        Arbitrary<BigDecimal> quotients = Combinators.combine(Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L),
                Arbitraries.longs().between(1, 10_000_000_000L)).as((a, b) -> BigDecimal.valueOf(a, 2)
                        .divide(BigDecimal.valueOf(b, 2), MathContext.DECIMAL128));
        // ties at the fourth place: k + 0.5 ten-thousandths
        Arbitrary<BigDecimal> ties = Arbitraries.longs().between(-100_000, 100_000)
                .map(k -> BigDecimal.valueOf(2 * k + 1, 5));
        return Arbitraries.oneOf(compact, small, quotients, ties);
    }

    /** The fast way writes what the general way writes. */
    @Property(tries = 5000)
    void percent_isTheGeneralWay(@ForAll("fractions") BigDecimal fraction) {
        assertThat(Texts.percent(fraction)).isEqualTo(Texts.generalPercent(fraction));
    }

    @Test
    void money_hasTheCurrencyAndGroupedDigits() {
        assertThat(Texts.money(Money.of("CNY", "8000000.00"))).isEqualTo("CNY 8,000,000.00");
        assertThat(Texts.money(Money.of("CNY", "-83.72"))).isEqualTo("CNY -83.72");
        assertThat(Texts.money(Money.of(Currency.getInstance("JPY"), 1234567))).isEqualTo("JPY 1,234,567");
    }

    @Test
    void otherCurrency_namesEveryCurrency_inBothLanguages() {
        assertThat(Texts.otherCurrency("actual costs", "实际成本", new TreeSet<>(List.of("USD", "EUR")),
                Currency.getInstance("CNY")))
                .isEqualTo(Text.of("actual costs in EUR, USD, not in the project's currency CNY",
                        "实际成本币种 EUR、USD 与项目币种 CNY 不一致"));
    }
}
