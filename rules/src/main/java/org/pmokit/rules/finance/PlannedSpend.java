package org.pmokit.rules.finance;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.MoneySum;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.evm.EvmInputException;
import org.pmokit.rules.evm.PlannedValue;

/**
 * The planned value to date: the budget of the current baseline planned through the status date
 * (FORMULAS.md sections 1 and 3, PV(t)).
 *
 * <p>Each baseline activity's budget is spread over the working days from its baseline start to
 * its baseline finish, both inclusive, of the calendar, by its curve; the status date is
 * inclusive. Spread linearly, an activity of {@code D} working days of which {@code d} lie on or
 * before the status date has planned {@code budget x d / D}, computed exactly and rounded
 * half-even, once per activity, to the currency's minor unit; the planned value is the exact sum of
 * those. An activity that has not started by the status date has planned nothing, one that has
 * finished by it its whole budget, and one whose baseline window holds no working day its whole
 * budget from its finish date on. So only the activities in progress on the status date need the
 * calendar: a status date after every baseline finish gives the whole budget on any calendar.
 *
 * <p>The spreading itself is the earned value engine's ({@link PlannedValue}), so this planned
 * value equals the engine's PV whenever the engine can measure the project. The analysis
 * {@link #TO_STATUS_DATE} spreads each activity by the curve of the project's activity of the same
 * id ({@link SpreadCurve#LINEAR} when it has none, or when the project no longer has the activity),
 * as the engine does; {@link #ofActivity} and {@link #through}, which know no activity's curve,
 * spread linearly.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PlannedSpend {

    /**
     * The shared analysis: the planned value of the project's current baseline through the
     * evaluation's status date, on the evaluation's calendar, in the project's currency; undefined
     * when the project has no baseline, when a budget is in another currency, when the calendar
     * does not cover an activity in progress on the status date, or when the budget of such an
     * activity is beyond the exact range of {@link PlannedValue} (more than 2<sup>63</sup> - 1 minor
     * units).
     */
    public static final Analysis<Outcome<Money>> TO_STATUS_DATE = PlannedSpend::analyse;

    private PlannedSpend() {
    }

    /**
     * Returns the planned value of one baseline activity through a date, spread linearly.
     *
     * @param activity the baseline activity
     * @param calendar the working days
     * @param statusDate the date through which to plan, inclusive
     * @return the budget planned by the end of the status date, rounded half-even to the minor unit
     * @throws CalendarCoverageException if the activity is in progress on the status date and the
     *         calendar does not cover its dates
     * @throws EvmInputException if the activity is in progress and its budget is beyond the exact
     *         range of {@link PlannedValue}
     */
    public static Money ofActivity(BaselineActivity activity, WorkCalendar calendar, LocalDate statusDate) {
        return PlannedValue.ofActivity(activity, SpreadCurve.LINEAR, calendar, statusDate);
    }

    /**
     * Returns the planned value of a baseline through a date: the sum of its activities' planned
     * values, each spread linearly.
     *
     * @param baseline the baseline
     * @param currency the currency of every budget
     * @param calendar the working days
     * @param statusDate the date through which to plan, inclusive
     * @return the planned value
     * @throws CurrencyMismatchException if a budget is in another currency
     * @throws CalendarCoverageException if the calendar does not cover an activity in progress
     * @throws EvmInputException if the budget of an activity in progress is beyond the exact range
     *         of {@link PlannedValue}
     */
    public static Money through(Baseline baseline, Currency currency, WorkCalendar calendar, LocalDate statusDate) {
        return through(baseline, List.of(), currency, calendar, statusDate);
    }

    /**
     * The sum of the baseline activities' planned values, each spread by the curve of the first of
     * the activities with its id, linearly without one.
     */
    private static Money through(Baseline baseline, List<Activity> activities, Currency currency,
            WorkCalendar calendar, LocalDate statusDate) {
        Objects.requireNonNull(baseline, "baseline");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(statusDate, "statusDate");
        List<BaselineActivity> rows = baseline.activities();
        SpreadCurve[] curves = curves(rows, activities, statusDate);
        MoneySum sum = new MoneySum(currency);
        for (int i = 0; i < rows.size(); i++) {
            BaselineActivity row = rows.get(i);
            if (statusDate.isBefore(row.start())) {
                // not started: it plans zero, which adds nothing to the sum; only its currency counts
                if (!row.budget().currency().equals(currency)) {
                    throw new CurrencyMismatchException(currency, row.budget().currency());
                }
                continue;
            }
            SpreadCurve curve = curves[i] != null ? curves[i] : SpreadCurve.LINEAR;
            Money planned = PlannedValue.ofActivity(row, curve, calendar, statusDate);
            if (!sum.add(planned)) {
                throw new CurrencyMismatchException(currency, planned.currency());
            }
        }
        return sum.total();
    }

    /**
     * The curve of each row in progress on the status date, the only ones that are spread: that of
     * the first activity with the row's id, linear without one; null for the other rows. Few rows are
     * in progress, so one pass over the activities compares each with those rows only, by hash first.
     */
    private static SpreadCurve[] curves(List<BaselineActivity> rows, List<Activity> activities, LocalDate statusDate) {
        SpreadCurve[] curves = new SpreadCurve[rows.size()];
        int[] open = new int[rows.size()];
        int pending = 0;
        for (int i = 0; i < rows.size(); i++) {
            BaselineActivity row = rows.get(i);
            if (!statusDate.isBefore(row.start()) && statusDate.isBefore(row.finish())) {
                curves[i] = SpreadCurve.LINEAR;
                open[pending++] = i;
            }
        }
        if (pending == 0) {
            return curves;
        }
        int[] openHashes = new int[pending];
        for (int j = 0; j < pending; j++) {
            openHashes[j] = rows.get(open[j]).activity().hashCode();
        }
        // the activities' identifier hashes first, in a loop short enough for the processor to
        // fetch many activities at once; the identifiers are compared only where the hashes agree
        int[] hashes = new int[activities.size()];
        for (int a = 0; a < hashes.length; a++) {
            hashes[a] = activities.get(a).id().hashCode();
        }
        for (int a = 0; a < hashes.length && pending > 0; a++) {
            Activity activity = activities.get(a);
            for (int j = 0; j < pending; j++) {
                if (openHashes[j] == hashes[a] && rows.get(open[j]).activity().equals(activity.id())) {
                    curves[open[j]] = activity.curve().orElse(SpreadCurve.LINEAR);
                    openHashes[j] = openHashes[pending - 1];
                    open[j--] = open[--pending]; // settled by the first activity with the id
                }
            }
        }
        return curves;
    }

    private static Outcome<Money> analyse(RuleInput input) {
        Project project = input.project();
        if (project.currentBaseline().isEmpty()) {
            return Outcome.undefined("no baseline to plan against", "没有可对照的基线");
        }
        Baseline baseline = project.currentBaseline().get();
        SortedSet<String> others = null; // made only for a budget in another currency
        for (BaselineActivity activity : baseline.activities()) {
            if (!activity.budget().currency().equals(project.currency())) {
                if (others == null) {
                    others = new TreeSet<>();
                }
                others.add(activity.budget().currency().getCurrencyCode());
            }
        }
        if (others != null) {
            return Outcome.undefined(Texts.otherCurrency("baseline budgets", "基线预算", others, project.currency()));
        }
        LocalDate statusDate = input.context().statusDate();
        WorkCalendar calendar = input.context().calendarFor(project);
        try {
            return Outcome.of(through(baseline, project.activities(), project.currency(), calendar, statusDate));
        } catch (CalendarCoverageException e) {
            return Outcome.undefined("the calendar " + e.calendarName() + " does not cover " + e.date(),
                    "日历 " + e.calendarName() + " 不覆盖 " + e.date());
        } catch (EvmInputException e) {
            return Outcome.undefined(e.reason());
        }
    }
}
