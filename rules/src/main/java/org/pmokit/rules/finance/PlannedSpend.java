package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.RuleInput;

/**
 * The planned value to date: the budget of the current baseline planned through the status date
 * (FORMULAS.md sections 1 and 3, PV(t)).
 *
 * <p>Each baseline activity's budget is spread linearly over the working days from its baseline
 * start to its baseline finish, both inclusive, of the calendar; the status date is inclusive. So
 * an activity of {@code D} working days of which {@code d} lie on or before the status date has
 * planned {@code budget x d / D}, computed exactly and rounded half-even, once per activity, to
 * the currency's minor unit; the planned value is the exact sum of those. An activity that has not
 * started by the status date has planned nothing, one that has finished by it its whole budget,
 * and one whose baseline window holds no working day its whole budget from its finish date on.
 *
 * <p>This is the small planned-value calculation that the finance rules need; the earned value
 * engine will supersede it with spread curves ({@link org.pmokit.core.project.SpreadCurve}) and a
 * per-day profile. Until then every activity is spread linearly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlannedSpend {

    /**
     * The shared analysis: the planned value of the project's current baseline through the
     * evaluation's status date, on the evaluation's calendar, in the project's currency; undefined
     * when the project has no baseline, when a budget is in another currency, or when the calendar
     * does not cover an activity in progress on the status date.
     */
    public static final Analysis<Outcome<Money>> TO_STATUS_DATE = PlannedSpend::analyse;

    private PlannedSpend() {
    }

    /**
     * Returns the planned value of one baseline activity through a date.
     *
     * @param activity the baseline activity
     * @param calendar the working days
     * @param statusDate the date through which to plan, inclusive
     * @return the budget planned by the end of the status date, rounded half-even to the minor unit
     * @throws CalendarCoverageException if the activity is in progress on the status date and the
     *         calendar does not cover its dates
     */
    public static Money ofActivity(BaselineActivity activity, WorkCalendar calendar, LocalDate statusDate) {
        Objects.requireNonNull(activity, "activity");
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
        int total = workingDaysThrough(calendar, activity.start(), activity.finish());
        int elapsed = workingDaysThrough(calendar, activity.start(), statusDate);
        if (total <= 0) {
            return Money.zero(budget.currency());
        }
        BigDecimal planned = budget.amount().multiply(BigDecimal.valueOf(elapsed))
                .divide(BigDecimal.valueOf(total), budget.amount().scale(), RoundingMode.HALF_EVEN);
        return Money.of(budget.currency(), planned);
    }

    /**
     * Returns the planned value of a baseline through a date: the sum of its activities' planned
     * values.
     *
     * @param baseline the baseline
     * @param currency the currency of every budget
     * @param calendar the working days
     * @param statusDate the date through which to plan, inclusive
     * @return the planned value
     * @throws CurrencyMismatchException if a budget is in another currency
     * @throws CalendarCoverageException if the calendar does not cover an activity in progress
     */
    public static Money through(Baseline baseline, Currency currency, WorkCalendar calendar, LocalDate statusDate) {
        Objects.requireNonNull(baseline, "baseline");
        Money sum = Money.zero(currency);
        for (BaselineActivity activity : baseline.activities()) {
            sum = sum.plus(ofActivity(activity, calendar, statusDate));
        }
        return sum;
    }

    /** The working days in [start, end], both inclusive; zero if the end is before the start. */
    private static int workingDaysThrough(WorkCalendar calendar, LocalDate start, LocalDate end) {
        if (end.isBefore(start)) {
            return 0;
        }
        // offsetOf counts [start, end); asking about end + 1 could leave the calendar's coverage
        return calendar.offsetOf(start, end) + (calendar.isWorkingDay(end) ? 1 : 0);
    }

    private static Outcome<Money> analyse(RuleInput input) {
        Project project = input.project();
        if (project.currentBaseline().isEmpty()) {
            return Outcome.undefined("no baseline to plan against", "没有可对照的基线");
        }
        Baseline baseline = project.currentBaseline().get();
        SortedSet<String> others = new TreeSet<>();
        for (BaselineActivity activity : baseline.activities()) {
            if (!activity.budget().currency().equals(project.currency())) {
                others.add(activity.budget().currency().getCurrencyCode());
            }
        }
        if (!others.isEmpty()) {
            return Outcome.undefined(Texts.otherCurrency("baseline budgets", "基线预算", others, project.currency()));
        }
        LocalDate statusDate = input.context().statusDate();
        WorkCalendar calendar = input.context().calendarFor(project);
        try {
            return Outcome.of(through(baseline, project.currency(), calendar, statusDate));
        } catch (CalendarCoverageException e) {
            return Outcome.undefined("the calendar " + e.calendarName() + " does not cover " + e.date(),
                    "日历 " + e.calendarName() + " 不覆盖 " + e.date());
        }
    }
}
