package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.money.Money;

class DisplayTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "CNY | 8000000.00 | CNY 8,000,000.00",
        "CNY | -545000    | CNY -545,000.00",
        "CNY | 0          | CNY 0.00",
        "CNY | 999.5      | CNY 999.50",
        "CNY | 1000       | CNY 1,000.00",
        "JPY | 1500       | JPY 1,500",
        "BHD | -12345.678 | BHD -12,345.678"})
    void money_groupsIntegerDigitsInThrees_atTheCurrencyScale(String code, String amount, String shown) {
        assertThat(Display.money(Money.of(Currency.getInstance(code), new BigDecimal(amount)))).isEqualTo(shown);
    }

    @Property(tries = 500)
    void money_agreesWithStringFormat(@ForAll @LongRange(min = -1_000_000_000_000L, max = 1_000_000_000_000L) long fen) {
        Money money = Money.ofMinor(Currency.getInstance("CNY"), fen);

        assertThat(Display.money(money))
                .isEqualTo("CNY " + String.format(Locale.ENGLISH, "%,.2f", money.amount()));
    }

    @Test
    void money_refusesNull() {
        assertThatThrownBy(() -> Display.money(null)).isInstanceOf(NullPointerException.class).hasMessage("money");
    }
}
