package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.pmokit.rules.evm.EvmFixtures.activity;
import static org.pmokit.rules.evm.EvmFixtures.amount;
import static org.pmokit.rules.evm.EvmFixtures.baseline;
import static org.pmokit.rules.evm.EvmFixtures.cny;
import static org.pmokit.rules.evm.EvmFixtures.cost;
import static org.pmokit.rules.evm.EvmFixtures.date;
import static org.pmokit.rules.evm.EvmFixtures.dateOf;
import static org.pmokit.rules.evm.EvmFixtures.days;
import static org.pmokit.rules.evm.EvmFixtures.finished;
import static org.pmokit.rules.evm.EvmFixtures.id;
import static org.pmokit.rules.evm.EvmFixtures.planned;
import static org.pmokit.rules.evm.EvmFixtures.progress;
import static org.pmokit.rules.evm.EvmFixtures.project;
import static org.pmokit.rules.evm.EvmFixtures.ratio;
import static org.pmokit.rules.evm.EvmFixtures.reason;
import static org.pmokit.rules.evm.EvmFixtures.started;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

class ProjectEvmTest {

    /**
     * FORMULAS.md section 4's worked example as a project (EvmFixtures#workedExample): at Thursday
     * 2026-01-08, AT = 4, PV = 4 x 10,000 = 40,000, EV = 30% x 100,000 = 30,000, AC = 35,000.
     */
    @Test
    void workedExample_asAProject_givesEveryNumberOfFormulasSection4() {
        EvmFigures f = ProjectEvm.of(EvmFixtures.workedExample()).at(date("2026-01-08")).project();
        assertThat(f.bac()).isEqualTo(cny("100000.00"));
        assertThat(f.pv()).isEqualTo(cny("40000.00"));
        assertThat(f.ev()).isEqualTo(cny("30000.00"));
        assertThat(f.ac()).isEqualTo(cny("35000.00"));
        assertThat(f.cv()).isEqualTo(cny("-5000.00"));
        assertThat(f.sv()).isEqualTo(cny("-10000.00"));
        assertThat(ratio(f.cpi())).isCloseTo(0.857142857142857, within(1e-15));
        assertThat(ratio(f.spi())).isEqualTo(0.75);
        assertThat(amount(f.eac(EacMethod.CPI))).isEqualTo(cny("116666.67"));
        assertThat(amount(f.eac(EacMethod.BUDGET_RATE))).isEqualTo(cny("105000.00"));
        assertThat(ratio(f.tcpiBac())).isCloseTo(1.076923076923077, within(1e-15));
        // PV reaches EV = 30,000 after exactly 3 working days: ES = 3
        assertThat(days(f.es())).isEqualTo(3.0);
        assertThat(days(f.at())).isEqualTo(4.0);
        assertThat(days(f.pd())).isEqualTo(10.0);
        assertThat(days(f.svT())).isEqualTo(-1.0);
        assertThat(ratio(f.spiT())).isEqualTo(0.75);
        assertThat(days(f.ieacT())).isCloseTo(13.33, within(0.005));
        assertThat(ratio(f.tspi())).isCloseTo(7.0 / 6, within(1e-15));
        // ceil(13.33) = 14 working days: the last is working day 13, Thursday 2026-01-22
        assertThat(dateOf(f.forecastFinish())).isEqualTo(date("2026-01-22"));
        assertThat(f.forecastFinishDate()).isEqualTo(date("2026-01-22"));
    }

