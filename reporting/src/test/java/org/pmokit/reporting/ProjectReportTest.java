package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Severity;
import org.pmokit.rules.StandardRules;
import org.pmokit.rules.change.Authority;
import org.pmokit.rules.change.LogVerification;
import org.pmokit.rules.risk.RiskBand;

/**
 * The report of the CRM upgrade at 2026-04-30, section by section (numbers from PROJECT_DOCUMENT.md,
 * FORMULAS.md and the engines' own worked examples), and of projects that cannot be scheduled or
 * measured.
 */
class ProjectReportTest {

    private static final ProjectReport CRM = Fixtures.crmReport();

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    @Test
    void header_isTheProjectAtTheStatusDate() {
        ProjectHeader h = CRM.header();
        assertThat(h.id()).isEqualTo("CRM-2026");
        assertThat(h.name()).isEqualTo("CRM upgrade 2026");
        assertThat(h.localName()).contains("客户关系管理系统升级 2026");
        assertThat(h.statusDate()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(h.start()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(h.currency().getCurrencyCode()).isEqualTo("CNY");
        assertThat(h.baselineVersion()).hasValue(1);
    }

    /**
     * SPI 0.827 is red (EVM-002, an error); CPI 0.936 amber (EVM-001); G4 has no KPI (SMART-002, an
     * error); RK4 has no owner (RISK-001); no cash flows (FIN-006, info: green); CR2 has waited 20 days
     * for a decision where the policy allows 10 (CHG-001, a warning). Each area is decided by its most
     * severe finding, the first of the area in the report's order; the schedule pack may add findings
     * to the goals and schedule areas, so those two are checked against the findings, not pinned.
     */
    @Test
    void status_overallAndPerArea_withTheDecidingRule() {
        assertThat(CRM.overall().status()).isEqualTo(RagStatus.RED);
        assertThat(CRM.overall().decidedBy().orElseThrow().severity()).isEqualTo(Severity.ERROR);
        assertThat(CRM.overall().decidedBy()).contains(CRM.findings().get(0));
        assertThat(CRM.areas()).extracting(a -> a.area().orElseThrow(), AreaStatus::status).containsExactly(
                tuple(Area.GOALS, RagStatus.RED), tuple(Area.SCHEDULE, RagStatus.RED), tuple(Area.COST, RagStatus.AMBER),
                tuple(Area.RISK, RagStatus.AMBER), tuple(Area.FINANCE, RagStatus.GREEN),
                tuple(Area.CHANGE, RagStatus.AMBER));
        assertThat(CRM.areas().subList(2, 6)).extracting(a -> a.decidingRule().orElse("-"))
                .containsExactly("EVM-001", "RISK-001", "FIN-006", "CHG-001");
        for (AreaStatus a : CRM.areas()) {
            Optional<Finding> first = CRM.findings().stream().filter(f -> f.area() == a.area().orElseThrow()).findFirst();
            assertThat(a.decidedBy()).as(a.area().orElseThrow().name()).isEqualTo(first);
        }
    }

    /**
     * The report carries the evaluation's findings unchanged, most severe first. Among them, by the goals,
     * risk, finance, evm and change packs: errors EVM-002, EVM-003, SMART-002 and SMART-005 on G4;
     * warnings CHG-001 on CR2, EVM-001, MILE-004 on M4, MILE-007 on M2, RISK-001 on RK4, RISK-003 on RK2
     * and RK4, SMART-001 on G4, SMART-004 on G3 and G4; info FIN-006 (no cash flows).
     */
    @Test
    void findings_bySeverity_mostSevereFirst() {
        EvaluationContext context = EvaluationContext.at(Fixtures.STATUS);
        assertThat(CRM.findings()).isEqualTo(Fixtures.RULES.evaluate(Fixtures.crm(), context).findings());
        Map<Severity, Integer> counted = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counted.put(s, (int) CRM.findings().stream().filter(f -> f.severity() == s).count());
        }
        assertThat(CRM.findingCounts()).isEqualTo(counted);
        assertThat(CRM.findingCounts().keySet()).containsExactly(Severity.values());
        assertThat(CRM.findings()).extracting(Finding::severity)
                .isSortedAccordingTo(Comparator.<Severity>naturalOrder().reversed());
        assertThat(CRM.findings()).extracting(Finding::ruleId, Finding::severity, Finding::subject).contains(
                tuple("EVM-002", Severity.ERROR, "project"), tuple("EVM-003", Severity.ERROR, "project"),
                tuple("SMART-002", Severity.ERROR, "goals[G4]"), tuple("SMART-005", Severity.ERROR, "goals[G4]"),
                tuple("CHG-001", Severity.WARNING, "changeRequests[CR2]"), tuple("EVM-001", Severity.WARNING, "project"),
                tuple("MILE-004", Severity.WARNING, "milestones[M4]"), tuple("MILE-007", Severity.WARNING, "milestones[M2]"),
                tuple("RISK-001", Severity.WARNING, "risks[RK4]"), tuple("RISK-003", Severity.WARNING, "risks[RK2]"),
                tuple("RISK-003", Severity.WARNING, "risks[RK4]"), tuple("SMART-001", Severity.WARNING, "goals[G4]"),
                tuple("SMART-004", Severity.WARNING, "goals[G3]"), tuple("SMART-004", Severity.WARNING, "goals[G4]"),
                tuple("FIN-006", Severity.INFO, "cashFlows"));
        assertThat(CRM.findingCounts().get(Severity.ERROR)).isGreaterThanOrEqualTo(4);
        assertThat(CRM.findingCounts().get(Severity.CRITICAL)).isZero();
    }

    /** G1-G3 have complete KPIs without readings; G3 has no objective or requirement; G4 is vague. */
    @Test
    void goals_smartChecksAndKpis() {
        assertThat(CRM.goals()).extracting(GoalLine::id, GoalLine::isSmart).containsExactly(
                tuple("G1", true), tuple("G2", true), tuple("G3", false), tuple("G4", false));
        GoalLine g4 = CRM.goals().get(3);
        assertThat(g4.smart()).filteredOn(c -> !c.met()).extracting(SmartCheck::criterion).containsExactly(
                SmartCriterion.SPECIFIC, SmartCriterion.MEASURABLE, SmartCriterion.RELEVANT, SmartCriterion.TIME_BOUND);
        assertThat(g4.kpi()).isEmpty();
        assertThat(CRM.goals().get(2).smart()).filteredOn(c -> !c.met()).extracting(SmartCheck::criterion)
                .containsExactly(SmartCriterion.RELEVANT);
        KpiLine g1 = CRM.goals().get(0).kpi().orElseThrow();
        assertThat(g1.name()).isEqualTo("CRM annual operating cost");
        assertThat(g1.baseline()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("40000000"));
        assertThat(g1.progress()).isInstanceOfSatisfying(MetricValue.Undefined.class, u -> assertThat(u.reason().english())
                .isEqualTo("the KPI has no reading on or before the status date"));
    }

    /**
     * Milestones against the schedule at 2026-04-30 (cpm-api.md: finish 2026-09-29, +9 working days;
     * slipped M2 to M5): M3 (A6) forecast 2026-05-28, 7 working days after its baseline 2026-05-19.
     */
    @Test
    void milestones_dueForecastAndVariance() {
        assertThat(CRM.milestones()).extracting(MilestoneLine::id, m -> m.forecast().orElseThrow(),
                m -> ((MetricValue.Quantity) m.variance()).value(), MilestoneLine::state).containsExactly(
                tuple("M1", LocalDate.of(2026, 1, 30), 0.0, MilestoneState.REACHED_ON_TIME),
                tuple("M2", LocalDate.of(2026, 3, 10), 3.0, MilestoneState.REACHED_LATE),
                tuple("M3", LocalDate.of(2026, 5, 28), 7.0, MilestoneState.FORECAST_LATE),
                tuple("M4", LocalDate.of(2026, 8, 4), 9.0, MilestoneState.FORECAST_LATE),
                tuple("M5", LocalDate.of(2026, 9, 29), 9.0, MilestoneState.FORECAST_LATE));
        assertThat(CRM.milestones().get(2).baseline()).contains(LocalDate.of(2026, 5, 19));
    }

    /** Progress is recorded only on 2026-04-30: the trend is the baseline (approved 01-05) and the status date. */
    @Test
    void milestoneTrend_fromTheBaselineToTheStatusDate() {
        MilestoneTrend t = CRM.milestoneTrend();
        assertThat(t.dates()).containsExactly(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 30));
        assertThat(t.tracks()).extracting(MilestoneTrack::id).containsExactly("M1", "M2", "M3", "M4", "M5");
        assertThat(t.tracks().get(4).forecasts()).containsExactly(Optional.of(LocalDate.of(2026, 9, 16)),
                Optional.of(LocalDate.of(2026, 9, 29)));
    }

