package org.pmokit.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import net.jqwik.api.domains.DomainContextBase;

/**
 * Invariants of {@link Money}, checked on amounts in currencies with 0, 2, 3 and 4 decimal places,
 * from a few minor units to amounts near the magnitude limit. Each property runs jqwik's default
 * 1,000 tries.
 */
@Domain(MoneyPropertiesTest.MoneyDomain.class)
@Domain(DomainContext.Global.class)
class MoneyPropertiesTest {

    /** Three amounts in one currency. */
    record SameCurrency(Money a, Money b, Money c) {
    }

    /** Generates {@link Currency}, {@link Money} and {@link SameCurrency}. */
    static class MoneyDomain extends DomainContextBase {

        /** CNY and USD have 2 decimals, JPY 0, BHD 3, CLF 4. */
        private static final List<Currency> CURRENCIES =
                Stream.of("CNY", "USD", "JPY", "BHD", "CLF").map(Currency::getInstance).toList();

        /** Up to 10^27 minor units: three of them summed, or one times 20, stays within the 30-digit limit. */
        private static final BigInteger HUGE = BigInteger.TEN.pow(27);

        /** Up to 10^17 minor units (a quadrillion yuan): every budget there is. */
        private static final long BUDGET = 100_000_000_000_000_000L;

        @Provide
        Arbitrary<Currency> currencies() {
            return Arbitraries.of(CURRENCIES);
        }

        @Provide
        Arbitrary<Money> money() {
            return currencies().flatMap(MoneyDomain::amountsIn);
        }

        @Provide
        Arbitrary<SameCurrency> sameCurrency() {
            return currencies().flatMap(currency ->
                    Combinators.combine(amountsIn(currency), amountsIn(currency), amountsIn(currency))
                            .as(SameCurrency::new));
        }

        private static Arbitrary<Money> amountsIn(Currency currency) {
            int scale = currency.getDefaultFractionDigits();
            Arbitrary<Money> nearZero = Arbitraries.longs().between(-10_000, 10_000)
                    .map(minor -> Money.ofMinor(currency, minor));
            Arbitrary<Money> budgets = Arbitraries.longs().between(-BUDGET, BUDGET)
                    .map(minor -> Money.ofMinor(currency, minor));
            Arbitrary<Money> huge = Arbitraries.bigIntegers().between(HUGE.negate(), HUGE)
                    .map(unscaled -> Money.of(currency, new BigDecimal(unscaled, scale)));
            return Arbitraries.frequencyOf(List.of(Tuple.of(3, nearZero), Tuple.of(5, budgets), Tuple.of(2, huge)));
        }
    }

    @Property
    void plus_isAssociative(@ForAll SameCurrency m) {
        assertThat(m.a().plus(m.b()).plus(m.c())).isEqualTo(m.a().plus(m.b().plus(m.c())));
    }

    @Property
    void plus_isCommutative(@ForAll SameCurrency m) {
        assertThat(m.a().plus(m.b())).isEqualTo(m.b().plus(m.a()));
    }

    @Property
    void plusThenMinus_givesBackTheStart(@ForAll SameCurrency m) {
        assertThat(m.a().plus(m.b()).minus(m.b())).isEqualTo(m.a());
        assertThat(m.a().minus(m.b()).plus(m.b())).isEqualTo(m.a());
    }

    @Property
    void zero_isTheIdentityOfPlusAndMinus(@ForAll Money m) {
        Money zero = Money.zero(m.currency());

        assertThat(m.plus(zero)).isEqualTo(m);
        assertThat(zero.plus(m)).isEqualTo(m);
        assertThat(m.minus(zero)).isEqualTo(m);
        assertThat(zero.minus(m)).isEqualTo(m.negated());
        assertThat(m.minus(m)).isEqualTo(zero);
    }

    @Property
    void negated_twiceIsTheOriginal_andOnceCancelsIt(@ForAll Money m) {
        assertThat(m.negated().negated()).isEqualTo(m);
        assertThat(m.plus(m.negated()).isZero()).isTrue();
        assertThat(m.negated().isNegative()).isEqualTo(m.isPositive());
        assertThat(m.abs().isNegative()).isFalse();
    }

