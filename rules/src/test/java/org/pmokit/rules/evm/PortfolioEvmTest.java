package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pmokit.rules.evm.EvmFixtures.CNY;
import static org.pmokit.rules.evm.EvmFixtures.USD;
import static org.pmokit.rules.evm.EvmFixtures.amount;
import static org.pmokit.rules.evm.EvmFixtures.cny;
import static org.pmokit.rules.evm.EvmFixtures.date;
import static org.pmokit.rules.evm.EvmFixtures.id;
import static org.pmokit.rules.evm.EvmFixtures.progress;
import static org.pmokit.rules.evm.EvmFixtures.ratio;
import static org.pmokit.rules.evm.EvmFixtures.reason;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

class PortfolioEvmTest {

    /** The worked example as project {@code id} of a department, measured at a date. */
    private static EvmStatus worked(String id, String department, String statusDate) {
        Project p = EvmFixtures.workedExample().toBuilder().id(org.pmokit.core.project.ProjectId.of(id))
                .department(department).build();
        return ProjectEvm.of(p).at(date(statusDate));
    }

    /** The worked example in USD at a tenth of the amounts: BAC 10,000, PV 4,000, EV 3,000, AC 3,500 at 01-08. */
    private static EvmStatus dollars(String id) {
        Project p = EvmFixtures.project().id(org.pmokit.core.project.ProjectId.of(id)).currency(USD)
                .baseline(new Baseline(1, EvmFixtures.START, List.of(new BaselineActivity(ActivityId.of("A1"),
                        date("2026-01-05"), date("2026-01-16"), Money.of(USD, "10000.00")))))
                .progress(List.of(progress("2026-01-08", "A1", "30")))
                .actualCosts(List.of(new ActualCost(date("2026-01-08"), ActivityId.of("A1"), Money.of(USD, "3500.00"))))
                .build();
        return ProjectEvm.of(p).at(date("2026-01-08"));
    }

