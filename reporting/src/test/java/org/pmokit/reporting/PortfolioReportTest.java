package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Severity;

/**
 * The portfolio report: one row per project in the given order, and totals per currency. The CRM
 * sample twice, the CRM sample without a baseline (scheduled, not measured) and the CRM sample in US
 * dollars: CNY sums over the two measured projects, BAC 2 x 8,000,000, PV 2 x 3,910,000, EV
 * 2 x 3,235,000, AC 2 x 3,455,000; CPI = 6,470,000 / 6,910,000 = 0.93632; SPI = 6,470,000 / 7,820,000
 * = 0.82737; EMV and suggested contingency over all three CNY projects, 3 x -485,000 and 3 x 545,000.
 */
class PortfolioReportTest {

    private static final ProjectReport CRM = Fixtures.crmReport();
    private static final ProjectReport NO_BASELINE = Fixtures.report(Fixtures.crm().toBuilder()
            .baselines(List.of()).build());
    private static final ProjectReport CRM_USD = Fixtures.report(inDollars());

    private static Project inDollars() {
        try (InputStream in = PortfolioReportTest.class.getResourceAsStream("/crm-upgrade-2026.json")) {
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return ProjectJson.standard().read(json.replace("\"currency\": \"CNY\"", "\"currency\": \"USD\""));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static final PortfolioReport PORTFOLIO = PortfolioReport.of(List.of(CRM_USD, CRM, NO_BASELINE, CRM));

    @Test
    void oneRowPerProject_inTheGivenOrder() {
        assertThat(PORTFOLIO.rows()).extracting(r -> r.header().currency().getCurrencyCode())
                .containsExactly("USD", "CNY", "CNY", "CNY");
        PortfolioRow row = PORTFOLIO.rows().get(1);
        assertThat(row.overall().status()).isEqualTo(RagStatus.RED);
        assertThat(row.bac()).isEqualTo(new MetricValue.Amount(Money.of("CNY", "8000000.00")));
        assertThat(row.forecastFinish()).isEqualTo(new MetricValue.Date(java.time.LocalDate.of(2026, 9, 29)));
        assertThat(row.openRisks()).isEqualTo(5);
        assertThat(row.findingCounts()).isEqualTo(CRM.findingCounts());
        PortfolioRow unmeasured = PORTFOLIO.rows().get(2);
        assertThat(unmeasured.ev()).isEqualTo(new MetricValue.Undefined(NO_BASELINE.earnedValue().reason().orElseThrow()));
        assertThat(unmeasured.forecastFinish()).isInstanceOf(MetricValue.Date.class);
    }

    @Test
    void totals_perCurrency_overTheMeasuredProjects() {
        assertThat(PORTFOLIO.totals()).extracting(t -> t.currency().getCurrencyCode()).containsExactly("CNY", "USD");
        PortfolioTotals cny = PORTFOLIO.totals().get(0);
        assertThat(cny.projects()).isEqualTo(3);
        assertThat(cny.measured()).isEqualTo(2);
        assertThat(cny.bac()).isEqualTo(Money.of("CNY", "16000000.00"));
        assertThat(cny.pv()).isEqualTo(Money.of("CNY", "7820000.00"));
        assertThat(cny.ev()).isEqualTo(Money.of("CNY", "6470000.00"));
        assertThat(cny.ac()).isEqualTo(Money.of("CNY", "6910000.00"));
        assertThat(((MetricValue.Ratio) cny.cpi()).value()).isCloseTo(6_470_000.0 / 6_910_000, org.assertj.core.api
                .Assertions.within(1e-15));
        assertThat(((MetricValue.Ratio) cny.spi()).value()).isCloseTo(6_470_000.0 / 7_820_000, org.assertj.core.api
                .Assertions.within(1e-15));
        assertThat(cny.emvTotal()).isEqualTo(Money.of("CNY", "-1455000.00"));
        assertThat(cny.suggestedContingency()).isEqualTo(Money.of("CNY", "1635000.00"));
        PortfolioTotals usd = PORTFOLIO.totals().get(1);
        assertThat(usd.projects()).isEqualTo(1);
        assertThat(usd.bac()).isEqualTo(Money.of("USD", "8000000.00"));
    }

    @Test
    void counts_ofStatusesAndFindings() {
        int red = (int) PORTFOLIO.rows().stream().filter(r -> r.overall().status() == RagStatus.RED).count();
        assertThat(PORTFOLIO.statusCounts()).containsEntry(RagStatus.RED, red)
                .containsOnlyKeys(RagStatus.values());
        assertThat(PORTFOLIO.statusCounts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(4);
        for (Severity s : Severity.values()) {
            assertThat(PORTFOLIO.findingCounts().get(s)).as(s.name()).isEqualTo(CRM_USD.findingCounts().get(s)
                    + 2 * CRM.findingCounts().get(s) + NO_BASELINE.findingCounts().get(s));
        }
    }

    @Test
    void anUnmeasuredPortfolio_hasUndefinedIndices_withTheReason() {
        PortfolioTotals t = PortfolioReport.of(List.of(NO_BASELINE)).totals().get(0);
        assertThat(t.measured()).isZero();
        assertThat(t.cpi()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason().english()).isEqualTo("no actual cost in the measured projects"));
        assertThat(t.spi()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason().english()).isEqualTo("nothing planned yet in the measured projects"));
    }

    @Test
    void anEmptyPortfolio_hasNoRowsAndNoTotals() {
        PortfolioReport empty = PortfolioReport.of(List.of());
        assertThat(empty.rows()).isEmpty();
        assertThat(empty.totals()).isEmpty();
        assertThat(empty.statusCounts()).containsEntry(RagStatus.GREEN, 0);
        assertThatThrownBy(() -> PortfolioReport.of(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("projects");
    }
}