    @Property
    void parse_readsBackToString(@ForAll Money m) {
        Money read = Money.parse(m.toString());

        assertThat(read).isEqualTo(m);
        assertThat(read.amount().scale()).isEqualTo(m.currency().getDefaultFractionDigits());
        assertThat(read.toString()).isEqualTo(m.toString());
    }

    @Property
    void compareTo_hasTheSignOfTheDifference(@ForAll SameCurrency m) {
        int comparison = Integer.signum(m.a().compareTo(m.b()));

        assertThat(comparison).isEqualTo(m.a().minus(m.b()).amount().signum());
        assertThat(Integer.signum(m.b().compareTo(m.a()))).isEqualTo(-comparison);
        assertThat(m.a().isGreaterThan(m.b())).isEqualTo(comparison > 0);
        assertThat(m.a().isLessThan(m.b())).isEqualTo(comparison < 0);
        assertThat(m.a().minus(m.b()).isNegative()).isEqualTo(comparison < 0);
    }

    @Property
    void sortingByCompareTo_givesNonDecreasingAmounts(@ForAll SameCurrency m) {
        List<Money> sorted = Stream.of(m.a(), m.b(), m.c()).sorted().toList();

        assertThat(sorted.get(1).minus(sorted.get(0)).isNegative()).isFalse();
        assertThat(sorted.get(2).minus(sorted.get(1)).isNegative()).isFalse();
    }

    @Property
    void equals_agreesWithCompareTo_andHashCodeFollowsEquals(@ForAll SameCurrency m) {
        assertThat(m.a().equals(m.b())).isEqualTo(m.a().compareTo(m.b()) == 0);

        int scale = m.a().currency().getDefaultFractionDigits();
        Money sameWithMoreZeros = Money.of(m.a().currency(), m.a().amount().setScale(scale + 3));
        assertThat(sameWithMoreZeros).isEqualTo(m.a());
        assertThat(sameWithMoreZeros.hashCode()).isEqualTo(m.a().hashCode());
        assertThat(sameWithMoreZeros.compareTo(m.a())).isZero();
    }

    @Property
    void multipliedByLong_equalsRepeatedPlus(@ForAll Money m, @ForAll @IntRange(min = -20, max = 20) int factor) {
        Money repeated = Money.zero(m.currency());
        for (int i = 0; i < Math.abs(factor); i++) {
            repeated = factor > 0 ? repeated.plus(m) : repeated.minus(m);
        }

        assertThat(m.multipliedBy(factor)).isEqualTo(repeated);
        assertThat(m.multipliedBy(BigDecimal.valueOf(factor), RoundingMode.UNNECESSARY)).isEqualTo(repeated);
    }

    @Property
    void dividedByDown_timesN_doesNotExceedAPositiveAmount_andLeavesLessThanNMinorUnits(
            @ForAll Money m, @ForAll @IntRange(min = 1, max = 10_000) int n) {
        Money positive = m.abs();
        Assume.that(positive.isPositive());

        Money quotient = positive.dividedBy(n, RoundingMode.DOWN);
        Money remainder = positive.minus(quotient.multipliedBy(n));

        assertThat(quotient.multipliedBy(n)).isLessThanOrEqualTo(positive);
        assertThat(remainder.isNegative()).isFalse();
        assertThat(remainder).isLessThan(Money.ofMinor(m.currency(), n));
    }