    /**
     * A textbook example (R. Mulcahy, PMP Exam Prep, the "fence" exercise): a fence of four sides, each
     * budgeted at USD 1,000 and planned for one day, one after the other (here Monday to Thursday
     * 2026-01-05..08). At the end of day 3 (Wednesday 01-07): side 1 complete, USD 1,000 spent; side 2
     * complete, USD 1,200 spent; side 3 half done, USD 600 spent; side 4 not started.
     *
     * <p>By hand: BAC = 4 x 1,000 = 4,000; PV = 3 x 1,000 = 3,000; EV = 1,000 + 1,000 + 500 = 2,500; AC
     * = 1,000 + 1,200 + 600 = 2,800. CV = -300; SV = -500; CPI = 2,500 / 2,800 = 0.892857...; SPI =
     * 2,500 / 3,000 = 0.8333...; CSI = 6,250,000 / 8,400,000 = 0.744047... EAC(CPI) = 4,000 x 2,800 /
     * 2,500 = 4,480.00 (the book rounds CPI to .893 first and gets 4,479; PMO Kit rounds once, at the
     * end); ETC = 1,680.00; VAC = -480.00. EAC(budget rate) = 2,800 + 1,500 = 4,300.00. EAC(CPI x SPI)
     * = 2,800 + 1,500 x 2,800 x 3,000 / 2,500^2 = 2,800 + 2,016 = 4,816.00. TCPI(BAC) = 1,500 / 1,200 =
     * 1.25. Earned schedule: PV is 2,000 after 2 days and 3,000 after 3, so ES = 2 + 500 / 1,000 = 2.5;
     * AT = 3, SV(t) = -0.5, SPI(t) = 2.5 / 3 = 0.8333..., PD = 4, TSPI = (4 - 2.5) / (4 - 3) = 1.5,
     * IEAC(t) = 4 / (2.5 / 3) = 4.8 working days: ceil 5, so the forecast finish is working day 4,
     * Friday 2026-01-09.
     */
    @Test
    void textbookExample_theFence() {
        java.util.Currency usd = EvmFixtures.USD;
        Project fence = project().currency(usd)
                .activities(List.of(activity("S1").duration(1).build(), activity("S2").duration(1).build(),
                        activity("S3").duration(1).build(), activity("S4").duration(1).build()))
                .baseline(baseline(
                        new org.pmokit.core.project.BaselineActivity(id("S1"), date("2026-01-05"), date("2026-01-05"),
                                Money.of(usd, "1000.00")),
                        new org.pmokit.core.project.BaselineActivity(id("S2"), date("2026-01-06"), date("2026-01-06"),
                                Money.of(usd, "1000.00")),
                        new org.pmokit.core.project.BaselineActivity(id("S3"), date("2026-01-07"), date("2026-01-07"),
                                Money.of(usd, "1000.00")),
                        new org.pmokit.core.project.BaselineActivity(id("S4"), date("2026-01-08"), date("2026-01-08"),
                                Money.of(usd, "1000.00"))))
                .progress(List.of(finished("2026-01-05", "S1", "100", "2026-01-05", "2026-01-05"),
                        finished("2026-01-06", "S2", "100", "2026-01-06", "2026-01-06"),
                        started("2026-01-07", "S3", "50", "2026-01-07")))
                .actualCosts(List.of(new ActualCost(date("2026-01-05"), id("S1"), Money.of(usd, "1000.00")),
                        new ActualCost(date("2026-01-06"), id("S2"), Money.of(usd, "1200.00")),
                        new ActualCost(date("2026-01-07"), id("S3"), Money.of(usd, "600.00"))))
                .build();
        EvmFigures f = ProjectEvm.of(fence).at(date("2026-01-07")).project();
        assertThat(List.of(f.bac(), f.pv(), f.ev(), f.ac())).containsExactly(Money.of(usd, "4000.00"),
                Money.of(usd, "3000.00"), Money.of(usd, "2500.00"), Money.of(usd, "2800.00"));
        assertThat(f.cv()).isEqualTo(Money.of(usd, "-300.00"));
        assertThat(f.sv()).isEqualTo(Money.of(usd, "-500.00"));
        assertThat(ratio(f.cpi())).isCloseTo(0.892857142857143, within(1e-15)).isCloseTo(0.893, within(5e-4));
        assertThat(ratio(f.spi())).isCloseTo(0.833333333333333, within(1e-15));
        assertThat(ratio(f.csi())).isCloseTo(0.744047619047619, within(1e-15));
        assertThat(amount(f.eac(EacMethod.CPI))).isEqualTo(Money.of(usd, "4480.00"));
        assertThat(amount(f.etc())).isEqualTo(Money.of(usd, "1680.00"));
        assertThat(amount(f.vac())).isEqualTo(Money.of(usd, "-480.00"));
        assertThat(amount(f.eac(EacMethod.BUDGET_RATE))).isEqualTo(Money.of(usd, "4300.00"));
        assertThat(amount(f.eac(EacMethod.CPI_SPI))).isEqualTo(Money.of(usd, "4816.00"));
        assertThat(ratio(f.tcpiBac())).isEqualTo(1.25);
        assertThat(days(f.es())).isEqualTo(2.5);
        assertThat(days(f.at())).isEqualTo(3.0);
        assertThat(days(f.svT())).isEqualTo(-0.5);
        assertThat(ratio(f.spiT())).isCloseTo(0.833333333333333, within(1e-15));
        assertThat(days(f.pd())).isEqualTo(4.0);
        assertThat(ratio(f.tspi())).isEqualTo(1.5);
        assertThat(days(f.ieacT())).isCloseTo(4.8, within(1e-12));
        assertThat(dateOf(f.forecastFinish())).isEqualTo(date("2026-01-09"));
    }

