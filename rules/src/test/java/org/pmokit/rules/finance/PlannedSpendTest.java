package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.finance.Fixtures.CNY;
import static org.pmokit.rules.finance.Fixtures.activity;
import static org.pmokit.rules.finance.Fixtures.baseline;
import static org.pmokit.rules.finance.Fixtures.cny;
import static org.pmokit.rules.finance.Fixtures.date;
import static org.pmokit.rules.finance.Fixtures.input;
import static org.pmokit.rules.finance.Fixtures.project;
import static org.pmokit.rules.finance.Fixtures.tenDayPlan;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;
import org.pmokit.rules.evm.EvmRules;

class PlannedSpendTest {

    private static Money pv(Baseline baseline, WorkCalendar calendar, String statusDate) {
        return PlannedSpend.through(baseline, CNY, calendar, date(statusDate));
    }

    /**
     * FORMULAS.md section 4's linear plan: 100,000.00 over the 10 working days Monday 2026-01-05 to
     * Friday 2026-01-16. The status date is inclusive, so on Thursday 01-08 four days (05, 06, 07,
     * 08) are planned: AT = 4 and PV = 100,000 x 4 / 10 = 40,000. The weekend adds nothing.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-01-02, 0.00",          // before the start
        "2026-01-05, 10000.00",      // the first day is planned by its end
        "2026-01-08, 40000.00",      // AT = 4
        "2026-01-09, 50000.00",
        "2026-01-10, 50000.00",      // Saturday
        "2026-01-11, 50000.00",      // Sunday
        "2026-01-15, 90000.00",
        "2026-01-16, 100000.00",     // the finish
        "2026-03-31, 100000.00",     // long after
    })
    void linearPlan_isSpreadOverWorkingDays_statusDateInclusive(String statusDate, String planned) {
        assertThat(pv(tenDayPlan(), WorkCalendar.MON_FRI, statusDate)).isEqualTo(cny(planned));
    }

    @Test
    void eachActivity_isRoundedOnce_halfEven_andThePlannedValueIsTheirExactSum() {
        // 100.00 over 3 days after day 1: 33.333... -> 33.33 for each of the two activities, 66.66 in all
        Baseline thirds = baseline(activity("A1", "2026-01-05", "2026-01-07", "100.00"),
                activity("A2", "2026-01-05", "2026-01-07", "100.00"));
        assertThat(pv(thirds, WorkCalendar.MON_FRI, "2026-01-05")).isEqualTo(cny("66.66"));
        // 0.05 over 2 days after day 1: 0.025 -> 0.02 (half-even), not 0.03
        Baseline halves = baseline(activity("A1", "2026-01-05", "2026-01-06", "0.05"));
        assertThat(pv(halves, WorkCalendar.MON_FRI, "2026-01-05")).isEqualTo(cny("0.02"));
        // 0.15 over 2 days after day 1: 0.075 -> 0.08 (half-even)
        Baseline odd = baseline(activity("A1", "2026-01-05", "2026-01-06", "0.15"));
        assertThat(pv(odd, WorkCalendar.MON_FRI, "2026-01-05")).isEqualTo(cny("0.08"));
    }

    @Test
    void holidays_ofTheCalendar_areNotPlanned() {
        // CN 2026: Qingming 04-04..04-06 (Saturday to Monday). 2026-04-01..04-10 has the working days
        // 01, 02, 03, 07, 08, 09, 10: seven. 70,000 planned 10,000 a day.
        Baseline plan = baseline(activity("A1", "2026-04-01", "2026-04-10", "70000.00"));
        assertThat(pv(plan, WorkCalendar.CN, "2026-04-03")).isEqualTo(cny("30000.00"));
        assertThat(pv(plan, WorkCalendar.CN, "2026-04-06")).isEqualTo(cny("30000.00"));
        assertThat(pv(plan, WorkCalendar.CN, "2026-04-07")).isEqualTo(cny("40000.00"));
        // on MON_FRI the Monday is worked: eight days of 8,750
        assertThat(pv(plan, WorkCalendar.MON_FRI, "2026-04-06")).isEqualTo(cny("35000.00"));
    }

    @Test
    void makeUpWorkingDays_ofTheCalendar_arePlanned() {
        // CN 2026: Spring Festival 02-15..02-23 off; Saturdays 02-14 and 02-28 worked. 2026-02-09..02-28
        // has the working days 09-13 (5), 14 (1), 24-27 (4), 28 (1): eleven. Through Saturday 02-14: six.
        Baseline plan = baseline(activity("A1", "2026-02-09", "2026-02-28", "110000.00"));
        assertThat(pv(plan, WorkCalendar.CN, "2026-02-14")).isEqualTo(cny("60000.00"));
        assertThat(pv(plan, WorkCalendar.CN, "2026-02-23")).isEqualTo(cny("60000.00"));
        assertThat(pv(plan, WorkCalendar.CN, "2026-02-27")).isEqualTo(cny("100000.00"));
    }

    @Test
    void anActivityWithoutWorkingDays_isPlannedInFullAtItsFinish() {
        BaselineActivity weekend = activity("A1", "2026-01-10", "2026-01-11", "500.00");
        assertThat(PlannedSpend.ofActivity(weekend, WorkCalendar.MON_FRI, date("2026-01-10"))).isEqualTo(cny("0.00"));
        assertThat(PlannedSpend.ofActivity(weekend, WorkCalendar.MON_FRI, date("2026-01-11"))).isEqualTo(cny("500.00"));
    }

    @Test
    void aOneDayActivity_isPlannedInFullOnItsDay() {
        BaselineActivity oneDay = activity("A1", "2026-01-07", "2026-01-07", "500.00");
        assertThat(PlannedSpend.ofActivity(oneDay, WorkCalendar.MON_FRI, date("2026-01-06"))).isEqualTo(cny("0.00"));
        assertThat(PlannedSpend.ofActivity(oneDay, WorkCalendar.MON_FRI, date("2026-01-07"))).isEqualTo(cny("500.00"));
    }

    @Test
    void aFinishedOrUnstartedActivity_needsNoCalendarCoverage() {
        // CN covers 2025-2026 only; these activities are not in progress on the status date
        BaselineActivity done = activity("A1", "2026-12-01", "2026-12-10", "500.00");
        assertThat(PlannedSpend.ofActivity(done, WorkCalendar.CN, date("2027-03-01"))).isEqualTo(cny("500.00"));
        BaselineActivity later = activity("A2", "2027-02-01", "2027-02-10", "500.00");
        assertThat(PlannedSpend.ofActivity(later, WorkCalendar.CN, date("2026-06-01"))).isEqualTo(cny("0.00"));
    }

    @Test
    void through_refusesABudgetInAnotherCurrency() {
        Baseline mixed = new Baseline(1, Fixtures.START, List.of(new BaselineActivity(ActivityId.of("A1"),
                date("2026-01-05"), date("2026-01-06"), Money.of(Currency.getInstance("USD"), 5))));
        assertThatThrownBy(() -> PlannedSpend.through(mixed, CNY, WorkCalendar.MON_FRI, date("2026-01-10")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: CNY and USD");
        // an activity that has not started plans nothing, but its currency is still checked
        assertThatThrownBy(() -> PlannedSpend.through(mixed, CNY, WorkCalendar.MON_FRI, date("2026-01-02")))
                .isInstanceOf(CurrencyMismatchException.class)
                .hasMessage("currency mismatch: CNY and USD");
    }

    @Provide
    Arbitrary<Baseline> baselines() {
        Arbitrary<BaselineActivity> row = Combinators.combine(Arbitraries.integers().between(1, 5),
                Arbitraries.integers().between(0, 40), Arbitraries.integers().between(0, 30),
                Arbitraries.longs().between(0, 100_000_000L))
                .as((id, offset, length, minor) -> new BaselineActivity(ActivityId.of("A" + id),
                        Fixtures.START.plusDays(offset), Fixtures.START.plusDays(offset + length), Money.ofMinor(CNY, minor)));
        return row.list().ofMaxSize(8).map(rows -> new Baseline(1, Fixtures.START, rows));
    }

    /**
     * The planned value is the sum of every row's planned value: the activities that have not
     * started, which the sum leaves out, add nothing.
     */
    @Property(tries = 1000)
    void through_isTheSumOfEveryActivitysPlannedValue(@ForAll("baselines") Baseline baseline,
            @ForAll @IntRange(min = -5, max = 80) int day) {
        LocalDate statusDate = Fixtures.START.plusDays(day);
        Money expected = Money.zero(CNY);
        for (BaselineActivity row : baseline.activities()) {
            expected = expected.plus(PlannedSpend.ofActivity(row, WorkCalendar.MON_FRI, statusDate));
        }
        assertThat(PlannedSpend.through(baseline, CNY, WorkCalendar.MON_FRI, statusDate)).isEqualTo(expected);
    }

