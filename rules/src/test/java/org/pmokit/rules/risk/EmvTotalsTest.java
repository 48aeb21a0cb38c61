package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskKind;

/**
 * The EMV totals: the sums in minor units give what {@link org.pmokit.rules.MoneySum} gives, or
 * leave the sum to it.
 */
class EmvTotalsTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static RiskResult result(RiskKind kind, RiskCategory category, Money emv) {
        var risk = (kind == RiskKind.THREAT ? threat("R1") : opportunity("R1")).category(category).build();
        return new RiskResult(risk, 3, 3, RiskBand.MEDIUM, emv);
    }

    // Threats -150,000.00 and -0.05, opportunity +60,000.00: threats -150,000.05; TECHNICAL holds the
    // threat of 150,000.00 and the opportunity, 210,000.00; VENDOR the threat of 0.05.
    @Test
    void sumsThreats_opportunities_andTheMagnitudesByCategory() {
        List<RiskResult> results = List.of(result(RiskKind.THREAT, RiskCategory.TECHNICAL, cny("-150000.00")),
                result(RiskKind.OPPORTUNITY, RiskCategory.TECHNICAL, cny("60000.00")),
                result(RiskKind.THREAT, RiskCategory.VENDOR, cny("-0.05")));

        for (EmvTotals totals : List.of(EmvTotals.of(CNY, results), EmvTotals.inMinorUnits(CNY, results),
                EmvTotals.general(CNY, results))) {
            assertThat(totals.threats()).isEqualTo(cny("-150000.05"));
            assertThat(totals.opportunities()).isEqualTo(cny("60000.00"));
            assertThat(totals.exposure(RiskCategory.TECHNICAL)).isEqualTo(cny("210000.00"));
            assertThat(totals.exposure(RiskCategory.VENDOR)).isEqualTo(cny("0.05"));
            assertThat(totals.exposure(RiskCategory.SECURITY)).isEqualTo(cny("0.00"));
        }
    }

    @Test
    void leavesOutAnAmountInAnotherCurrency() {
        List<RiskResult> results = List.of(result(RiskKind.THREAT, RiskCategory.TECHNICAL, Money.of("USD", "-5.00")),
                result(RiskKind.THREAT, RiskCategory.TECHNICAL, cny("-1.00")));

        assertThat(EmvTotals.inMinorUnits(CNY, results).threats()).isEqualTo(cny("-1.00"));
        assertThat(EmvTotals.general(CNY, results).threats()).isEqualTo(cny("-1.00"));
    }

    // Two threats of 9.22e16 CNY overflow a long of fen: the fast way gives up, the general way sums them.
    @Test
    void leavesTheSumToTheGeneralWay_whenItOverflows() {
        Money large = Money.ofMinor(CNY, -Long.MAX_VALUE);
        List<RiskResult> results = List.of(result(RiskKind.THREAT, RiskCategory.TECHNICAL, large),
                result(RiskKind.THREAT, RiskCategory.VENDOR, large));

        assertThat(EmvTotals.inMinorUnits(CNY, results)).isNull();
        assertThat(EmvTotals.of(CNY, results).threats()).isEqualTo(large.plus(large));
    }

    // The general way fails past 30 integer digits, as MoneySum does; the fast way never gets there.
    @Test
    void failsAsMoneySumDoes_pastThirtyIntegerDigits() {
        Money huge = Money.of(CNY, new BigDecimal("-900000000000000000000000000000.00"));
        List<RiskResult> results = List.of(result(RiskKind.THREAT, RiskCategory.TECHNICAL, huge),
                result(RiskKind.THREAT, RiskCategory.TECHNICAL, huge));

        assertThat(EmvTotals.inMinorUnits(CNY, results)).isNull();
        assertThatThrownBy(() -> EmvTotals.of(CNY, results)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("amount must have at most 30 integer digits");
    }

    /** EMVs of every size up to 30 integer digits, both signs, mostly in CNY. */
    @Provide
    Arbitrary<List<RiskResult>> results() {
        Arbitrary<BigInteger> minor = Arbitraries.oneOf(
                Arbitraries.longs().between(-100_000_000_000L, 100_000_000_000L).map(BigInteger::valueOf),
                Arbitraries.longs().map(BigInteger::valueOf),
                Arbitraries.of(Long.MAX_VALUE, Long.MIN_VALUE, Long.MAX_VALUE / 2, 0L).map(BigInteger::valueOf),
                Arbitraries.bigIntegers().between(BigInteger.TEN.pow(31).negate(), BigInteger.TEN.pow(31)));
        Arbitrary<Money> emv = Combinators.combine(minor, Arbitraries.of("CNY", "CNY", "CNY", "USD"))
                .as((m, code) -> Money.of(Currency.getInstance(code), new BigDecimal(m, 2)));
        Arbitrary<RiskResult> result = Combinators.combine(Arbitraries.of(RiskKind.class),
                Arbitraries.of(RiskCategory.class), emv).as(EmvTotalsTest::result);
        return result.list().ofMaxSize(25);
    }

    @Property(tries = 3000)
    void inMinorUnits_isTheGeneralWays_whereItFits(@ForAll("results") List<RiskResult> results) {
        EmvTotals fast = EmvTotals.inMinorUnits(CNY, results);
        EmvTotals general;
        try {
            general = EmvTotals.general(CNY, results);
        } catch (IllegalArgumentException beyondThirtyDigits) {
            assertThat(fast).isNull();
            assertThatThrownBy(() -> EmvTotals.of(CNY, results)).hasMessage(beyondThirtyDigits.getMessage());
            return;
        }

        Statistics.label("fast path").collect(fast != null);
        EmvTotals chosen = EmvTotals.of(CNY, results);
        for (EmvTotals totals : fast == null ? List.of(chosen) : List.of(chosen, fast)) {
            assertThat(totals.threats()).isEqualTo(general.threats());
            assertThat(totals.opportunities()).isEqualTo(general.opportunities());
            for (RiskCategory c : RiskCategory.values()) {
                assertThat(totals.exposure(c)).isEqualTo(general.exposure(c));
            }
        }
    }
}
