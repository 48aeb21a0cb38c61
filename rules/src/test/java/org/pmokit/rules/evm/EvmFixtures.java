package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/** Small projects for the earned value tests, on the Monday-to-Friday calendar from Monday 2026-01-05. */
final class EvmFixtures {

    static final Currency CNY = Currency.getInstance("CNY");
    static final Currency USD = Currency.getInstance("USD");
    /** A Monday. */
    static final LocalDate START = LocalDate.of(2026, 1, 5);

    private EvmFixtures() {
    }

    static Money cny(String amount) {
        return Money.of(CNY, amount);
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }

    static ActivityId id(String id) {
        return ActivityId.of(id);
    }

    /** A project with nothing but its required parts. */
    static Project.Builder project() {
        return Project.builder("P1", "EVM test").currency(CNY).calendar(WorkCalendar.MON_FRI).start(START);
    }

    static BaselineActivity planned(String id, String start, String finish, String budget) {
        return new BaselineActivity(ActivityId.of(id), date(start), date(finish), cny(budget));
    }

    static Baseline baseline(BaselineActivity... activities) {
        return new Baseline(1, START, List.of(activities));
    }

    static Activity.Builder activity(String id) {
        return Activity.builder(id, "Activity " + id);
    }

    /** A progress record with a percent complete and nothing else. */
    static ProgressRecord progress(String date, String activity, String percent) {
        return new ProgressRecord(date(date), ActivityId.of(activity), new BigDecimal(percent), Optional.empty(),
                Optional.empty(), OptionalInt.empty());
    }

    /** A progress record with an actual start. */
    static ProgressRecord started(String date, String activity, String percent, String start) {
        return new ProgressRecord(date(date), ActivityId.of(activity), new BigDecimal(percent), Optional.of(date(start)),
                Optional.empty(), OptionalInt.empty());
    }

    /** A progress record with an actual start and finish. */
    static ProgressRecord finished(String date, String activity, String percent, String start, String finish) {
        return new ProgressRecord(date(date), ActivityId.of(activity), new BigDecimal(percent), Optional.of(date(start)),
                Optional.of(date(finish)), OptionalInt.empty());
    }

    static ActualCost cost(String date, String activity, String amount) {
        return new ActualCost(date(date), ActivityId.of(activity), cny(amount));
    }

    /**
     * FORMULAS.md section 4's worked example as a project: one activity A1 of 100,000.00 over the 10
     * working days Monday 2026-01-05 to Friday 2026-01-16, 30% complete and 35,000.00 spent on Thursday
     * 2026-01-08, the status date (AT = 4).
     */
    static Project workedExample() {
        return project()
                .activities(List.of(activity("A1").duration(10).budget(cny("100000.00")).build()))
                .baseline(baseline(planned("A1", "2026-01-05", "2026-01-16", "100000.00")))
                .progress(List.of(progress("2026-01-08", "A1", "30")))
                .actualCosts(List.of(cost("2026-01-08", "A1", "35000.00")))
                .statusDate(date("2026-01-08"))
                .build();
    }

    static double ratio(MetricValue value) {
        assertThat(value).isInstanceOf(MetricValue.Ratio.class);
        return ((MetricValue.Ratio) value).value();
    }

    static double days(MetricValue value) {
        assertThat(value).isInstanceOf(MetricValue.Quantity.class);
        assertThat(((MetricValue.Quantity) value).unit()).isEqualTo("days");
        return ((MetricValue.Quantity) value).value();
    }

    static Money amount(MetricValue value) {
        assertThat(value).isInstanceOf(MetricValue.Amount.class);
        return ((MetricValue.Amount) value).money();
    }

    static LocalDate dateOf(MetricValue value) {
        assertThat(value).isInstanceOf(MetricValue.Date.class);
        return ((MetricValue.Date) value).date();
    }

    static Text reason(MetricValue value) {
        assertThat(value).isInstanceOf(MetricValue.Undefined.class);
        return ((MetricValue.Undefined) value).reason();
    }
}
