package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.evm.EvmFixtures.cny;
import static org.pmokit.rules.evm.EvmFixtures.cost;
import static org.pmokit.rules.evm.EvmFixtures.date;
import static org.pmokit.rules.evm.EvmFixtures.progress;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * The earned value pack on variations of FORMULAS.md section 4's worked example: one activity of
 * 100,000.00 over Monday 2026-01-05 to Friday 2026-01-16, measured on Thursday 01-08 (AT = 4, PV =
 * 40,000) unless said otherwise.
 */
class EvmRulesTest {

    private static final LocalDate THURSDAY = date("2026-01-08");

    /** The worked example with another percent complete and actual cost on 01-08. */
    private static Project worked(String percent, String actualCost) {
        return EvmFixtures.workedExample().toBuilder()
                .progress(List.of(progress("2026-01-08", "A1", percent)))
                .actualCosts(List.of(cost("2026-01-08", "A1", actualCost))).build();
    }

    private static Evaluation evaluate(Project p, LocalDate statusDate, Policy policy) {
        return RuleSet.of(EvmRules.pack()).evaluate(p, EvaluationContext.at(statusDate).withPolicy(policy));
    }

    private static List<Finding> findings(Project p, LocalDate statusDate, String ruleId) {
        return evaluate(p, statusDate, Policy.defaults()).findingsOf(ruleId);
    }

    // ---- EVM-001 to EVM-003: the index bands ----------------------------------------------

