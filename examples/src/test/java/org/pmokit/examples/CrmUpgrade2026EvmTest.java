package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.evm.EvmFigures;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.evm.EvmRules;
import org.pmokit.rules.evm.EvmSeries;
import org.pmokit.rules.evm.EvmStatus;
import org.pmokit.rules.evm.Period;
import org.pmokit.rules.evm.ProjectEvm;

/**
 * Earned value and earned schedule of the CRM upgrade at its status date 2026-04-30, on the CN
 * calendar from Monday 2026-01-05 (FORMULAS.md sections 3 and 4; PROJECT_DOCUMENT.md: BAC 8,000,000.00,
 * EV 3,235,000.00, AC 3,455,000.00).
 *
 * <p><b>PV</b> (CrmUpgrade2026's javadoc has the table): A1-A5 finished by plan, 1,600,000; A6
 * 2,400,000 over 40 working days from 03-20, 60,000 a day, 29 days by 04-30: 1,740,000; A7 900,000 over
 * 30 working days from 04-03, 30,000 a day, 19 days by 04-30: 570,000. PV = 3,910,000.00.
 *
 * <p><b>Indices.</b> CPI = 3,235,000 / 3,455,000 = 0.93632...; SPI = 3,235,000 / 3,910,000 =
 * 0.82736...; CV = -220,000; SV = -675,000. EAC(CPI) = 8,000,000 x 3,455,000 / 3,235,000 =
 * 8,544,049.459... = 8,544,049.46; VAC = -544,049.46; TCPI(BAC) = 4,765,000 / 4,545,000 = 1.04840...
 *
 * <p><b>AT</b>: working days 01-05..04-30 on CN: January 20 (05-09, 12-16, 19-23, 26-30); February 16
 * (02-06, 09-13, Saturday 14 worked, 24-27 after Spring Festival 15-23, Saturday 28 worked); March
 * 22; April 21 (1-3, 7-10 after Qingming 4-6, 13-17, 20-24, 27-30). AT = 79.
 *
 * <p><b>ES</b>: PV is 1,600,000 at the end of 03-19; then A6 adds 60,000 a day and from 04-03 A7 30,000
 * more. By the end of 04-20 A6 has 21 days (8 in March, 13 in April) and A7 11: PV = 1,600,000 +
 * 1,260,000 + 330,000 = 3,190,000; by 04-21, 3,280,000. EV = 3,235,000 lies between: the last whole
 * day with PV &lt;= EV is 04-20, the 71st working day (20 + 16 + 22 + 13), so ES = 71 + (3,235,000 -
 * 3,190,000) / (3,280,000 - 3,190,000) = 71.5. SV(t) = 71.5 - 79 = -7.5 working days; SPI(t) = 71.5 /
 * 79 = 0.90506...
 *
 * <p><b>Forecast</b>: PD = 175 (the baseline finishes 2026-09-16, working day 174). IEAC(t) = 175 /
 * 0.90506 = 193.357 working days; its last working day is day 193: after 09-16 come 09-17, 09-18, Sunday
 * 09-20 (worked for National Day), 09-21..24, 09-28..30 (Mid-Autumn 09-25..27 off), 10-08, 10-09,
 * Saturday 10-10 (worked), 10-12..16 and 10-19: day 193 is Monday 2026-10-19.
 */
