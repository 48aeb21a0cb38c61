package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.finance.Fixtures.CNY;
import static org.pmokit.rules.finance.Fixtures.cny;

import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Limits;

class CashFlowSeriesTest {

    @Test
    void of_sumsCashFlowsPerPeriod_inAnyOrder_withZeroForAPeriodWithout() {
        CashFlowSeries series = CashFlowSeries.of(CNY, List.of(
                CashFlow.of(3, cny("250.00")),
                CashFlow.of(0, cny("-1000.00")),
                CashFlow.of(3, cny("50.00")),
                CashFlow.of(1, cny("400.50"))));
        assertThat(series.flows()).containsExactly(cny("-1000.00"), cny("400.50"), cny("0.00"), cny("300.00"));
        assertThat(series.horizon()).isEqualTo(3);
        assertThat(series.total()).isEqualTo(cny("-299.50"));
        assertThat(series.flow(1)).isEqualTo(cny("400.50"));
    }

    @Test
    void of_withoutCashFlows_isEmpty() {
        CashFlowSeries series = CashFlowSeries.of(CNY, List.of());
        assertThat(series.isEmpty()).isTrue();
        assertThat(series.horizon()).isEqualTo(-1);
        assertThat(series.total()).isEqualTo(cny("0.00"));
    }

    @Test
    void of_majorUnits_isPeriodZeroFirst() {
        assertThat(CashFlowSeries.of(CNY, -1000, 500).flows()).containsExactly(cny("-1000.00"), cny("500.00"));
    }

    @Test
    void aFlowInAnotherCurrency_isRefused() {
        Money usd = Money.of(Currency.getInstance("USD"), 5);
        assertThatThrownBy(() -> CashFlowSeries.of(CNY, List.of(CashFlow.of(0, usd))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: CNY and USD");
        // the first flow of a period and a later one are refused alike
        assertThatThrownBy(() -> CashFlowSeries.of(CNY, List.of(CashFlow.of(0, cny("1.00")), CashFlow.of(0, usd))))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: CNY and USD");
        assertThatThrownBy(() -> new CashFlowSeries(CNY, List.of(usd))).isInstanceOf(CurrencyMismatchException.class);
    }

    /** The general way: every period starts at zero and adds its flows one by one with {@link Money#plus}. */
    private static List<Money> summedFromZero(List<CashFlow> cashFlows) {
        int horizon = cashFlows.stream().mapToInt(CashFlow::period).max().orElse(-1);
        List<Money> sums = new ArrayList<>();
        for (int t = 0; t <= horizon; t++) {
            sums.add(Money.zero(CNY));
        }
        for (CashFlow c : cashFlows) {
            sums.set(c.period(), sums.get(c.period()).plus(c.amount()));
        }
        return sums;
    }

    @Provide
    Arbitrary<List<CashFlow>> cashFlows() {
        Arbitrary<CashFlow> flow = Combinators.combine(Arbitraries.integers().between(0, 8),
                Arbitraries.longs().between(-10_000_000L, 10_000_000L))
                .as((period, minor) -> CashFlow.of(period, Money.ofMinor(CNY, minor)));
        return flow.list().ofMaxSize(12);
    }

    /** Each period's first flow stands for its own sum; the result is the general way's, amount and scale. */
    @Property(tries = 2000)
    void of_isTheSumFromZeroPerPeriod(@ForAll("cashFlows") List<CashFlow> cashFlows) {
        List<Money> expected = summedFromZero(cashFlows);
        CashFlowSeries series = CashFlowSeries.of(CNY, cashFlows);
        assertThat(series.flows()).isEqualTo(expected);
        for (int t = 0; t < expected.size(); t++) {
            assertThat(series.flow(t).amount().scale()).isEqualTo(expected.get(t).amount().scale());
        }
    }

    @Test
    void aPeriodBeyondTheLimit_isRefused() {
        assertThatThrownBy(() -> CashFlowSeries.of(CNY, List.of(CashFlow.of(Limits.MAX_PERIOD + 1, cny("1.00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cash flow period must be at most 1000: 1001");
    }
}