    @Test
    void analysis_usesTheCurrentBaseline_theStatusDate_andTheContextsCalendar() {
        Baseline old = new Baseline(1, Fixtures.START, List.of(activity("A1", "2026-01-05", "2026-01-16", "999999.00")));
        Baseline current = new Baseline(2, Fixtures.START, List.of(activity("A1", "2026-04-01", "2026-04-10", "70000.00")));
        Project p = project().baselines(List.of(current, old)).build();
        LocalDate monday = date("2026-04-06");
        assertThat(input(p, monday).get(PlannedSpend.TO_STATUS_DATE).toOptional()).contains(cny("35000.00"));
        RuleInput onCn = new RuleInput(p, EvaluationContext.at(monday).withCalendar(WorkCalendar.CN));
        assertThat(onCn.get(PlannedSpend.TO_STATUS_DATE).toOptional()).contains(cny("30000.00"));
    }

    /**
     * FORMULAS.md section 3: each activity is spread by its curve. The ten-day plan on Thursday
     * 2026-01-08 has 4 of its 10 working days behind it, x = 0.4: linear F = 0.4, 40,000.00;
     * front-loaded F = x(2 - x) = 0.4 x 1.6 = 0.64, 64,000.00; back-loaded F = x^2 = 0.16, 16,000.00.
     * The earned value engine's PV is the same.
     */
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"LINEAR, 40000.00", "FRONT_LOADED, 64000.00", "BACK_LOADED, 16000.00"})
    void analysis_spreadsEachActivityByItsCurve_asTheEarnedValueEngineDoes(SpreadCurve curve, String planned) {
        Project p = project().activity(Activity.builder("A1", "Build").duration(10).curve(curve).build())
                .baseline(tenDayPlan()).build();
        RuleInput in = input(p, date("2026-01-08"));

        assertThat(in.get(PlannedSpend.TO_STATUS_DATE).toOptional()).contains(cny(planned));
        assertThat(in.get(EvmRules.BASELINE).value().orElseThrow().plannedValueAt(date("2026-01-08")))
                .isEqualTo(cny(planned));
    }

    @Test
    void analysis_spreadsAnActivityThatIsNoLongerInTheProject_linearly() {
        // the baseline's A1 has no activity in the project any more: linear, 40,000.00 as above
        Project p = project().activity(Activity.builder("A2", "Other").duration(10).curve(SpreadCurve.FRONT_LOADED).build())
                .baseline(tenDayPlan()).build();
        assertThat(input(p, date("2026-01-08")).get(PlannedSpend.TO_STATUS_DATE).toOptional()).contains(cny("40000.00"));
    }

    @Test
    void analysis_afterEveryBaselineFinish_isTheWholeBudget_evenBeyondTheCalendarsCoverage() {
        // CN covers 2025-2026 only; on 2027-03-01 both activities have finished: 500.00 + 700.00
        Project p = project().calendar(WorkCalendar.CN).baseline(baseline(
                activity("A1", "2026-01-05", "2026-01-16", "500.00"),
                activity("A2", "2026-12-01", "2026-12-10", "700.00"))).build();
        assertThat(input(p, date("2027-03-01")).get(PlannedSpend.TO_STATUS_DATE).toOptional()).contains(cny("1200.00"));
    }

    @Test
    void analysis_withoutABaseline_isUndefined() {
        assertThat(input(project().build(), Fixtures.START).get(PlannedSpend.TO_STATUS_DATE).undefinedReason())
                .contains(Text.of("no baseline to plan against", "没有可对照的基线"));
    }

    @Test
    void analysis_beyondTheCalendarsCoverage_isUndefined_andSaysWhere() {
        Project p = project().calendar(WorkCalendar.CN)
                .baseline(baseline(activity("A1", "2026-12-01", "2027-01-29", "1000.00"))).build();
        assertThat(input(p, date("2026-12-15")).get(PlannedSpend.TO_STATUS_DATE).undefinedReason())
                .contains(Text.of("the calendar CN does not cover 2027-01-29", "日历 CN 不覆盖 2027-01-29"));
    }

    @Test
    void analysis_withABudgetInAnotherCurrency_isUndefined_andSaysWhich() {
        Project p = project().baseline(new Baseline(1, Fixtures.START, List.of(new BaselineActivity(ActivityId.of("A1"),
                date("2026-01-05"), date("2026-01-06"), Money.of(Currency.getInstance("USD"), 5))))).build();
        assertThat(input(p, Fixtures.START).get(PlannedSpend.TO_STATUS_DATE).undefinedReason())
                .contains(Text.of("baseline budgets in USD, not in the project's currency CNY",
                        "基线预算币种 USD 与项目币种 CNY 不一致"));
    }
}