    @Test
    void beforeTheFirstWorkingDay_nothingIsPlannedAndNoTimeHasPassed() {
        EvmFigures f = ProjectEvm.of(EvmFixtures.workedExample()).at(date("2026-01-04")).project();
        assertThat(f.pv()).isEqualTo(cny("0.00"));
        assertThat(days(f.at())).isEqualTo(0.0);
        assertThat(reason(f.spi()).english()).isEqualTo("nothing planned yet");
        assertThat(reason(f.spiT()).english()).isEqualTo("no working day has passed yet");
        assertThat(reason(f.ieacT()).english()).isEqualTo("no working day has passed yet");
        assertThat(reason(f.cpi()).english()).isEqualTo("no actual cost yet");
    }

    /** Four activities of 1,000.00 over Monday to Friday 2026-01-05..16, reported on 2026-01-08. */
    private static EvmFigures earned(EarningRule rule, ProgressRecord record) {
        Project p = project()
                .activities(List.of(activity("A1").duration(10).earningRule(rule).build()))
                .baseline(baseline(planned("A1", "2026-01-05", "2026-01-16", "1000.00")))
                .progress(List.of(record)).build();
        return ProjectEvm.of(p).at(date("2026-01-08")).project();
    }

    @ParameterizedTest(name = "{0} at {1}%, started {2}, finished {3}: EV {4}")
    @CsvSource({
        "PERCENT_COMPLETE, 40, false, false, 400.00",
        "PERCENT_COMPLETE, 33.3, true, false, 333.00",
        "PERCENT_COMPLETE, 100, true, true, 1000.00",
        "WEIGHTED_MILESTONES, 40, true, false, 400.00",   // 40% = the weights of the milestones reached
        "ZERO_HUNDRED, 0, false, false, 0.00",
        "ZERO_HUNDRED, 99, true, false, 0.00",            // nothing until finished
        "ZERO_HUNDRED, 99, true, true, 1000.00",          // an actual finish is a finish
        "ZERO_HUNDRED, 100, false, false, 1000.00",
        "FIFTY_FIFTY, 0, false, false, 0.00",
        "FIFTY_FIFTY, 0, true, false, 500.00",            // an actual start is a start
        "FIFTY_FIFTY, 10, false, false, 500.00",
        "FIFTY_FIFTY, 90, true, false, 500.00",
        "FIFTY_FIFTY, 100, true, true, 1000.00",
    })
    void earningRules(EarningRule rule, String percent, boolean isStarted, boolean isFinished, String ev) {
        ProgressRecord r = isFinished ? finished("2026-01-08", "A1", percent, "2026-01-05", "2026-01-08")
                : isStarted ? started("2026-01-08", "A1", percent, "2026-01-05")
                : progress("2026-01-08", "A1", percent);
        assertThat(earned(rule, r).ev()).isEqualTo(cny(ev));
    }

