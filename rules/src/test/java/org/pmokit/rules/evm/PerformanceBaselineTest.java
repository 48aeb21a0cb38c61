package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.evm.EvmFixtures.START;
import static org.pmokit.rules.evm.EvmFixtures.activity;
import static org.pmokit.rules.evm.EvmFixtures.baseline;
import static org.pmokit.rules.evm.EvmFixtures.cny;
import static org.pmokit.rules.evm.EvmFixtures.date;
import static org.pmokit.rules.evm.EvmFixtures.planned;
import static org.pmokit.rules.evm.EvmFixtures.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.WorkCalendar;

class PerformanceBaselineTest {

    private static PerformanceBaseline pmb(Project p) {
        return PerformanceBaseline.of(p, WorkCalendar.MON_FRI);
    }

    @Test
    void workedExample_plansTenThousandAWorkingDay() {
        PerformanceBaseline pmb = pmb(EvmFixtures.workedExample());
        assertThat(pmb.profileCopy()).containsExactly(0L, 1_000_000L, 2_000_000L, 3_000_000L, 4_000_000L, 5_000_000L,
                6_000_000L, 7_000_000L, 8_000_000L, 9_000_000L, 10_000_000L);
        assertThat(pmb.budgetAtCompletion()).isEqualTo(cny("100000.00"));
        assertThat(pmb.plannedDuration()).isEqualTo(10);
        assertThat(pmb.plannedFinish()).isEqualTo(date("2026-01-16"));
        assertThat(pmb.plannedValueThrough(4)).isEqualTo(cny("40000.00"));
        assertThat(pmb.plannedValueThrough(25)).isEqualTo(cny("100000.00"));
        assertThat(pmb.activities()).containsExactly(ActivityId.of("A1"));
        assertThat(pmb.currency()).isEqualTo(EvmFixtures.CNY);
        assertThat(pmb.start()).isEqualTo(START);
        assertThat(pmb.calendar()).isEqualTo(WorkCalendar.MON_FRI);
        assertThat(pmb).hasToString("PerformanceBaseline[1 activities, BAC CNY 100000.00, PD 10]");
    }

    @Test
    void actualTime_countsWorkingDaysThroughTheDate() {
        PerformanceBaseline pmb = pmb(EvmFixtures.workedExample());
        assertThat(pmb.actualTime(date("2026-01-04"))).isZero();     // Sunday before the start
        assertThat(pmb.actualTime(date("2026-01-05"))).isEqualTo(1); // the start, inclusive
        assertThat(pmb.actualTime(date("2026-01-08"))).isEqualTo(4);
        assertThat(pmb.actualTime(date("2026-01-10"))).isEqualTo(5); // Saturday
        assertThat(pmb.actualTime(date("2026-01-12"))).isEqualTo(6);
        assertThat(pmb.plannedValueAt(date("2026-01-08"))).isEqualTo(cny("40000.00"));
        assertThat(pmb.plannedValueAt(date("2026-01-11"))).isEqualTo(cny("50000.00"));
    }

    @Test
    void bac_excludesTheReserves_andUsesTheCurrentBaseline() {
        Baseline old = new Baseline(1, START, List.of(planned("A1", "2026-01-05", "2026-01-16", "999999.00")));
        Baseline current = new Baseline(2, START, List.of(planned("A1", "2026-01-05", "2026-01-16", "100000.00"),
                planned("A2", "2026-01-12", "2026-01-23", "50000.00")));
        Project p = project().baselines(List.of(current, old))
                .budget(Budget.of(cny("175000.00"), cny("20000.00"), cny("5000.00"))).build();
        PerformanceBaseline pmb = pmb(p);
        assertThat(pmb.budgetAtCompletion()).isEqualTo(cny("150000.00"));
        assertThat(pmb.plannedDuration()).isEqualTo(15);                // through Friday 01-23
        // Monday 01-12 (AT 6): A1 6 of 10 days, A2 1 of 10 days = 60,000 + 5,000
        assertThat(pmb.plannedValueAt(date("2026-01-12"))).isEqualTo(cny("65000.00"));
    }

    @Test
    void eachActivityIsSpreadByItsCurve_linearByDefault() {
        Project p = project()
                .activities(List.of(activity("A1").duration(4).curve(SpreadCurve.FRONT_LOADED).build(),
                        activity("A2").duration(4).curve(SpreadCurve.BACK_LOADED).build(),
                        activity("A3").duration(4).build()))
                .baseline(baseline(planned("A1", "2026-01-05", "2026-01-08", "100.00"),
                        planned("A2", "2026-01-05", "2026-01-08", "100.00"),
                        planned("A3", "2026-01-05", "2026-01-08", "100.00"),
                        planned("A4", "2026-01-05", "2026-01-08", "100.00"))) // not an activity: linear
                .build();
        // after 2 of 4 days: 75 + 25 + 50 + 50
        assertThat(pmb(p).plannedValueThrough(2)).isEqualTo(cny("200.00"));
        assertThat(pmb(p).plannedValueThrough(1)).isEqualTo(cny("43.75").plus(cny("6.25")).plus(cny("50.00")));
    }

