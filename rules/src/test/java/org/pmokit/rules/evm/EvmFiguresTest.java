package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pmokit.rules.evm.EvmFixtures.amount;
import static org.pmokit.rules.evm.EvmFixtures.cny;
import static org.pmokit.rules.evm.EvmFixtures.days;
import static org.pmokit.rules.evm.EvmFixtures.ratio;
import static org.pmokit.rules.evm.EvmFixtures.reason;

import java.util.Currency;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * The metrics of {@link EvmFigures} on FORMULAS.md section 4's worked example, and every undefined
 * case of section 5.
 */
class EvmFiguresTest {

    private static EvmFigures figures(String bac, String pv, String ev, String ac) {
        return EvmFigures.of(cny(bac), cny(pv), cny(ev), cny(ac));
    }

    /**
     * The worked example: linear plan, BAC 100,000 over 10 working days; at AT = 4, PV = 40,000, EV =
     * 30,000, AC = 35,000 and ES = 3 (PV reaches 30,000 after exactly 3 days).
     */
    private static final EvmFigures WORKED = figures("100000.00", "40000.00", "30000.00", "35000.00")
            .withSchedule(4, 10, 3);

    @Test
    void workedExample_costMetrics() {
        assertThat(WORKED.cv()).isEqualTo(cny("-5000.00"));                    // 30,000 - 35,000
        assertThat(WORKED.sv()).isEqualTo(cny("-10000.00"));                   // 30,000 - 40,000
        assertThat(ratio(WORKED.cvPercent())).isCloseTo(-1.0 / 6, within(1e-15)); // -5,000 / 30,000
        assertThat(ratio(WORKED.svPercent())).isEqualTo(-0.25);                  // -10,000 / 40,000
        assertThat(ratio(WORKED.cpi())).isCloseTo(0.857142857142857, within(1e-15)); // 30,000 / 35,000 = 6/7
        assertThat(ratio(WORKED.spi())).isEqualTo(0.75);                         // 30,000 / 40,000
        assertThat(ratio(WORKED.csi())).isCloseTo(0.642857142857143, within(1e-15)); // 6/7 x 3/4 = 9/14
    }

    @Test
    void workedExample_forecasts_eachNamed() {
        // EAC(CPI) = 100,000 / (6/7) = 116,666.666... -> 116,666.67
        assertThat(amount(WORKED.eac(EacMethod.CPI))).isEqualTo(cny("116666.67"));
        assertThat(amount(WORKED.get(EvmMetric.EAC_CPI))).isEqualTo(cny("116666.67"));
        // EAC(budget rate) = 35,000 + (100,000 - 30,000) = 105,000
        assertThat(amount(WORKED.eac(EacMethod.BUDGET_RATE))).isEqualTo(cny("105000.00"));
        // EAC(CPI x SPI) = 35,000 + 70,000 / (9/14) = 35,000 + 108,888.888... = 143,888.89
        assertThat(amount(WORKED.eac(EacMethod.CPI_SPI))).isEqualTo(cny("143888.89"));
        assertThat(reason(WORKED.eac(EacMethod.BOTTOM_UP))).isEqualTo(Text.of("no estimates to complete given",
                "未提供完工尚需估算"));
        // by the default method, CPI: ETC = 116,666.67 - 35,000 = 81,666.67, VAC = -16,666.67
        assertThat(WORKED.eacMethod()).isEqualTo(EacMethod.CPI);
        assertThat(amount(WORKED.etc())).isEqualTo(cny("81666.67"));
        assertThat(amount(WORKED.vac())).isEqualTo(cny("-16666.67"));
        // TCPI(BAC) = 70,000 / 65,000 = 1.076923...
        assertThat(ratio(WORKED.tcpiBac())).isCloseTo(1.0769230769230769, within(1e-15));
        // TCPI(EAC) by CPI = 70,000 / 81,666.666... = 6/7, the CPI itself
        assertThat(ratio(WORKED.tcpiEac())).isCloseTo(6.0 / 7, within(1e-15));
        // by budget rate: ETC = 70,000, TCPI(EAC) = 1
        assertThat(amount(WORKED.etc(EacMethod.BUDGET_RATE))).isEqualTo(cny("70000.00"));
        assertThat(amount(WORKED.vac(EacMethod.BUDGET_RATE))).isEqualTo(cny("-5000.00"));
        assertThat(ratio(WORKED.tcpiEac(EacMethod.BUDGET_RATE))).isEqualTo(1.0);
        // by CPI x SPI: 70,000 / 108,888.888... = 9/14
        assertThat(ratio(WORKED.tcpiEac(EacMethod.CPI_SPI))).isCloseTo(9.0 / 14, within(1e-15));
    }