    @Test
    void fiftyFifty_roundsHalfEven() {
        Project p = project()
                .activities(List.of(activity("A1").duration(2).earningRule(EarningRule.FIFTY_FIFTY).build(),
                        activity("A2").duration(2).earningRule(EarningRule.FIFTY_FIFTY).build()))
                .baseline(baseline(planned("A1", "2026-01-05", "2026-01-06", "0.01"),
                        planned("A2", "2026-01-05", "2026-01-06", "0.03")))
                .progress(List.of(progress("2026-01-05", "A1", "10"), progress("2026-01-05", "A2", "10"))).build();
        // 0.005 -> 0.00 and 0.015 -> 0.02
        assertThat(ProjectEvm.of(p).at(date("2026-01-05")).activity(id("A1")).orElseThrow().ev()).isEqualTo(cny("0.00"));
        assertThat(ProjectEvm.of(p).at(date("2026-01-05")).activity(id("A2")).orElseThrow().ev()).isEqualTo(cny("0.02"));
    }

    @Test
    void ev_comesFromTheLatestRecordOnOrBeforeTheStatusDate_andAc_fromTheCostsThrough() {
        Project p = EvmFixtures.workedExample().toBuilder()
                .progress(List.of(progress("2026-01-13", "A1", "70"), progress("2026-01-06", "A1", "10"),
                        progress("2026-01-08", "A1", "30")))
                .actualCosts(List.of(cost("2026-01-06", "A1", "12000.00"), cost("2026-01-08", "A1", "23000.00"),
                        cost("2026-01-09", "A1", "-1000.00"), cost("2026-01-13", "A1", "40000.00")))
                .build();
        ProjectEvm evm = ProjectEvm.of(p);
        assertThat(evm.at(date("2026-01-05")).project().ev()).isEqualTo(cny("0.00"));
        assertThat(evm.at(date("2026-01-07")).project().ev()).isEqualTo(cny("10000.00"));
        assertThat(evm.at(date("2026-01-08")).project().ev()).isEqualTo(cny("30000.00"));
        assertThat(evm.at(date("2026-01-08")).project().ac()).isEqualTo(cny("35000.00"));
        assertThat(evm.at(date("2026-01-09")).project().ac()).isEqualTo(cny("34000.00")); // a correction
        assertThat(evm.at(date("2026-01-20")).project().ev()).isEqualTo(cny("70000.00"));
        assertThat(evm.at(date("2026-01-20")).project().ac()).isEqualTo(cny("74000.00"));
    }

    @Test
    void recordsOfTheSameDate_theOneThatEarnsMostCounts() {
        Project p = EvmFixtures.workedExample().toBuilder()
                .progress(List.of(progress("2026-01-08", "A1", "40"), progress("2026-01-08", "A1", "30"))).build();
        assertThat(ProjectEvm.of(p).at(date("2026-01-08")).project().ev()).isEqualTo(cny("40000.00"));
    }

    /**
     * Three baselined activities and one that is not:
     *
     * <pre>
     * A1 wbs 1.1 DESIGN 01-05..01-09  5,000 (1,000 a day)  100%        AC 6,000
     * A2 wbs 1.2 DESIGN 01-12..01-16 10,000 (2,000 a day)   50%        AC 4,000
     * A3 wbs 2.1 BUILD  01-12..01-23 20,000 (2,000 a day)   20%        AC     0
     * A4 wbs 2.2 BUILD  not baselined                        -          AC 1,000
     * </pre>
     *
     * At Wednesday 01-14 (AT = 8): PV = 5,000 + 3 x 2,000 + 3 x 2,000 = 17,000; EV = 5,000 + 5,000 +
     * 4,000 = 14,000; AC = 11,000. The profile plans 1,000 a day on days 0-4, 4,000 on days 5-9 and
     * 2,000 on days 10-14: PV after 7 days 13,000, after 8 days 17,000, so ES = 7 + 1,000 / 4,000 = 7.25.
     */
    private static Project rollUp() {
        return project()
                .activities(List.of(
                        activity("A1").wbs("1.1").phase(Phase.DESIGN).duration(5).build(),
                        activity("A2").wbs("1.2").phase(Phase.DESIGN).duration(5).build(),
                        activity("A3").wbs("2.1").phase(Phase.BUILD).duration(10).build(),
                        activity("A4").wbs("2.2").phase(Phase.BUILD).duration(3).build()))
                .baseline(baseline(planned("A1", "2026-01-05", "2026-01-09", "5000.00"),
                        planned("A2", "2026-01-12", "2026-01-16", "10000.00"),
                        planned("A3", "2026-01-12", "2026-01-23", "20000.00")))
                .progress(List.of(finished("2026-01-09", "A1", "100", "2026-01-05", "2026-01-09"),
                        started("2026-01-14", "A2", "50", "2026-01-12"),
                        started("2026-01-14", "A3", "20", "2026-01-12")))
                .actualCosts(List.of(cost("2026-01-09", "A1", "6000.00"), cost("2026-01-14", "A2", "4000.00"),
                        cost("2026-01-13", "A4", "1000.00")))
                .build();
    }