    @Test
    void anActivityWithoutWorkingDays_isPlannedOnItsFinishDate_andOnTheNextWorkingDayInTheProfile() {
        Project p = project().baseline(baseline(planned("A1", "2026-01-10", "2026-01-11", "500.00"))).build();
        PerformanceBaseline pmb = pmb(p);
        assertThat(pmb.plannedValueAt(date("2026-01-09"))).isEqualTo(cny("0.00"));
        assertThat(pmb.plannedValueAt(date("2026-01-10"))).isEqualTo(cny("0.00"));
        assertThat(pmb.plannedValueAt(date("2026-01-11"))).isEqualTo(cny("500.00")); // the finish date
        assertThat(pmb.plannedValueAt(date("2026-01-12"))).isEqualTo(cny("500.00"));
        // Monday 01-12 is working day 5: planned after 6 working days
        assertThat(pmb.plannedValueThrough(5)).isEqualTo(cny("0.00"));
        assertThat(pmb.plannedValueThrough(6)).isEqualTo(cny("500.00"));
        assertThat(pmb.plannedDuration()).isEqualTo(6);
    }

    @Test
    void aOneDayActivity_isPlannedOnItsDay() {
        Project p = project().baseline(baseline(planned("A1", "2026-01-07", "2026-01-07", "500.00"))).build();
        assertThat(pmb(p).plannedValueAt(date("2026-01-06"))).isEqualTo(cny("0.00"));
        assertThat(pmb(p).plannedValueAt(date("2026-01-07"))).isEqualTo(cny("500.00"));
        assertThat(pmb(p).plannedDuration()).isEqualTo(3);
    }

    @Test
    void holidaysAndMakeUpDays_ofTheCalendar() {
        // CN 2026: Spring Festival 02-15..02-23 off; Saturdays 02-14 and 02-28 worked. 02-09..02-28 has
        // eleven working days: 09-13, 14, 24-27, 28. Through Saturday 02-14: six of 110,000.
        Project p = project().calendar(WorkCalendar.CN)
                .baseline(baseline(planned("A1", "2026-02-09", "2026-02-28", "110000.00"))).build();
        PerformanceBaseline pmb = PerformanceBaseline.of(p, WorkCalendar.CN);
        assertThat(pmb.plannedValueAt(date("2026-02-14"))).isEqualTo(cny("60000.00"));
        assertThat(pmb.plannedValueAt(date("2026-02-23"))).isEqualTo(cny("60000.00"));
        assertThat(pmb.plannedValueAt(date("2026-02-27"))).isEqualTo(cny("100000.00"));
    }

    @Test
    void withoutABaseline_isAnInputError() {
        assertThatThrownBy(() -> pmb(project().build()))
                .isInstanceOf(EvmInputException.class).hasMessage("no baseline to plan against");
    }

    @Test
    void aBudgetInAnotherCurrency_isAnInputError_thatSaysWhich() {
        Project p = project().baseline(new Baseline(1, START, List.of(new BaselineActivity(ActivityId.of("A1"),
                date("2026-01-05"), date("2026-01-06"), Money.of(EvmFixtures.USD, 5))))).build();
        assertThatThrownBy(() -> pmb(p)).isInstanceOf(EvmInputException.class)
                .hasMessage("baseline budgets in USD, not in the project's currency CNY")
                .satisfies(e -> assertThat(((EvmInputException) e).reason().chinese())
                        .isEqualTo("基线预算币种 USD 与项目币种 CNY 不一致"));
    }

    @Test
    void anActivityListedTwice_isAnInputError() {
        Project p = project().baseline(baseline(planned("A1", "2026-01-05", "2026-01-06", "1.00"),
                planned("A1", "2026-01-07", "2026-01-08", "1.00"))).build();
        assertThatThrownBy(() -> pmb(p)).isInstanceOf(EvmInputException.class)
                .hasMessage("the baseline lists activity A1 more than once");
    }

    @Test
    void aDateBeyondTheCalendar_isAnInputError_thatSaysWhich() {
        Project p = project().calendar(WorkCalendar.CN)
                .baseline(baseline(planned("A1", "2026-12-01", "2027-01-29", "1000.00"))).build();
        assertThatThrownBy(() -> PerformanceBaseline.of(p, WorkCalendar.CN)).isInstanceOf(EvmInputException.class)
                .hasMessage("the calendar CN does not cover 2027-01-29");
        PerformanceBaseline cn = PerformanceBaseline.of(EvmFixtures.workedExample(), WorkCalendar.CN);
        assertThatThrownBy(() -> cn.actualTime(date("2027-03-01"))).isInstanceOf(EvmInputException.class)
                .hasMessage("the calendar CN does not cover 2027-03-01");
    }

    @Test
    void budgetsBeyondTheExactRange_areAnInputError_thatSaysWhich() {
        // 50,000,000,000,000,000.00 yuan = 5e18 fen: each fits in a long (at most 9.22e18), their sum does not
        Project sum = project().baseline(baseline(planned("A1", "2026-01-05", "2026-01-06", "50000000000000000.00"),
                planned("A2", "2026-01-05", "2026-01-06", "50000000000000000.00"))).build();
        assertThatThrownBy(() -> pmb(sum)).isInstanceOf(EvmInputException.class)
                .hasMessage("amounts too large to add up exactly in minor units: the baseline budgets")
                .satisfies(e -> assertThat(((EvmInputException) e).reason().chinese())
                        .isEqualTo("金额过大，无法按最小货币单位精确求和：基线预算"));
        // 1e17 yuan = 1e19 fen: beyond a long on its own
        Project one = project().baseline(baseline(planned("A1", "2026-01-05", "2026-01-06", "100000000000000000.00")))
                .build();
        assertThatThrownBy(() -> pmb(one)).isInstanceOf(EvmInputException.class)
                .hasMessage("amounts too large to add up exactly in minor units: the baseline budgets");
    }

    @Test
    void plannedValueThrough_refusesNegativeDays() {
        assertThatThrownBy(() -> pmb(EvmFixtures.workedExample()).plannedValueThrough(-1))
                .hasMessage("workingDays must not be negative: -1");
    }
}