    @Test
    void schedule_finishCriticalPathAndFloats() {
        ScheduleSection s = CRM.schedule().get();
        assertThat(s.finish()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(s.duration()).isEqualTo(184);
        assertThat(s.baselineFinish()).contains(LocalDate.of(2026, 9, 16));
        assertThat(s.finishVariance()).isEqualTo(new MetricValue.Quantity(9, "days"));
        assertThat(s.criticalPaths()).containsExactly(List.of("A7", "A8", "A9", "A10", "A11", "A12", "A14"));
        assertThat(s.pathsTruncated()).isFalse();
        assertThat(CRM.activities()).hasSize(14);
        ActivityLine a13 = CRM.activities().get(12);
        assertThat(a13.id()).isEqualTo("A13");
        assertThat(a13.schedule().orElseThrow().totalFloat()).isEqualTo(20);
        assertThat(CRM.activities()).filteredOn(ActivityLine::isCritical).extracting(ActivityLine::id)
                .containsExactly("A7", "A8", "A9", "A10", "A11", "A12", "A14");
    }

    /** CrmUpgrade2026EvmTest: BAC 8,000,000; PV 3,910,000; EV 3,235,000; AC 3,455,000; CPI 0.936; forecast 2026-10-19. */
    @Test
    void earnedValue_tableAndSCurve() {
        EarnedValueSection ev = CRM.earnedValue().get();
        assertThat(metric(ev, "evm.bac")).isEqualTo(new MetricValue.Amount(cny("8000000.00")));
        assertThat(metric(ev, "evm.pv")).isEqualTo(new MetricValue.Amount(cny("3910000.00")));
        assertThat(metric(ev, "evm.ev")).isEqualTo(new MetricValue.Amount(cny("3235000.00")));
        assertThat(metric(ev, "evm.ac")).isEqualTo(new MetricValue.Amount(cny("3455000.00")));
        assertThat(((MetricValue.Ratio) metric(ev, "evm.cpi")).value()).isEqualTo(3_235_000.0 / 3_455_000);
        assertThat(metric(ev, "evm.forecastFinish")).isEqualTo(new MetricValue.Date(LocalDate.of(2026, 10, 19)));
        assertThat(ev.figures()).filteredOn(ReportMetric::percent).extracting(ReportMetric::key)
                .containsExactly("evm.cvPercent", "evm.svPercent");
        SCurve c = ev.curve();
        // monthly PV: 400,000; 1,280,000; 2,080,000 by the end of March (CrmUpgrade2026EvmTest), BAC at the planned finish
        assertThat(c.plannedValue().subList(0, 3)).containsExactly(cny("400000.00"), cny("1280000.00"), cny("2080000.00"));
        assertThat(c.planDates().get(c.planDates().size() - 1)).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(c.plannedValue().get(c.plannedValue().size() - 1)).isEqualTo(cny("8000000.00"));
        assertThat(c.dates()).containsExactly(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 30));
        assertThat(c.actualCost()).containsExactly(cny("415000.00"), cny("1225000.00"), cny("2125000.00"),
                cny("3455000.00"));
        assertThat(c.eac()).isEqualTo(new MetricValue.Amount(cny("8544049.46")));
    }

