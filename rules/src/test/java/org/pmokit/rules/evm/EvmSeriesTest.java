package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.evm.EvmFixtures.amount;
import static org.pmokit.rules.evm.EvmFixtures.cny;
import static org.pmokit.rules.evm.EvmFixtures.cost;
import static org.pmokit.rules.evm.EvmFixtures.date;
import static org.pmokit.rules.evm.EvmFixtures.days;
import static org.pmokit.rules.evm.EvmFixtures.id;
import static org.pmokit.rules.evm.EvmFixtures.progress;
import static org.pmokit.rules.evm.EvmFixtures.reason;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.MetricValue;

class EvmSeriesTest {

    /** The worked example with a history: 10% on 01-06, 30% on 01-08, 70% on 01-13; costs to match. */
    private static Project history() {
        return EvmFixtures.workedExample().toBuilder()
                .progress(List.of(progress("2026-01-13", "A1", "70"), progress("2026-01-06", "A1", "10"),
                        progress("2026-01-08", "A1", "30")))
                .actualCosts(List.of(cost("2026-01-06", "A1", "12000.00"), cost("2026-01-08", "A1", "23000.00"),
                        cost("2026-01-13", "A1", "40000.00"), cost("2026-01-21", "A1", "5.00")))
                .build();
    }

    /**
     * Weekly to Tuesday 2026-01-20: Sundays 01-11 and 01-18, then the status date. PV: AT 5, 10 and
     * 10+ working days: 50,000, 100,000, 100,000. EV: 30% (01-08), 70% (01-13), 70%. AC: 35,000,
     * 75,000, 75,000 (the cost of 01-21 is after the status date). ES: 3, 7, 7.
     */
    @Test
    void weekly_givesEachWeekEnd_thenTheStatusDate() {
        EvmSeries s = ProjectEvm.of(history()).series(date("2026-01-20"), Period.WEEK);
        assertThat(s.size()).isEqualTo(3);
        assertThat(s.period()).isEqualTo(Period.WEEK);
        assertThat(s.dates()).containsExactly(date("2026-01-11"), date("2026-01-18"), date("2026-01-20"));
        assertThat(s.values(EvmMetric.PV)).extracting(v -> amount(v))
                .containsExactly(cny("50000.00"), cny("100000.00"), cny("100000.00"));
        assertThat(s.values(EvmMetric.EV)).extracting(v -> amount(v))
                .containsExactly(cny("30000.00"), cny("70000.00"), cny("70000.00"));
        assertThat(s.values(EvmMetric.AC)).extracting(v -> amount(v))
                .containsExactly(cny("35000.00"), cny("75000.00"), cny("75000.00"));
        assertThat(s.values(EvmMetric.ES)).extracting(v -> days(v)).containsExactly(3.0, 7.0, 7.0);
        assertThat(s.values(EvmMetric.AT)).extracting(v -> days(v)).containsExactly(5.0, 10.0, 12.0);
        assertThat(s.get(2, EvmMetric.SPI_T)).isEqualTo(new MetricValue.Ratio(7.0 / 12));
        assertThat(s).hasToString("EvmSeries[WEEK, 3 points to 2026-01-20]");
    }

    @Test
    void everyPoint_isTheProjectMeasuredAtItsDate() {
        ProjectEvm evm = ProjectEvm.of(history());
        for (Period period : Period.values()) {
            EvmSeries s = evm.series(date("2026-03-10"), period);
            for (int i = 0; i < s.size(); i++) {
                assertThat(s.figures(i)).as(period + " " + s.date(i)).isEqualTo(evm.at(s.date(i)).project());
            }
        }
    }

    @Test
    void monthly_givesEachMonthEnd() {
        EvmSeries s = ProjectEvm.of(history()).series(date("2026-03-10"), Period.MONTH);
        assertThat(s.dates()).containsExactly(date("2026-01-31"), date("2026-02-28"), date("2026-03-10"));
    }

    @Test
    void theSeriesOfTheOptions_isWeekly_byDefault() {
        ProjectEvm evm = ProjectEvm.of(history());
        assertThat(evm.series(date("2026-01-20")).dates()).isEqualTo(evm.series(date("2026-01-20"), Period.WEEK).dates());
        ProjectEvm monthly = ProjectEvm.of(history(), WorkCalendar.MON_FRI, EvmOptions.defaults().withPeriod(Period.MONTH));
        assertThat(monthly.series(date("2026-03-10")).period()).isEqualTo(Period.MONTH);
    }

    @Test
    void aStatusDateBeforeTheFirstPeriodEnd_givesOnePoint() {
        EvmSeries s = ProjectEvm.of(history()).series(date("2026-01-07"), Period.WEEK);
        assertThat(s.dates()).containsExactly(date("2026-01-07"));
        assertThat(amount(s.get(0, EvmMetric.EV))).isEqualTo(cny("10000.00"));
    }

    @Test
    void estimatesToComplete_countAtTheStatusDateOnly() {
        EvmOptions options = EvmOptions.defaults().withEstimatesToComplete(Map.of(id("A1"), cny("30000.00")));
        EvmSeries s = ProjectEvm.of(history(), WorkCalendar.MON_FRI, options).series(date("2026-01-20"));
        assertThat(reason(s.get(0, EvmMetric.EAC_BOTTOM_UP)).english())
                .isEqualTo("estimates to complete are given for the status date only");
        assertThat(amount(s.get(2, EvmMetric.EAC_BOTTOM_UP))).isEqualTo(cny("105000.00")); // 75,000 + 30,000
        EvmSeries none = ProjectEvm.of(history()).series(date("2026-01-20"));
        assertThat(reason(none.get(0, EvmMetric.EAC_BOTTOM_UP)).english()).isEqualTo("no estimates to complete given");
    }

    @Test
    void aMissingEstimate_isSaidAtTheStatusDate() {
        Project p = history().toBuilder().activities(List.of(EvmFixtures.activity("A1").duration(10).build(),
                EvmFixtures.activity("A2").duration(1).build()))
                .baselines(List.of(EvmFixtures.baseline(EvmFixtures.planned("A1", "2026-01-05", "2026-01-16", "100000.00"),
                        EvmFixtures.planned("A2", "2026-01-19", "2026-01-19", "10.00"))))
                .build();
        EvmOptions options = EvmOptions.defaults().withEstimatesToComplete(Map.of(id("A1"), cny("30000.00")));
        EvmSeries s = ProjectEvm.of(p, WorkCalendar.MON_FRI, options).series(date("2026-01-20"));
        assertThat(reason(s.get(2, EvmMetric.EAC_BOTTOM_UP)).english()).isEqualTo("no estimate to complete for A2");
    }

    @Test
    void pointsOutOfRange_areRefused() {
        EvmSeries s = ProjectEvm.of(history()).series(date("2026-01-20"));
        assertThatThrownBy(() -> s.figures(3)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.date(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void aDateBeyondTheCalendar_isAnInputError() {
        ProjectEvm evm = ProjectEvm.of(history(), WorkCalendar.CN, EvmOptions.defaults());
        LocalDate beyond = date("2027-01-05");
        assertThatThrownBy(() -> evm.series(beyond)).isInstanceOf(EvmInputException.class)
                .hasMessage("the calendar CN does not cover 2027-01-03");
        // the last covered day itself is fine
        assertThat(evm.series(date("2026-12-31")).size()).isEqualTo(52);
    }
}