    @Test
    void workedExample_earnedSchedule() {
        assertThat(days(WORKED.es())).isEqualTo(3.0);
        assertThat(days(WORKED.at())).isEqualTo(4.0);
        assertThat(days(WORKED.pd())).isEqualTo(10.0);
        assertThat(days(WORKED.svT())).isEqualTo(-1.0);               // 3 - 4
        assertThat(ratio(WORKED.spiT())).isEqualTo(0.75);              // 3 / 4
        assertThat(ratio(WORKED.tspi())).isCloseTo(7.0 / 6, within(1e-15)); // (10 - 3) / (10 - 4)
        assertThat(days(WORKED.ieacT())).isCloseTo(13.333333333333334, within(1e-12)); // 10 / 0.75
        // no calendar was given with the schedule facts
        assertThat(reason(WORKED.forecastFinish())).isEqualTo(Text.of("no calendar to date the forecast",
                "没有可推算日期的日历"));
    }

    @Test
    void withEstimateToComplete_givesTheBottomUpEac() {
        EvmFigures f = WORKED.withEstimateToComplete(cny("60000.00")).withEacMethod(EacMethod.BOTTOM_UP);
        assertThat(amount(f.eac())).isEqualTo(cny("95000.00"));         // 35,000 + 60,000
        assertThat(amount(f.etc())).isEqualTo(cny("60000.00"));
        assertThat(amount(f.vac())).isEqualTo(cny("5000.00"));
        assertThat(ratio(f.tcpiEac())).isCloseTo(70000.0 / 60000, within(1e-15));
    }

    @Test
    void metrics_listsEveryMetricInOrder() {
        Map<EvmMetric, MetricValue> all = WORKED.metrics();
        assertThat(all.keySet()).containsExactly(EvmMetric.values());
        assertThat(all.get(EvmMetric.PV)).isEqualTo(new MetricValue.Amount(cny("40000.00")));
        assertThat(all.get(EvmMetric.SPI)).isEqualTo(new MetricValue.Ratio(0.75));
        for (EvmMetric m : EvmMetric.values()) {
            assertThat(WORKED.get(m)).as(m.key()).isEqualTo(all.get(m));
        }
    }

    // ---- FORMULAS.md section 5, row by row ------------------------------------------------

    @Test
    void pvZero_leavesSpiAndSvPercentUndefined_nothingPlannedYet() {
        EvmFigures f = figures("1000.00", "0.00", "0.00", "0.00");
        Text nothingPlanned = Text.of("nothing planned yet", "尚无计划工作");
        assertThat(reason(f.spi())).isEqualTo(nothingPlanned);
        assertThat(reason(f.svPercent())).isEqualTo(nothingPlanned);
        assertThat(f.sv()).isEqualTo(cny("0.00"));
        // work earned ahead of any plan: still no SPI
        EvmFigures early = figures("1000.00", "0.00", "100.00", "80.00");
        assertThat(reason(early.spi())).isEqualTo(nothingPlanned);
        assertThat(reason(early.csi())).isEqualTo(nothingPlanned);
        assertThat(reason(early.eac(EacMethod.CPI_SPI))).isEqualTo(nothingPlanned);
        assertThat(ratio(early.cpi())).isEqualTo(1.25);
    }

    @Test
    void acZero_leavesCpiAndTheEacsBuiltOnItUndefined() {
        EvmFigures f = figures("1000.00", "500.00", "400.00", "0.00");
        Text noCost = Text.of("no actual cost yet", "尚无实际成本");
        assertThat(reason(f.cpi())).isEqualTo(noCost);
        assertThat(reason(f.eac(EacMethod.CPI))).isEqualTo(noCost);
        assertThat(reason(f.eac(EacMethod.CPI_SPI))).isEqualTo(noCost);
        assertThat(reason(f.csi())).isEqualTo(noCost);
        assertThat(reason(f.etc())).isEqualTo(noCost);
        assertThat(reason(f.vac())).isEqualTo(noCost);
        // the budget-rate EAC needs no index
        assertThat(amount(f.eac(EacMethod.BUDGET_RATE))).isEqualTo(cny("600.00"));
    }