    private static MetricValue metric(EarnedValueSection ev, String key) {
        return ev.figures().stream().filter(m -> m.key().equals(key)).findFirst().orElseThrow().value();
    }

    /**
     * EMV (FORMULAS.md section 6): threats 0.3 x 500,000 + 0.4 x 300,000 + 0.2 x 1,000,000 + 0.5 x 150,000
     * = 545,000; the opportunity 0.3 x 200,000 = 60,000; net -485,000. Reserve 1,400,000 / 545,000 = 2.5688.
     */
    @Test
    void risks_registerHeatMapEmvAndContingency() {
        RiskSection r = CRM.risks();
        assertThat(r.register()).extracting(x -> x.id().value()).containsExactly("RK1", "RK2", "RK3", "RK4", "OP1");
        assertThat(r.emvThreats()).isEqualTo(cny("-545000.00"));
        assertThat(r.emvOpportunities()).isEqualTo(cny("60000.00"));
        assertThat(r.emvTotal()).isEqualTo(cny("-485000.00"));
        assertThat(r.suggestedContingency()).isEqualTo(cny("545000.00"));
        assertThat(r.contingencyReserve()).contains(cny("1400000.00"));
        assertThat(((MetricValue.Ratio) r.coverage()).value()).isCloseTo(1_400_000.0 / 545_000, org.assertj.core.api
                .Assertions.within(1e-12));
        assertThat(r.threats().count()).isEqualTo(4);
        assertThat(r.opportunities().count()).isEqualTo(1);
        assertThat(r.openCount()).isEqualTo(5);
        assertThat(r.bandOf(25)).isEqualTo(RiskBand.CRITICAL);
        assertThat(r.bandOf(1)).isEqualTo(RiskBand.MINIMAL);
        assertThat(r.countsByBand().keySet()).containsExactly(RiskBand.values());
    }