    @Test
    void project_sumsItsActivities_andMeasuresEarnedScheduleOnItsProfile() {
        EvmStatus s = ProjectEvm.of(rollUp()).at(date("2026-01-14"));
        EvmFigures f = s.project();
        assertThat(List.of(f.bac(), f.pv(), f.ev(), f.ac()))
                .containsExactly(cny("35000.00"), cny("17000.00"), cny("14000.00"), cny("11000.00"));
        assertThat(days(f.es())).isEqualTo(7.25);
        assertThat(ratio(f.spiT())).isEqualTo(0.90625);   // 7.25 / 8
        assertThat(days(f.pd())).isEqualTo(15.0);
        assertThat(s.statusDate()).isEqualTo(date("2026-01-14"));
        assertThat(s.projectId().toString()).isEqualTo("P1");
        assertThat(s.department()).isEmpty();
    }

    @Test
    void activities_haveTheirOwnFigures_inTheOrderOfTheEngine() {
        EvmStatus s = ProjectEvm.of(rollUp()).at(date("2026-01-14"));
        Map<org.pmokit.core.project.ActivityId, EvmFigures> all = s.activities();
        assertThat(all.keySet()).containsExactly(id("A1"), id("A2"), id("A3"), id("A4"));
        EvmFigures a2 = all.get(id("A2"));
        assertThat(List.of(a2.bac(), a2.pv(), a2.ev(), a2.ac()))
                .containsExactly(cny("10000.00"), cny("6000.00"), cny("5000.00"), cny("4000.00"));
        // A2's own curve: 2,000 a day on days 5-9; EV 5,000 lies between 4,000 (after 7) and 6,000 (after 8)
        assertThat(days(a2.es())).isEqualTo(7.5);
        assertThat(days(a2.pd())).isEqualTo(10.0);
        // A4 is outside the baseline: no budget, no plan, no earned schedule, but its cost counts
        EvmFigures a4 = all.get(id("A4"));
        assertThat(a4.bac()).isEqualTo(cny("0.00"));
        assertThat(a4.ac()).isEqualTo(cny("1000.00"));
        assertThat(reason(a4.es()).english()).isEqualTo("nothing budgeted in the baseline");
        assertThat(s.activity(id("A9"))).isEmpty();
        assertThat(s.activity(id("A3"))).contains(all.get(id("A3")));
    }

    @Test
    void wbsNodes_sumTheActivitiesUnderTheirPrefix() {
        Map<String, EvmFigures> wbs = ProjectEvm.of(rollUp()).at(date("2026-01-14")).wbs();
        assertThat(wbs.keySet()).containsExactly("1", "1.1", "1.2", "2", "2.1", "2.2");
        EvmFigures one = wbs.get("1");
        assertThat(List.of(one.bac(), one.pv(), one.ev(), one.ac()))
                .containsExactly(cny("15000.00"), cny("11000.00"), cny("10000.00"), cny("10000.00"));
        EvmFigures two = wbs.get("2");
        assertThat(List.of(two.bac(), two.pv(), two.ev(), two.ac()))
                .containsExactly(cny("20000.00"), cny("6000.00"), cny("4000.00"), cny("1000.00"));
        assertThat(wbs.get("1.2")).isEqualTo(ProjectEvm.of(rollUp()).at(date("2026-01-14")).activity(id("A2")).get());
    }