class CrmUpgrade2026EvmTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 4, 30);
    private static final Project CRM = CrmUpgrade2026.project();

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    private static double ratio(MetricValue v) {
        return ((MetricValue.Ratio) v).value();
    }

    private static double days(MetricValue v) {
        return ((MetricValue.Quantity) v).value();
    }

    @Test
    void atTheStatusDate_theSumsAreThoseOfTheDocument() {
        EvmFigures f = ProjectEvm.of(CRM).at(STATUS).project();
        assertThat(f.bac()).isEqualTo(cny("8000000.00"));
        assertThat(f.pv()).isEqualTo(cny("3910000.00"));
        assertThat(f.ev()).isEqualTo(cny("3235000.00"));
        assertThat(f.ac()).isEqualTo(cny("3455000.00"));
        assertThat(f.cv()).isEqualTo(cny("-220000.00"));
        assertThat(f.sv()).isEqualTo(cny("-675000.00"));
    }

    @Test
    void atTheStatusDate_theIndicesAndForecasts() {
        EvmFigures f = ProjectEvm.of(CRM).at(STATUS).project();
        assertThat(ratio(f.cpi())).isCloseTo(3_235_000.0 / 3_455_000, within(1e-15)).isCloseTo(0.93632, within(1e-5));
        assertThat(ratio(f.spi())).isCloseTo(3_235_000.0 / 3_910_000, within(1e-15)).isCloseTo(0.82737, within(1e-5));
        assertThat(((MetricValue.Amount) f.eac()).money()).isEqualTo(cny("8544049.46"));
        assertThat(((MetricValue.Amount) f.vac()).money()).isEqualTo(cny("-544049.46"));
        assertThat(ratio(f.tcpiBac())).isCloseTo(4_765_000.0 / 4_545_000, within(1e-15));
    }

    @Test
    void atTheStatusDate_theEarnedSchedule() {
        EvmFigures f = ProjectEvm.of(CRM).at(STATUS).project();
        assertThat(days(f.at())).isEqualTo(79.0);
        assertThat(days(f.pd())).isEqualTo(175.0);
        assertThat(days(f.es())).isEqualTo(71.5);
        assertThat(days(f.svT())).isEqualTo(-7.5);
        assertThat(ratio(f.spiT())).isCloseTo(71.5 / 79, within(1e-15)).isCloseTo(0.90506, within(1e-5));
        assertThat(days(f.ieacT())).isCloseTo(193.357, within(0.001));
        assertThat(((MetricValue.Date) f.forecastFinish()).date()).isEqualTo(LocalDate.of(2026, 10, 19))
                .isEqualTo(WorkCalendar.CN.dateOf(CRM.start(), 193));
        assertThat(ProjectEvm.of(CRM).baseline().plannedFinish()).isEqualTo(LocalDate.of(2026, 9, 16));
    }

    @Test
    void theSampleDocument_givesTheSameFigures() {
        Project sample = Samples.read("crm-upgrade-2026.json").orElseThrow();
        assertThat(ProjectEvm.of(sample).at(STATUS).project()).isEqualTo(ProjectEvm.of(CRM).at(STATUS).project());
    }

    /** Per phase: DESIGN is A3-A5, finished (1,200,000 of budget and EV); BUILD is A6 and A7. */
    @Test
    void perPhase_andPerWbsNode() {
        EvmStatus s = ProjectEvm.of(CRM).at(STATUS);
        EvmFigures design = s.phases().get(Phase.DESIGN);
        assertThat(List.of(design.bac(), design.pv(), design.ev(), design.ac()))
                .containsExactly(cny("1200000.00"), cny("1200000.00"), cny("1200000.00"), cny("1330000.00"));
        // BUILD: A6 + A7: PV 1,740,000 + 570,000, EV 1,320,000 + 315,000, AC 1,380,000 + 330,000
        EvmFigures build = s.phases().get(Phase.BUILD);
        assertThat(List.of(build.bac(), build.pv(), build.ev(), build.ac()))
                .containsExactly(cny("3300000.00"), cny("2310000.00"), cny("1635000.00"), cny("1710000.00"));
        Map<String, EvmFigures> wbs = s.wbs();
        assertThat(wbs.get("3").pv()).isEqualTo(cny("2310000.00"));   // 3.1 A6, 3.2 A7, 3.3 A8 (not started)
        assertThat(wbs.get("1").ev()).isEqualTo(cny("400000.00"));    // A1 and A2, done
        assertThat(s.costWithoutProgress()).isEmpty();
        assertThat(s.progressWithoutCost()).isEmpty();
    }

    /** Monthly S-curve: EV only from the records of 04-30, so it is 0 at the earlier month ends. */
    @Test
    void monthlySeries() {
        EvmSeries s = ProjectEvm.of(CRM).series(STATUS, Period.MONTH);
        assertThat(s.dates()).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 31), STATUS);
        // PV: January 20 of A1's 15 days + A2's 5 = 400,000; February adds A3's 16 of 20 days (480,000) and
        // A4's 15 (400,000); March adds A3's last 4 (120,000), A5 (200,000) and A6's 8 days (480,000)
        assertThat(s.values(EvmMetric.PV)).extracting(v -> ((MetricValue.Amount) v).money())
                .containsExactly(cny("400000.00"), cny("1280000.00"), cny("2080000.00"), cny("3910000.00"));
        // AC from the monthly bookings: 415,000; + 810,000; + 900,000; + 1,330,000
        assertThat(s.values(EvmMetric.AC)).extracting(v -> ((MetricValue.Amount) v).money())
                .containsExactly(cny("415000.00"), cny("1225000.00"), cny("2125000.00"), cny("3455000.00"));
        assertThat(s.figures(3)).isEqualTo(ProjectEvm.of(CRM).at(STATUS).project());
        // weekly: the Sundays 01-11 to 04-26 (16 of them), then the status date
        assertThat(ProjectEvm.of(CRM).series(STATUS, Period.WEEK).size()).isEqualTo(17);
    }

    /** CPI 0.936 is amber, SPI 0.827 and SPI(t) 0.905 red; VAC is within the 1,400,000 reserve, TCPI 1.048 fine. */
    @Test
    void theEvmPack() {
        Evaluation e = RuleSet.of(EvmRules.pack()).evaluate(CRM, EvaluationContext.at(STATUS));
        assertThat(e.findings()).extracting(Finding::ruleId, Finding::severity).containsExactly(
                org.assertj.core.api.Assertions.tuple("EVM-002", Severity.ERROR),
                org.assertj.core.api.Assertions.tuple("EVM-003", Severity.ERROR),
                org.assertj.core.api.Assertions.tuple("EVM-001", Severity.WARNING));
        assertThat(e.findingsOf("EVM-003").get(0).message().english())
                .isEqualTo("SPI(t) is 0.905 at 2026-04-30 (ES 71.5 / AT 79.0 working days): red, below 0.92 (green"
                        + " at or above 0.95).");
        assertThat(e.metrics().get("evm.es")).isEqualTo(new MetricValue.Quantity(71.5, "days"));
        assertThat(e.metrics().get("evm.pv")).isEqualTo(new MetricValue.Amount(cny("3910000.00")));
    }
}