    @Test
    void cpi_belowTheAmberLine_isRed() {
        // CPI = 30,000 / 35,000 = 0.857
        List<Finding> f = findings(EvmFixtures.workedExample(), THURSDAY, "EVM-001");
        assertThat(f).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.area()).isEqualTo(Area.COST);
            assertThat(x.subject()).isEqualTo("project");
            assertThat(x.measured().map(Text::english)).contains("0.857");
            assertThat(x.threshold().map(Text::english)).contains("0.92");
            assertThat(x.message()).isEqualTo(Text.of(
                    "CPI is 0.857 at 2026-01-08 (EV CNY 30,000.00 / AC CNY 35,000.00): red, below 0.92 (green at or"
                            + " above 0.95).",
                    "2026-01-08 的成本绩效指数（CPI）为 0.857（挣值 CNY 30,000.00 / 实际成本 CNY 35,000.00）：红色，低于 0.92"
                            + "（不低于 0.95 为绿色）。"));
        });
    }

    @Test
    void cpi_betweenTheLines_isAmber_andExactlyOnALine_isTheBetterBand() {
        // 30,000 / 32,000 = 0.9375: amber
        assertThat(findings(worked("30", "32000.00"), THURSDAY, "EVM-001")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.measured().map(Text::english)).contains("0.938");
            assertThat(x.threshold().map(Text::english)).contains("0.95");
            assertThat(x.message().english()).endsWith("amber, below 0.95 but at or above 0.92.");
        });
        // 19,000 / 20,000 = 0.95 exactly: green; 23,000 / 25,000 = 0.92 exactly: amber, not red
        assertThat(findings(worked("19", "20000.00"), THURSDAY, "EVM-001")).isEmpty();
        assertThat(findings(worked("23", "25000.00"), THURSDAY, "EVM-001")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void cpi_undefined_isNotJudged() {
        assertThat(findings(worked("30", "0.00"), THURSDAY, "EVM-001")).isEmpty();
    }

    @Test
    void bands_comeFromThePolicy() {
        Policy strict = Policy.defaults().with(PolicyKeys.INDEX_GREEN, new BigDecimal("0.99"))
                .with(PolicyKeys.INDEX_AMBER, new BigDecimal("0.96"));
        // CPI 30,000 / 30,500 = 0.9836: green by default, amber under the strict policy
        assertThat(evaluate(worked("30", "30500.00"), THURSDAY, Policy.defaults()).findingsOf("EVM-001")).isEmpty();
        assertThat(evaluate(worked("30", "30500.00"), THURSDAY, strict).findingsOf("EVM-001")).singleElement()
                .satisfies(x -> assertThat(x.threshold().map(Text::english)).contains("0.99"));
    }

    @Test
    void spi_bands() {
        // SPI = 30,000 / 40,000 = 0.75: red
        assertThat(findings(EvmFixtures.workedExample(), THURSDAY, "EVM-002")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.area()).isEqualTo(Area.SCHEDULE);
            assertThat(x.message().english()).isEqualTo("SPI is 0.750 at 2026-01-08 (EV CNY 30,000.00 / PV CNY"
                    + " 40,000.00): red, below 0.92 (green at or above 0.95).");
        });
        // 37,000 / 40,000 = 0.925: amber; 38,000 / 40,000 = 0.95: green
        assertThat(findings(worked("37", "37000.00"), THURSDAY, "EVM-002")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
        assertThat(findings(worked("38", "38000.00"), THURSDAY, "EVM-002")).isEmpty();
    }

    @Test
    void spiT_bands() {
        // ES 3 / AT 4 = 0.75: red
        assertThat(findings(EvmFixtures.workedExample(), THURSDAY, "EVM-003")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.area()).isEqualTo(Area.SCHEDULE);
            assertThat(x.message()).isEqualTo(Text.of("SPI(t) is 0.750 at 2026-01-08 (ES 3.0 / AT 4.0 working days):"
                    + " red, below 0.92 (green at or above 0.95).",
                    "2026-01-08 的进度绩效指数（时间）（SPI(t)）为 0.750（挣得进度 3.0 / 实际时间 4.0 个工作日）：红色，低于 0.92"
                            + "（不低于 0.95 为绿色）。"));
        });
        // ES 3.75 / 4 = 0.9375: amber
        assertThat(findings(worked("37.5", "37500.00"), THURSDAY, "EVM-003")).singleElement()
                .satisfies(x -> assertThat(x.severity()).isEqualTo(Severity.WARNING));
    }

    // ---- EVM-004: VAC beyond the contingency reserve --------------------------------------

    @Test
    void vac_beyondTheContingencyReserve_isAnError() {
        // EAC(CPI) = 116,666.67, VAC = -16,666.67: beyond a reserve of 10,000, within one of 20,000
        Project small = EvmFixtures.workedExample().toBuilder()
                .budget(Budget.of(cny("120000.00"), cny("10000.00"), cny("10000.00"))).build();
        assertThat(findings(small, THURSDAY, "EVM-004")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.measured().map(Text::english)).contains("CNY 16,666.67");
            assertThat(x.threshold().map(Text::english)).contains("CNY 10,000.00");
            assertThat(x.message()).isEqualTo(Text.of("The forecast overrun at completion is CNY 16,666.67 (EAC (CPI)"
                    + " CNY 116,666.67 against BAC CNY 100,000.00), more than the contingency reserve of CNY 10,000.00.",
                    "预测完工超支 CNY 16,666.67（完工估算（按 CPI） CNY 116,666.67，完工预算 CNY 100,000.00），超过应急储备"
                            + " CNY 10,000.00。"));
        });
        Project enough = EvmFixtures.workedExample().toBuilder()
                .budget(Budget.of(cny("120000.00"), cny("20000.00"), cny("0.00"))).build();
        assertThat(findings(enough, THURSDAY, "EVM-004")).isEmpty();
    }

    @Test
    void vac_withoutAReserve_isMeasuredAgainstZero_andAnUnderrunIsFine() {
        assertThat(findings(EvmFixtures.workedExample(), THURSDAY, "EVM-004")).singleElement()
                .satisfies(x -> assertThat(x.threshold().map(Text::english)).contains("CNY 0.00"));
        Project reserveless = EvmFixtures.workedExample().toBuilder()
                .budget(new Budget(cny("100000.00"), Optional.empty(), Optional.empty())).build();
        assertThat(findings(reserveless, THURSDAY, "EVM-004")).hasSize(1);
        assertThat(findings(worked("30", "25000.00"), THURSDAY, "EVM-004")).isEmpty();
        assertThat(findings(worked("0", "25000.00"), THURSDAY, "EVM-004")).isEmpty(); // EAC(CPI) undefined
    }

    // ---- EVM-005: TCPI ----------------------------------------------------------------------

    @Test
    void tcpi_aboveTheLimit_isAnError() {
        // (100,000 - 30,000) / (100,000 - 40,000) = 1.167 > 1.10
        assertThat(findings(worked("30", "40000.00"), THURSDAY, "EVM-005")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.ERROR);
            assertThat(x.measured().map(Text::english)).contains("1.167");
            assertThat(x.threshold().map(Text::english)).contains("1.10");
            assertThat(x.message().english()).startsWith("TCPI(BAC) is 1.167: the remaining work (BAC CNY 100,000.00 -"
                    + " EV CNY 30,000.00)");
        });
        // 70,000 / 65,000 = 1.077: within the limit
        assertThat(findings(EvmFixtures.workedExample(), THURSDAY, "EVM-005")).isEmpty();
    }

    @Test
    void tcpi_whenTheBudgetIsExhausted_givesTcpiEac() {
        // AC 100,000 = BAC with EV 30,000: TCPI(BAC) undefined; EAC(CPI) = 333,333.33, TCPI(EAC) = 0.3
        assertThat(findings(worked("30", "100000.00"), THURSDAY, "EVM-005")).singleElement().satisfies(x -> {
            assertThat(x.measured()).contains(Text.of("budget exhausted", "预算已耗尽"));
            assertThat(x.message().english()).isEqualTo("The budget is exhausted: the actual cost CNY 100,000.00 has"
                    + " reached BAC CNY 100,000.00 with work remaining (EV CNY 30,000.00). TCPI(BAC) is undefined;"
                    + " TCPI(EAC) by EAC (CPI) is 0.300.");
        });
        // complete work at any cost is not judged
        assertThat(findings(worked("100", "120000.00"), THURSDAY, "EVM-005")).isEmpty();
    }

    // ---- EVM-006: SPI hides a delay ---------------------------------------------------------

    @Test
    void spiNearOne_whileSpiTIsLow_isAWarning() {
        // Tuesday 01-20, AT = 12: PV = BAC = 100,000, EV 96%: SPI 0.96, ES 9.6, SPI(t) 0.8, SV(t) -2.4
        Project late = worked("96", "96000.00").toBuilder()
                .progress(List.of(progress("2026-01-20", "A1", "96"))).build();
        assertThat(findings(late, date("2026-01-20"), "EVM-006")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.area()).isEqualTo(Area.SCHEDULE);
            assertThat(x.measured().map(Text::english)).contains("0.800");
            assertThat(x.message()).isEqualTo(Text.of("SPI is 0.960, which looks on time, but SPI(t) is 0.800, below 0.95:"
                    + " the work done was planned 2.4 working days earlier than now.",
                    "进度绩效指数 SPI 为 0.960，看似按期，但 SPI(t) 为 0.800，低于 0.95：已完成的工作按计划应在 2.4 个工作日之前完成。"));
        });
        assertThat(findings(late, date("2026-01-20"), "EVM-002")).isEmpty();
        assertThat(findings(late, date("2026-01-20"), "EVM-003")).hasSize(1);
        // SPI itself low: EVM-002 speaks, not EVM-006
        assertThat(findings(EvmFixtures.workedExample(), THURSDAY, "EVM-006")).isEmpty();
    }

    // ---- EVM-007 and EVM-008: cost and progress ---------------------------------------------

    @Test
    void costWithoutProgress_isAWarningPerActivity() {
        assertThat(findings(worked("0", "5000.00"), THURSDAY, "EVM-007")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.subject()).isEqualTo("activities[A1]");
            assertThat(x.measured().map(Text::english)).contains("CNY 5,000.00");
            assertThat(x.message()).isEqualTo(Text.of("Activity A1 has an actual cost of CNY 5,000.00 by 2026-01-08, but"
                    + " no progress is reported for it.",
                    "截至 2026-01-08，任务 A1 的实际成本为 CNY 5,000.00，但未报告任何进展。"));
        });
        assertThat(findings(EvmFixtures.workedExample(), THURSDAY, "EVM-007")).isEmpty();
    }

    @Test
    void progressWithoutCost_isAWarningPerActivity() {
        assertThat(findings(worked("30", "0.00"), THURSDAY, "EVM-008")).singleElement().satisfies(x -> {
            assertThat(x.severity()).isEqualTo(Severity.WARNING);
            assertThat(x.subject()).isEqualTo("activities[A1]");
            assertThat(x.message()).isEqualTo(Text.of("Activity A1 shows progress by 2026-01-08 (EV CNY 30,000.00), but"
                    + " no actual cost is booked to it.",
                    "截至 2026-01-08，任务 A1 已有进展（挣值 CNY 30,000.00），但未记入任何实际成本。"));
        });
        assertThat(findings(EvmFixtures.workedExample(), THURSDAY, "EVM-008")).isEmpty();
    }

    // ---- the pack ---------------------------------------------------------------------------

    @Test
    void pack_hasEightRules_withTitlesInBothLanguages() {
        assertThat(EvmRules.pack().name()).isEqualTo("evm");
        assertThat(EvmRules.pack().rules()).extracting(r -> r.info().id()).containsExactly("EVM-001", "EVM-002",
                "EVM-003", "EVM-004", "EVM-005", "EVM-006", "EVM-007", "EVM-008");
        assertThat(EvmRules.pack().rules()).allSatisfy(r -> {
            assertThat(r.info().pack()).isEqualTo("evm");
            assertThat(r.info().title().english()).isNotBlank();
            assertThat(r.info().title().chinese()).isNotBlank();
        });
        assertThat(EvmRules.pack().rules().get(6).info().subject()).isEqualTo(Subject.ACTIVITY);
    }

    @Test
    void metrics_publishEveryMetricOfTheProject() {
        Evaluation e = evaluate(EvmFixtures.workedExample(), THURSDAY, Policy.defaults());
        for (EvmMetric m : EvmMetric.values()) {
            assertThat(e.metrics()).containsKey("evm." + m.key());
        }
        assertThat(e.metrics().get("evm.spi")).isEqualTo(new MetricValue.Ratio(0.75));
        assertThat(e.metrics().get("evm.eac.cpi")).isEqualTo(new MetricValue.Amount(cny("116666.67")));
        assertThat(e.metrics().get("evm.forecastFinish")).isEqualTo(new MetricValue.Date(date("2026-01-22")));
        assertThat(EvmRules.metricName(EvmMetric.TCPI_BAC)).isEqualTo("evm.tcpi.bac");
    }

    @Test
    void aProjectThatCannotBeMeasured_leavesEveryMetricUndefined_andTheRulesSilent() {
        Project none = EvmFixtures.project().statusDate(THURSDAY).build();
        Evaluation e = evaluate(none, THURSDAY, Policy.defaults());
        assertThat(e.findings()).isEmpty();
        assertThat(e.metrics().get("evm.cpi"))
                .isEqualTo(new MetricValue.Undefined(Text.of("no baseline to plan against", "没有可对照的基线")));
        assertThat(e.metrics().keySet().stream().filter(k -> k.startsWith("evm."))).hasSize(EvmMetric.values().length);
        // a status date the calendar does not cover
        Project cn = EvmFixtures.workedExample().toBuilder().calendar(org.pmokit.core.time.WorkCalendar.CN).build();
        Evaluation late = RuleSet.of(EvmRules.pack()).evaluate(cn, EvaluationContext.at(date("2027-02-01")));
        assertThat(late.metrics().get("evm.pv"))
                .isEqualTo(new MetricValue.Undefined(Text.of("the calendar CN does not cover 2027-02-01",
                        "日历 CN 不覆盖 2027-02-01")));
    }

    @Test
    void analysis_isShared_andUsesTheContextsCalendar() {
        RuleInput input = new RuleInput(EvmFixtures.workedExample(), EvaluationContext.at(THURSDAY)
                .withCalendar(org.pmokit.core.time.WorkCalendar.custom(java.util.EnumSet.of(java.time.DayOfWeek.SUNDAY),
                        List.of(), List.of())));
        EvmOutcome<EvmStatus> first = input.get(EvmRules.ANALYSIS);
        assertThat(input.get(EvmRules.ANALYSIS)).isSameAs(first);
        // six-day weeks: 01-05..01-16 has 11 working days; by Thursday 4 of them
        assertThat(first.value().orElseThrow().project().pv()).isEqualTo(cny("36363.64"));
        assertThat(input.get(EvmRules.BASELINE).value().orElseThrow().plannedDuration()).isEqualTo(11);
    }
}
