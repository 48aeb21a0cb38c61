package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;

class MoneySumTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static Money cny(String amount) {
        return Money.of(CNY, new BigDecimal(amount));
    }

    /** Money.plus one by one, from zero: what a sum must equal. */
    private static Money chained(Currency currency, List<Money> amounts) {
        Money sum = Money.zero(currency);
        for (Money m : amounts) {
            sum = sum.plus(m);
        }
        return sum;
    }

    @Test
    void total_isTheExactSum_atTheCurrencysScale() {
        // 1,200,000.50 + 0.25 - 200,000.00 = 1,000,000.75
        MoneySum sum = new MoneySum(CNY);
        sum.add(cny("1200000.50"));
        sum.add(cny("0.25"));
        sum.add(cny("-200000.00"));
        assertThat(sum.total()).isEqualTo(cny("1000000.75"));
        assertThat(sum.total().amount().scale()).isEqualTo(2);
    }

    @Test
    void anEmptySum_isZero_atTheCurrencysScale() {
        assertThat(new MoneySum(CNY).total()).isEqualTo(Money.zero(CNY));
        assertThat(new MoneySum(JPY).total().amount().scale()).isZero();
    }

    @Test
    void anAmountInAnotherCurrency_isNotAdded_andAddSaysSo() {
        MoneySum sum = new MoneySum(CNY);
        assertThat(sum.add(cny("10.00"))).isTrue();
        assertThat(sum.add(Money.of(JPY, BigDecimal.valueOf(500)))).isFalse();
        assertThat(sum.total()).isEqualTo(cny("10.00"));
    }

    @Test
    void aSumBeyondTheRangeOfALong_goesOnExactly() {
        // 9e16 CNY is 9e18 minor units: two of them leave the long range (9.22e18)
        Money big = cny("90000000000000000.00");
        MoneySum sum = new MoneySum(CNY);
        sum.add(big);
        sum.add(big);
        sum.add(cny("0.01"));
        assertThat(sum.total()).isEqualTo(cny("180000000000000000.01"));
    }

    @Test
    void aSumBeyondTheMoneyLimit_failsAsMoneyPlusFails() {
        Money huge = cny("999999999999999999999999999999.00"); // 30 integer digits, the most Money holds
        MoneySum sum = new MoneySum(CNY);
        sum.add(huge);
        assertThatThrownBy(() -> sum.add(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + Money.MAX_INTEGER_DIGITS + " integer digits");
        assertThatThrownBy(() -> huge.plus(huge)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most " + Money.MAX_INTEGER_DIGITS + " integer digits");
    }

    @Provide
    Arbitrary<List<Money>> amounts() {
        Arbitrary<Money> small = Arbitraries.longs().between(-10_000_000_000L, 10_000_000_000L)
                .map(minor -> Money.ofMinor(CNY, minor));
        Arbitrary<Money> large = Arbitraries.bigDecimals()
                .between(new BigDecimal("-1E20"), new BigDecimal("1E20")).ofScale(2).map(v -> Money.of(CNY, v));
        Arbitrary<Money> nearLongLimit = Arbitraries.longs().between(Long.MAX_VALUE / 4, Long.MAX_VALUE)
                .map(minor -> Money.ofMinor(CNY, minor));
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(8, small), net.jqwik.api.Tuple.of(1, large), net.jqwik.api.Tuple.of(1, nearLongLimit))
                .list().ofMaxSize(60);
    }

    @Property(tries = 500)
    void total_equalsMoneyPlus_oneByOne_inValueAndScale(@ForAll("amounts") List<Money> amounts) {
        MoneySum sum = new MoneySum(CNY);
        amounts.forEach(sum::add);
        Money expected = chained(CNY, amounts);
        assertThat(sum.total()).isEqualTo(expected);
        assertThat(sum.total().amount().scale()).isEqualTo(expected.amount().scale());
    }
}