    @Property
    void dividedBy_floorAndCeiling_bracketTheExactQuotient_oneMinorUnitApart(
            @ForAll Money m, @ForAll @IntRange(min = -10_000, max = 10_000) int n) {
        Assume.that(n != 0);
        Money floor = m.dividedBy(n, RoundingMode.FLOOR);
        Money ceiling = m.dividedBy(n, RoundingMode.CEILING);
        Money oneMinorUnit = Money.ofMinor(m.currency(), 1);
        // m / n lies in [floor, ceiling]: compare the products, flipping for a negative divisor
        Money low = n > 0 ? floor.multipliedBy(n) : ceiling.multipliedBy(n);
        Money high = n > 0 ? ceiling.multipliedBy(n) : floor.multipliedBy(n);

        assertThat(low).isLessThanOrEqualTo(m);
        assertThat(high).isGreaterThanOrEqualTo(m);
        assertThat(ceiling.minus(floor)).isIn(Money.zero(m.currency()), oneMinorUnit);
        assertThat(m.dividedBy(n, RoundingMode.HALF_EVEN)).isIn(floor, ceiling);
        assertThat(m.dividedBy(n, RoundingMode.HALF_UP)).isIn(floor, ceiling);
    }

    @Property
    void dividedBy_halfEven_isWithinHalfAMinorUnitOfTheExactQuotient(
            @ForAll Money m, @ForAll @IntRange(min = 1, max = 10_000) int n) {
        Money error = m.dividedBy(n, RoundingMode.HALF_EVEN).multipliedBy(n).minus(m).abs();

        // |q - m/n| <= 1/2 minor unit, so |q * n - m| * 2 <= n minor units
        assertThat(error.multipliedBy(2)).isLessThanOrEqualTo(Money.ofMinor(m.currency(), n));
    }

    @Property
    void everyResult_staysAtTheCurrencyScale(@ForAll SameCurrency m, @ForAll @IntRange(min = 1, max = 20) int n) {
        int scale = m.a().currency().getDefaultFractionDigits();

        assertThat(Stream.of(
                m.a().plus(m.b()),
                m.a().minus(m.b()),
                m.a().multipliedBy(n),
                m.a().multipliedBy(new BigDecimal("0.0137"), RoundingMode.HALF_EVEN),
                m.a().dividedBy(n, RoundingMode.HALF_EVEN),
                m.a().negated(),
                m.a().abs()))
                .allSatisfy(result -> assertThat(result.amount().scale()).isEqualTo(scale));
    }

    @Property
    void ofMinor_andToMinorUnits_roundTrip(@ForAll Currency currency, @ForAll long minorUnits) {
        Money money = Money.ofMinor(currency, minorUnits);

        assertThat(money.toMinorUnits()).isEqualTo(minorUnits);
        assertThat(money).isEqualTo(Money.of(currency, BigDecimal.valueOf(minorUnits, currency.getDefaultFractionDigits())));
    }

    @Property
    void mixingCurrencies_alwaysThrows_namingBoth(@ForAll Money a, @ForAll Money b) {
        Assume.that(!a.currency().equals(b.currency()));
        String message = "currency mismatch: " + a.currency().getCurrencyCode() + " and " + b.currency().getCurrencyCode();

        assertThatThrownBy(() -> a.plus(b)).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> a.minus(b)).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThatThrownBy(() -> a.compareTo(b)).isInstanceOf(CurrencyMismatchException.class).hasMessage(message);
        assertThat(a).isNotEqualTo(b);
    }

    /**
     * An amount already at the currency's scale (the shortcut of {@code of}) gives the same money
     * as that amount with two more trailing zeros (the general way, stripping and setting the
     * scale): {@code 12.34} CNY is {@code 12.3400} CNY is {@code CNY 12.34}.
     */
    @Property
    void of_anAmountAtTheScale_isTheSameAsWithTrailingZeros(@ForAll Money m) {
        BigDecimal atScale = m.amount();
        BigDecimal padded = atScale.setScale(atScale.scale() + 2, RoundingMode.UNNECESSARY);

        Money shortcut = Money.of(m.currency(), atScale);
        Money general = Money.of(m.currency(), padded);

        assertThat(shortcut).isEqualTo(general).isEqualTo(m);
        assertThat(shortcut.amount()).isEqualTo(general.amount());
        assertThat(shortcut.amount().scale()).isEqualTo(m.currency().getDefaultFractionDigits());
    }
}