    /** CR1 costs nothing: the project manager; CR2 is 4.4% of BAC and 8 days with compliance impact: the CCB and compliance. */
    @Test
    void changeRequests_asRecorded_withRouteAndDecisionLog() {
        assertThat(CRM.changes()).extracting(c -> c.request().id().value(), c -> c.route().get().authority(),
                c -> c.route().get().compliance(), c -> c.log().status()).containsExactly(
                tuple("CR1", Authority.PROJECT_MANAGER, false, LogVerification.Status.UNSEALED),
                tuple("CR2", Authority.CHANGE_CONTROL_BOARD, true, LogVerification.Status.INTACT));
    }

    @Test
    void budget_recordedAndFinanceMetrics() {
        BudgetSection b = CRM.budget();
        assertThat(b.budget().orElseThrow().approvedTotal()).isEqualTo(cny("9800000.00"));
        assertThat(b.figures()).extracting(ReportMetric::key).startsWith("finance.bac", "finance.contingency.share");
        assertThat(b.figures().get(0).value()).isEqualTo(new MetricValue.Amount(cny("8000000.00")));
        // 1,400,000 / 8,000,000
        assertThat(b.figures().get(1).value()).isEqualTo(new MetricValue.Ratio(0.175));
        assertThat(b.figures()).filteredOn(m -> m.key().equals("finance.npv")).singleElement()
                .satisfies(m -> assertThat(m.value()).isInstanceOf(MetricValue.Undefined.class));
        assertThat(CRM.metrics()).containsKeys("evm.cpi", "finance.bac", "risk.emv.total");
    }

    @Test
    void aProjectWithoutBaseline_hasNoEarnedValue_andNoBaselineVariance() {
        Project noBaseline = Fixtures.crm().toBuilder().baselines(List.of()).build();
        ProjectReport r = Fixtures.report(noBaseline);
        assertThat(r.earnedValue().isFilled()).isFalse();
        assertThat(r.earnedValue().reason().orElseThrow().english()).isEqualTo("no baseline to plan against");
        assertThat(r.schedule().get().finishVariance()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason().english()).isEqualTo("the project has no baseline"));
        assertThat(r.milestones().get(2).variance()).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason().english()).isEqualTo("the linked activity is not in the current baseline"));
        assertThat(r.milestoneTrend().dates()).containsExactly(LocalDate.of(2026, 4, 30));
    }

    @Test
    void aProjectWithACycle_hasNoSchedule_withTheCycleAsReason() {
        Project crm = Fixtures.crm();
        List<Activity> activities = crm.activities().stream()
                .map(a -> a.id().value().equals("A1") ? a.toBuilder().predecessor("A2").build() : a).toList();
        Project cyclic = crm.toBuilder().activities(activities).build();
        EvaluationContext context = EvaluationContext.at(Fixtures.STATUS);
        ProjectReport r = ProjectReport.of(cyclic, StandardRules.all().evaluate(cyclic, context), context);
        assertThat(r.schedule().isFilled()).isFalse();
        assertThat(r.schedule().reason().orElseThrow().english()).startsWith("the project cannot be scheduled: ")
                .contains("dependency cycle");
        assertThat(r.schedule().reason().orElseThrow().chinese()).startsWith("项目无法排程：");
        assertThat(r.activities()).allSatisfy(a -> assertThat(a.schedule()).isEmpty());
        assertThat(r.milestones().get(0).variance()).isInstanceOf(MetricValue.Undefined.class);
        assertThat(r.milestones().get(0).forecast()).isEmpty();
    }

    /** Without the finance and goals packs, their metrics say why they are missing instead of vanishing. */
    @Test
    void anEvaluationWithoutThePacks_saysSo() {
        Project crm = Fixtures.crm();
        EvaluationContext context = EvaluationContext.at(Fixtures.STATUS);
        ProjectReport r = ProjectReport.of(crm, StandardRules.all().withoutPack("finance").withoutPack("goals")
                .evaluate(crm, context), context);
        assertThat(r.budget().figures()).allSatisfy(m -> assertThat(m.value()).isEqualTo(
                new MetricValue.Undefined(BudgetSection.FINANCE_NOT_EVALUATED)));
        assertThat(r.goals().get(0).kpi().orElseThrow().progress())
                .isEqualTo(new MetricValue.Undefined(GoalLine.GOALS_NOT_EVALUATED));
    }

    @Test
    void of_rejectsNulls_byName() {
        EvaluationContext context = EvaluationContext.at(Fixtures.STATUS);
        assertThatThrownBy(() -> ProjectReport.of(null, null, context)).isInstanceOf(NullPointerException.class)
                .hasMessage("project");
    }

    @Test
    void theReport_isAValue() {
        assertThat(Fixtures.crmReport()).isEqualTo(CRM);
        assertThatThrownBy(() -> CRM.findings().clear()).isInstanceOf(UnsupportedOperationException.class);
    }
}