    @Test
    void wbsNodes_areInNumericOrder() {
        Project p = project()
                .activities(List.of(activity("A1").wbs("10.1").build(), activity("A2").wbs("2").build(),
                        activity("A3").wbs("1.10").build(), activity("A4").wbs("1.9").build()))
                .baseline(baseline(planned("A1", "2026-01-05", "2026-01-05", "1.00"))).build();
        assertThat(ProjectEvm.of(p).at(date("2026-01-05")).wbs().keySet())
                .containsExactly("1", "1.9", "1.10", "2", "10", "10.1");
    }

    @Test
    void wbsCodesTheValidatorWouldRefuse_stillMakeDistinctNodes() {
        // "1." is not a valid code, but it must not merge with node "1" (it did when split dropped the empty segment)
        Project p = project()
                .activities(List.of(activity("A1").wbs("1").build(), activity("A2").wbs("1.").build()))
                .baseline(baseline(planned("A1", "2026-01-05", "2026-01-05", "1.00"),
                        planned("A2", "2026-01-05", "2026-01-05", "2.00"))).build();
        Map<String, EvmFigures> wbs = ProjectEvm.of(p).at(date("2026-01-05")).wbs();
        assertThat(wbs.keySet()).containsExactly("1", "1.");
        assertThat(wbs.get("1").bac()).isEqualTo(cny("3.00"));   // A1 and, by prefix, A2
        assertThat(wbs.get("1.").bac()).isEqualTo(cny("2.00"));
    }

    @Test
    void phases_sumTheirActivities_inLifeCycleOrder() {
        Map<Phase, EvmFigures> phases = ProjectEvm.of(rollUp()).at(date("2026-01-14")).phases();
        assertThat(phases.keySet()).containsExactly(Phase.DESIGN, Phase.BUILD);
        EvmFigures build = phases.get(Phase.BUILD);
        assertThat(List.of(build.bac(), build.pv(), build.ev(), build.ac()))
                .containsExactly(cny("20000.00"), cny("6000.00"), cny("4000.00"), cny("1000.00"));
    }

    @Test
    void costWithoutProgress_andProgressWithoutCost_areListed() {
        EvmStatus s = ProjectEvm.of(rollUp()).at(date("2026-01-14"));
        assertThat(s.costWithoutProgress()).containsExactly(id("A4"));
        assertThat(s.progressWithoutCost()).containsExactly(id("A3"));
        // before A2's cost is booked, it too shows progress without cost
        EvmStatus earlier = ProjectEvm.of(rollUp().toBuilder()
                .progress(List.of(started("2026-01-13", "A2", "10", "2026-01-12"))).build()).at(date("2026-01-13"));
        assertThat(earlier.progressWithoutCost()).containsExactly(id("A2"));
        assertThat(earlier.costWithoutProgress()).containsExactly(id("A1"), id("A4"));
    }

    @Test
    void recordsOfUnknownActivities_becomeActivitiesOfTheirOwn_inIdOrder() {
        Project p = rollUp().toBuilder().actualCosts(List.of(cost("2026-01-09", "Z9", "1.00"),
                cost("2026-01-09", "B7", "2.00"))).build();
        ProjectEvm evm = ProjectEvm.of(p);
        assertThat(evm.activities()).containsExactly(id("A1"), id("A2"), id("A3"), id("A4"), id("B7"), id("Z9"));
        assertThat(evm.at(date("2026-01-14")).project().ac()).isEqualTo(cny("3.00"));
    }