    @Test
    void evZeroWithCost_givesCpiZero_andLeavesEacCpiUndefined_noWorkEarned() {
        EvmFigures f = figures("1000.00", "500.00", "0.00", "300.00");
        Text noWork = Text.of("no work earned", "尚无挣值");
        assertThat(ratio(f.cpi())).isEqualTo(0.0);
        assertThat(reason(f.eac(EacMethod.CPI))).isEqualTo(noWork);
        assertThat(reason(f.eac(EacMethod.CPI_SPI))).isEqualTo(noWork);
        assertThat(reason(f.cvPercent())).isEqualTo(noWork);
        assertThat(reason(f.tcpiEac())).isEqualTo(noWork);
        assertThat(ratio(f.csi())).isEqualTo(0.0);
        assertThat(amount(f.eac(EacMethod.BUDGET_RATE))).isEqualTo(cny("1300.00"));
    }

    @Test
    void bacEqualToAc_leavesTcpiBacUndefined_budgetExhausted() {
        EvmFigures f = figures("1000.00", "900.00", "800.00", "1000.00");
        assertThat(reason(f.tcpiBac())).isEqualTo(Text.of("budget exhausted", "预算已耗尽"));
        // TCPI(EAC) by CPI = (1,000 - 800) / (1,250 - 1,000) = 0.8
        assertThat(ratio(f.tcpiEac())).isCloseTo(0.8, within(1e-15));
    }

    @Test
    void acAboveBac_leavesTcpiBacUndefined_useTcpiEac() {
        EvmFigures f = figures("1000.00", "1000.00", "900.00", "1200.00");
        assertThat(reason(f.tcpiBac())).isEqualTo(Text.of("budget exhausted", "预算已耗尽"));
        // EAC(CPI) = 1,000 x 1,200 / 900 = 1,333.33; TCPI(EAC) = 100 / 133.333... = 0.75 = CPI
        assertThat(amount(f.eac())).isEqualTo(cny("1333.33"));
        assertThat(ratio(f.tcpiEac())).isCloseTo(0.75, within(1e-15));
    }

    @Test
    void atZero_leavesSpiTAndIeacTUndefined() {
        EvmFigures f = figures("1000.00", "0.00", "0.00", "0.00").withSchedule(0, 10, 0);
        Text noTime = Text.of("no working day has passed yet", "尚未经过任何工作日");
        assertThat(reason(f.spiT())).isEqualTo(noTime);
        assertThat(reason(f.ieacT())).isEqualTo(noTime);
        assertThat(reason(f.forecastFinish())).isEqualTo(noTime);
        assertThat(days(f.svT())).isEqualTo(0.0);
        assertThat(ratio(f.tspi())).isEqualTo(1.0); // (10 - 0) / (10 - 0)
    }

    @Test
    void evAboveBac_isAnInputError_thatNamesBoth() {
        assertThatThrownBy(() -> figures("100000.00", "40000.00", "120000.00", "1.00"))
                .isInstanceOf(EvmInputException.class)
                .hasMessage("earned value CNY 120,000.00 exceeds the budget at completion CNY 100,000.00")
                .satisfies(e -> assertThat(((EvmInputException) e).reason().chinese())
                        .isEqualTo("挣值 CNY 120,000.00 超过完工预算 CNY 100,000.00"));
    }

    // ---- the cases PMO Kit adds -----------------------------------------------------------

    @Test
    void negativeActualCost_leavesCpiUndefined() {
        EvmFigures f = figures("1000.00", "500.00", "400.00", "-10.00");
        assertThat(reason(f.cpi()).english()).isEqualTo("the actual cost is negative: corrections exceed the costs booked");
        assertThat(reason(f.eac()).english()).startsWith("the actual cost is negative");
        assertThat(ratio(f.tcpiBac())).isCloseTo(600.0 / 1010, within(1e-15));
    }

    @Test
    void completeWork_leavesTcpiEacUndefined_noWorkRemains() {
        EvmFigures f = figures("1000.00", "1000.00", "1000.00", "1100.00");
        assertThat(reason(f.tcpiEac()).english()).isEqualTo("no work remains");
        assertThat(amount(f.eac())).isEqualTo(cny("1100.00"));
        assertThat(amount(f.etc())).isEqualTo(cny("0.00"));
    }

