package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.finance.Fixtures.CNY;
import static org.pmokit.rules.finance.Fixtures.cny;

import java.util.Currency;
import java.util.List;
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
                .isInstanceOf(CurrencyMismatchException.class);
        assertThatThrownBy(() -> new CashFlowSeries(CNY, List.of(usd))).isInstanceOf(CurrencyMismatchException.class);
    }

    @Test
    void aPeriodBeyondTheLimit_isRefused() {
        assertThatThrownBy(() -> CashFlowSeries.of(CNY, List.of(CashFlow.of(Limits.MAX_PERIOD + 1, cny("1.00")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cash flow period must be at most 1000: 1001");
    }
}
