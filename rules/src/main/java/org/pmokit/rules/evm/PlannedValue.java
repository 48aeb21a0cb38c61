package org.pmokit.rules.evm;

import java.time.LocalDate;
import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Text;

/**
 * How a baselined activity's budget is spread over its working days (FORMULAS.md section 3, PV(t)):
 * the one planned-value computation of PMO Kit, used by {@link PerformanceBaseline} for the
 * time-phased plan and by the finance rules for the planned spend.
 *
 * <p>An activity of budget {@code B} over {@code D} working days has planned, by the end of its
 * {@code k}-th working day, {@code round(B x F(k / D))}, computed exactly and rounded half-even once to
 * the minor unit, where {@code F} is the cumulative shape of its {@link SpreadCurve}:
 *
 * <table class="striped">
 *   <caption>Spread curves</caption>
 *   <thead><tr><th>curve</th><th>F(x)</th><th>planned at half time</th><th>daily amount</th></tr></thead>
 *   <tbody>
 *     <tr><td>{@code LINEAR} (the default)</td><td>x</td><td>50%</td><td>constant</td></tr>
 *     <tr><td>{@code FRONT_LOADED}</td><td>1 - (1 - x)<sup>2</sup> = x(2 - x)</td><td>75%</td>
 *         <td>falls linearly from about 2B/D to about 0</td></tr>
 *     <tr><td>{@code BACK_LOADED}</td><td>x<sup>2</sup></td><td>25%</td>
 *         <td>rises linearly from about 0 to about 2B/D</td></tr>
 *   </tbody>
 * </table>
 *
 * <p>So the cumulative amounts never fall, reach {@code B} exactly on the last day, and an amount
 * planned per day is the difference of two cumulative ones: no rounding error accumulates.
 *
 * <p>Dates: the working days of an activity are those of its calendar from its baseline start to its
 * baseline finish, both inclusive; the status date is inclusive (FORMULAS.md section 1). An activity
 * whose baseline window holds no working day is planned in full from its finish date on.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlannedValue {

    private PlannedValue() {
    }

    /**
     * Returns the budget planned by the end of the {@code elapsed}-th of {@code days} working days.
     *
     * @param curve the shape
     * @param budget the budget in minor units, not negative
     * @param elapsed the working days elapsed, from 0 to {@code days}
     * @param days the working days of the activity, positive
     * @return {@code round(budget x F(elapsed / days))}, half-even, in minor units
     * @throws IllegalArgumentException if an argument is out of its range
     */
    public static long cumulative(SpreadCurve curve, long budget, int elapsed, int days) {
        Objects.requireNonNull(curve, "curve");
        if (budget < 0) {
            throw new IllegalArgumentException("budget must not be negative: " + budget);
        }
        if (days <= 0 || elapsed < 0 || elapsed > days) {
            throw new IllegalArgumentException("elapsed must be within 0.." + days + " and days positive: "
                    + elapsed + " of " + days);
        }
        return spread(curve, budget, elapsed, days);
    }

    /** {@link #cumulative} without the checks, for the engine's loops. */
    static long spread(SpreadCurve curve, long budget, int elapsed, int days) {
        if (elapsed == days) {
            return budget;
        }
        if (elapsed == 0) {
            return 0;
        }
        long d = days;
        long k = elapsed;
        switch (curve) {
            case FRONT_LOADED:
                return MinorUnits.mulDivHalfEven(budget, k * (2 * d - k), d * d);
            case BACK_LOADED:
                return MinorUnits.mulDivHalfEven(budget, k * k, d * d);
            case LINEAR:
            default:
                return MinorUnits.mulDivHalfEven(budget, k, d);
        }
    }

    /**
     * Returns the planned value of one baseline activity by the end of a date: nothing before its
     * start, its whole budget from its finish on, and in between the budget of the working days from
     * its start through the date, spread by its curve.
     *
     * @param activity the baseline activity
     * @param curve its spread curve
     * @param calendar the working days
     * @param statusDate the date through which to plan, inclusive
     * @return the planned value, rounded half-even to the minor unit
     * @throws CalendarCoverageException if the activity is in progress on the status date and the
     *         calendar does not cover its dates
     * @throws EvmInputException if the budget is beyond the exact range of minor units
     */
    public static Money ofActivity(BaselineActivity activity, SpreadCurve curve, WorkCalendar calendar,
            LocalDate statusDate) {
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(curve, "curve");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(statusDate, "statusDate");
        Money budget = activity.budget();
        if (statusDate.isBefore(activity.start())) {
            return Money.zero(budget.currency());
        }
        if (!statusDate.isBefore(activity.finish())) {
            return budget;
        }
        // start <= statusDate < finish: in progress on the status date
        int days = workingDaysThrough(calendar, activity.start(), activity.finish());
        if (days <= 0) {
            return Money.zero(budget.currency());
        }
        int elapsed = workingDaysThrough(calendar, activity.start(), statusDate);
        long minor = MinorUnits.of(budget, Text.of("the budget of " + activity.activity(), "任务 " + activity.activity() + " 的预算"));
        return MinorUnits.money(budget.currency(), spread(curve, minor, elapsed, days));
    }

    /** The working days in [start, end], both inclusive; zero if the end is before the start. */
    static int workingDaysThrough(WorkCalendar calendar, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return 0;
        }
        // offsetOf counts [start, end); asking about end + 1 could leave the calendar's coverage
        return calendar.offsetOf(start, end) + (calendar.isWorkingDay(end) ? 1 : 0);
    }
}