    @Test
    void bottomUpEstimateOfZero_withWorkRemaining_leavesTcpiEacUndefined() {
        EvmFigures f = figures("1000.00", "500.00", "400.00", "450.00").withEstimateToComplete(cny("0.00"));
        assertThat(reason(f.tcpiEac(EacMethod.BOTTOM_UP)).english())
                .isEqualTo("the estimate to complete is zero, but work remains");
    }

    @Test
    void esZero_leavesIeacTUndefined_noWorkEarned() {
        EvmFigures f = figures("1000.00", "300.00", "0.00", "0.00").withSchedule(3, 10, 0);
        assertThat(ratio(f.spiT())).isEqualTo(0.0);
        assertThat(reason(f.ieacT()).english()).isEqualTo("no work earned");
    }

    @Test
    void atFromPdOn_leavesTspiUndefined() {
        EvmFigures f = figures("1000.00", "1000.00", "900.00", "950.00").withSchedule(12, 10, 9);
        assertThat(reason(f.tspi()).english()).isEqualTo("the planned duration has elapsed");
        assertThat(ratio(f.spiT())).isEqualTo(0.75);
    }

    @Test
    void withoutSchedule_everyScheduleMetricIsUndefined() {
        EvmFigures f = figures("1000.00", "500.00", "400.00", "450.00");
        for (EvmMetric m : new EvmMetric[] {EvmMetric.AT, EvmMetric.PD, EvmMetric.ES, EvmMetric.SV_T, EvmMetric.SPI_T,
            EvmMetric.TSPI, EvmMetric.IEAC_T, EvmMetric.FORECAST_FINISH}) {
            assertThat(reason(f.get(m)).english()).as(m.key()).isEqualTo("no time-phased baseline");
        }
    }

    // ---- bad input ------------------------------------------------------------------------

    @Test
    void pvAboveBac_isAnInputError() {
        assertThatThrownBy(() -> figures("100.00", "100.01", "0.00", "0.00"))
                .isInstanceOf(EvmInputException.class)
                .hasMessage("planned value CNY 100.01 exceeds the budget at completion CNY 100.00");
    }

    @Test
    void negativeSums_areRefused_withTheValue() {
        assertThatThrownBy(() -> figures("-1.00", "0.00", "0.00", "0.00"))
                .hasMessage("budget at completion must not be negative: CNY -1.00");
        assertThatThrownBy(() -> figures("1.00", "-0.01", "0.00", "0.00"))
                .hasMessage("planned value must not be negative: CNY -0.01");
        assertThatThrownBy(() -> figures("1.00", "0.00", "-0.01", "0.00"))
                .hasMessage("earned value must not be negative: CNY -0.01");
        assertThatThrownBy(() -> WORKED.withEstimateToComplete(cny("-5.00")))
                .hasMessage("estimate to complete must not be negative: CNY -5.00");
    }

    @Test
    void mixedCurrencies_areRefused_namingBoth() {
        Money usd = Money.of(Currency.getInstance("USD"), 10);
        assertThatThrownBy(() -> EvmFigures.of(cny("100.00"), cny("10.00"), cny("10.00"), usd))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("currency mismatch: CNY and USD");
        assertThatThrownBy(() -> WORKED.withEstimateToComplete(usd))
                .isInstanceOf(CurrencyMismatchException.class).hasMessage("currency mismatch: CNY and USD");
    }

    @Test
    void scheduleOutOfRange_isRefused_withTheValue() {
        EvmFigures f = figures("1000.00", "500.00", "400.00", "450.00");
        assertThatThrownBy(() -> f.withSchedule(4, 10, 10.5)).hasMessage("earned schedule must be within 0..10: 10.5");
        assertThatThrownBy(() -> f.withSchedule(-1, 10, 1))
                .hasMessage("actual time and planned duration must not be negative: AT -1, PD 10");
    }

    @Test
    void equalFigures_areEqual_andSayTheirSums() {
        EvmFigures again = figures("100000.00", "40000.00", "30000.00", "35000.00").withSchedule(4, 10, 3);
        assertThat(again).isEqualTo(WORKED).hasSameHashCodeAs(WORKED);
        assertThat(again.withEacMethod(EacMethod.BUDGET_RATE)).isNotEqualTo(WORKED);
        assertThat(WORKED).hasToString(
                "EvmFigures[CNY BAC 100000.00, PV 40000.00, EV 30000.00, AC 35000.00, AT 4, PD 10, ES 3.0]");
    }
}