    @Test
    void bottomUpEac_needsAnEstimateForEveryActivityWithWorkRemaining() {
        // remaining work: A2 (5,000 earned of 10,000) and A3 (4,000 of 20,000); A1 is complete
        EvmOptions some = EvmOptions.defaults().withEstimatesToComplete(Map.of(id("A2"), cny("5500.00")));
        EvmFigures partial = ProjectEvm.of(rollUp(), WorkCalendar.MON_FRI, some).at(date("2026-01-14")).project();
        assertThat(reason(partial.eac(EacMethod.BOTTOM_UP)).english()).isEqualTo("no estimate to complete for A3");
        EvmOptions all = some.withEstimatesToComplete(Map.of(id("A2"), cny("5500.00"), id("A3"), cny("17000.00")))
                .withEacMethod(EacMethod.BOTTOM_UP);
        EvmStatus s = ProjectEvm.of(rollUp(), WorkCalendar.MON_FRI, all).at(date("2026-01-14"));
        // EAC = AC 11,000 + 5,500 + 17,000
        assertThat(amount(s.project().eac())).isEqualTo(cny("33500.00"));
        assertThat(amount(s.project().vac())).isEqualTo(cny("1500.00"));
        assertThat(amount(s.wbs().get("2.1").eac())).isEqualTo(cny("17000.00"));
        assertThat(reason(ProjectEvm.of(rollUp()).at(date("2026-01-14")).project().eac(EacMethod.BOTTOM_UP)).english())
                .isEqualTo("no estimates to complete given");
    }

    @Test
    void missingEstimates_areListedFiveAtMost() {
        assertThat(Reasons.missingEstimates(List.of("A1", "A2", "A3", "A4", "A5", "A6", "A7")))
                .isEqualTo(org.pmokit.rules.Text.of("no estimate to complete for A1, A2, A3, A4, A5, +2",
                        "以下各项没有完工尚需估算：A1、A2、A3、A4、A5、+2"));
    }

    @Test
    void amountsInAnotherCurrency_areInputErrors_thatSayWhich() {
        Money usd = Money.of(EvmFixtures.USD, 5);
        Project costs = rollUp().toBuilder().actualCosts(List.of(new ActualCost(date("2026-01-09"), id("A1"), usd)))
                .build();
        assertThatThrownBy(() -> ProjectEvm.of(costs)).isInstanceOf(EvmInputException.class)
                .hasMessage("actual costs in USD, not in the project's currency CNY");
        EvmOptions estimates = EvmOptions.defaults().withEstimatesToComplete(Map.of(id("A2"), usd));
        assertThatThrownBy(() -> ProjectEvm.of(rollUp(), WorkCalendar.MON_FRI, estimates))
                .isInstanceOf(EvmInputException.class)
                .hasMessage("estimates to complete in USD, not in the project's currency CNY");
    }

    @Test
    void actualCostsBeyondTheExactRange_areAnInputError_thatSaysWhich() {
        // two costs of 5e18 fen: their sum leaves the long range, even though one of them is a correction
        Project p = rollUp().toBuilder().actualCosts(List.of(cost("2026-01-09", "A1", "50000000000000000.00"),
                cost("2026-01-09", "A1", "-50000000000000000.00"))).build();
        assertThatThrownBy(() -> ProjectEvm.of(p)).isInstanceOf(EvmInputException.class)
                .hasMessage("amounts too large to add up exactly in minor units: the actual costs");
    }

    @Test
    void aBaselineOfAnotherProject_isRefused() {
        PerformanceBaseline pmb = PerformanceBaseline.of(rollUp(), WorkCalendar.MON_FRI);
        Project other = rollUp().toBuilder().start(date("2026-01-12")).build();
        assertThatThrownBy(() -> ProjectEvm.of(other, pmb, EvmOptions.defaults()))
                .hasMessage("the baseline (CNY from 2026-01-05) is not the project's (CNY from 2026-01-12)");
        assertThat(ProjectEvm.of(rollUp(), pmb, EvmOptions.defaults()).baseline()).isSameAs(pmb);
    }

    @Test
    void options_refuseANegativeEstimate() {
        assertThatThrownBy(() -> EvmOptions.defaults().withEstimatesToComplete(Map.of(id("A1"), cny("-1.00"))))
                .hasMessage("estimate to complete of A1 must not be negative: CNY -1.00");
    }

    @Test
    void department_andOptions_areKept() {
        ProjectEvm evm = ProjectEvm.of(rollUp().toBuilder().department("IT").build());
        assertThat(evm.department()).contains("IT");
        assertThat(evm.options()).isEqualTo(EvmOptions.defaults());
        assertThat(evm.at(date("2026-01-14")).department()).contains("IT");
        assertThat(evm.toString()).startsWith("ProjectEvm[P1, PerformanceBaseline[3 activities");
    }
}
