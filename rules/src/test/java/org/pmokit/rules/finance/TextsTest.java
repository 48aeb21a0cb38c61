package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
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