    /**
     * P1 (Retail) at 01-08: BAC 100,000, PV 40,000, EV 30,000, AC 35,000. P2 (Retail) at 01-16: PV
     * 100,000, the rest the same. P3 (no department) at 01-08. Overall: BAC 300,000, PV 180,000, EV
     * 90,000, AC 105,000; CPI = 90,000 / 105,000 = 0.857..., SPI = 90,000 / 180,000 = 0.5.
     */
    @Test
    void sumsTheProjects_thenComputesTheIndices_overallAndPerDepartment() {
        PortfolioEvm p = PortfolioEvm.of(List.of(worked("P1", "Retail", "2026-01-08"),
                worked("P2", "Retail", "2026-01-16"), worked("P3", null, "2026-01-08")));
        EvmFigures all = p.overall();
        assertThat(List.of(all.bac(), all.pv(), all.ev(), all.ac()))
                .containsExactly(cny("300000.00"), cny("180000.00"), cny("90000.00"), cny("105000.00"));
        assertThat(ratio(all.cpi())).isCloseTo(6.0 / 7, within(1e-15));
        assertThat(ratio(all.spi())).isEqualTo(0.5);
        assertThat(amount(all.eac())).isEqualTo(cny("350000.00")); // 300,000 x 105,000 / 90,000
        assertThat(p.byDepartment().keySet()).containsExactly("Retail");
        EvmFigures retail = p.byDepartment().get("Retail");
        assertThat(List.of(retail.bac(), retail.pv(), retail.ev(), retail.ac()))
                .containsExactly(cny("200000.00"), cny("140000.00"), cny("60000.00"), cny("70000.00"));
        assertThat(p.withoutDepartment().orElseThrow().pv()).isEqualTo(cny("40000.00"));
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.toString()).startsWith("PortfolioEvm[3 projects, EvmFigures[CNY BAC 300000.00");
    }

    @Test
    void departments_areInAlphabeticalOrder_andAllMayHaveOne() {
        PortfolioEvm p = PortfolioEvm.of(List.of(worked("P1", "Treasury", "2026-01-08"),
                worked("P2", "Cards", "2026-01-08")));
        assertThat(p.byDepartment().keySet()).containsExactly("Cards", "Treasury");
        assertThat(p.withoutDepartment()).isEmpty();
    }

    @Test
    void earnedSchedule_doesNotAddUp() {
        EvmFigures all = PortfolioEvm.of(List.of(worked("P1", null, "2026-01-08"))).overall();
        for (EvmMetric m : List.of(EvmMetric.ES, EvmMetric.SPI_T, EvmMetric.AT, EvmMetric.FORECAST_FINISH)) {
            assertThat(reason(all.get(m)).english()).isEqualTo("earned schedule does not add up across projects");
        }
    }

    @Test
    void bottomUpEac_addsUpOnlyWhenEveryProjectHasOne() {
        Project p1 = EvmFixtures.workedExample();
        EvmOptions estimate = EvmOptions.defaults().withEstimatesToComplete(Map.of(id("A1"), cny("60000.00")));
        EvmStatus withEstimate = ProjectEvm.of(p1, WorkCalendar.MON_FRI, estimate).at(date("2026-01-08"));
        EvmStatus without = worked("P2", null, "2026-01-08");
        assertThat(reason(PortfolioEvm.of(List.of(withEstimate, without)).overall().eac(EacMethod.BOTTOM_UP)).english())
                .isEqualTo("no estimate to complete for P2");
        assertThat(reason(PortfolioEvm.of(List.of(without)).overall().eac(EacMethod.BOTTOM_UP)).english())
                .isEqualTo("no estimates to complete given");
        // 35,000 + 60,000 twice
        assertThat(amount(PortfolioEvm.of(List.of(withEstimate, withEstimate)).overall().eac(EacMethod.BOTTOM_UP)))
                .isEqualTo(cny("190000.00"));
    }

    @Test
    void severalCurrencies_withoutRates_isAnError_thatNamesThem() {
        List<EvmStatus> mixed = List.of(worked("P1", null, "2026-01-08"), dollars("P2"));
        assertThatThrownBy(() -> PortfolioEvm.of(mixed)).isInstanceOf(EvmInputException.class)
                .hasMessage("the projects are in several currencies (CNY, USD): pass exchange rates to add them up")
                .satisfies(e -> assertThat(((EvmInputException) e).reason().chinese())
                        .isEqualTo("项目使用多种币种（CNY、USD）：须提供汇率才能汇总"));
    }

    /** USD 10,000 / 4,000 / 3,000 / 3,500 at 7.1 CNY: 71,000 / 28,400 / 21,300 / 24,850. */
    @Test
    void exchangeRates_convertEachProjectOnce_thenAdd() {
        ExchangeRates rates = ExchangeRates.to(CNY).with(USD, new BigDecimal("7.1"));
        PortfolioEvm p = PortfolioEvm.of(List.of(worked("P1", null, "2026-01-08"), dollars("P2")), rates);
        EvmFigures all = p.overall();
        assertThat(all.currency()).isEqualTo(CNY);
        assertThat(List.of(all.bac(), all.pv(), all.ev(), all.ac()))
                .containsExactly(cny("171000.00"), cny("68400.00"), cny("51300.00"), cny("59850.00"));
        // into USD instead, CNY at 0.14: 100,000 CNY = 14,000 USD
        PortfolioEvm inUsd = PortfolioEvm.of(List.of(worked("P1", null, "2026-01-08"), dollars("P2")),
                ExchangeRates.to(USD).with(CNY, new BigDecimal("0.14")));
        assertThat(inUsd.overall().bac()).isEqualTo(Money.of(USD, "24000.00"));
    }

    @Test
    void aConversionBeyondTheExactRange_isAnError_thatSaysWhich() {
        // 9e16 cents x 7.1 = 6.39e17 fen fits; 2e18 cents x 7.1 = 1.42e19 fen does not fit in a long
        ExchangeRates rates = ExchangeRates.to(CNY).with(USD, new BigDecimal("7.1"));
        assertThat(rates.convert(90_000_000_000_000_000L, USD)).isEqualTo(639_000_000_000_000_000L);
        assertThatThrownBy(() -> rates.convert(2_000_000_000_000_000_000L, USD)).isInstanceOf(EvmInputException.class)
                .hasMessage("amounts too large to add up exactly in minor units: the converted amounts");
    }

    @Test
    void aCurrencyWithoutARate_isAnError_thatNamesIt() {
        List<EvmStatus> mixed = List.of(worked("P1", null, "2026-01-08"), dollars("P2"));
        assertThatThrownBy(() -> PortfolioEvm.of(mixed, ExchangeRates.to(CNY)))
                .isInstanceOf(EvmInputException.class).hasMessage("no exchange rate from USD to CNY");
    }

    @Test
    void anEmptyPortfolio_needsRates() {
        assertThatThrownBy(() -> PortfolioEvm.of(List.of()))
                .hasMessage("a portfolio needs at least one project, or exchange rates for its currency");
        PortfolioEvm empty = PortfolioEvm.of(List.of(), ExchangeRates.to(CNY));
        assertThat(empty.overall().bac()).isEqualTo(cny("0.00"));
        assertThat(empty.size()).isZero();
    }

    @Test
    void rates_convertHalfEven_andRefuseNonsense() {
        ExchangeRates rates = ExchangeRates.to(CNY).with(USD, new BigDecimal("7.125"));
        assertThat(rates.convert(1, USD)).isEqualTo(7);          // 0.07125 -> 0.07
        assertThat(rates.convert(2, USD)).isEqualTo(14);         // 0.1425 -> 0.14
        assertThat(rates.convert(-1, USD)).isEqualTo(-7);
        assertThat(rates.rate(CNY)).contains(BigDecimal.ONE);
        assertThat(rates.rate(USD)).contains(new BigDecimal("7.125"));
        assertThat(rates).hasToString("ExchangeRates[to CNY, USD=7.125]");
        assertThatThrownBy(() -> rates.with(USD, BigDecimal.ZERO))
                .hasMessage("exchange rate from USD to CNY must be positive: 0");
        assertThatThrownBy(() -> rates.with(CNY, new BigDecimal("2")))
                .hasMessage("exchange rate from CNY to itself must be 1: 2");
        assertThat(rates.with(CNY, BigDecimal.ONE).rate(CNY)).contains(BigDecimal.ONE);
    }
}
