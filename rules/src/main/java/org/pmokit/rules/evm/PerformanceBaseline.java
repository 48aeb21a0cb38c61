package org.pmokit.rules.evm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.CalendarCoverageException;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;
import org.pmokit.rules.Text;

/**
 * The performance measurement baseline of a project (FORMULAS.md sections 1 and 3): the budget of
 * each activity of the current baseline spread over its baseline working days by its curve
 * ({@link PlannedValue}), as cumulative planned value per working day from the project start; the
 * budget at completion (BAC, the sum of the baseline budgets, reserves excluded); and the planned
 * duration (PD, the working days from the project start through the last baseline finish).
 *
 * <p>Working day {@code t} is the {@code t}-th working day of the calendar from the project start
 * (0-based). {@link #plannedValueThrough(int) PV after n working days} is what is planned on working
 * days 0 to n - 1, and the planned value at a status date is the planned value after
 * {@link #actualTime(LocalDate) AT} working days, AT being the working days from the project start
 * through the status date. An activity whose baseline window holds no working day is planned in full
 * from its finish date on ({@link PlannedValue}); in the working-day profile that is its next working
 * day. Work planned before the project start counts from day 0.
 *
 * <p>Each activity's spread curve is that of the project's activity of the same id
 * ({@link SpreadCurve#LINEAR} when it has none, or when the project no longer has the activity).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PerformanceBaseline {

    private static final Text BUDGETS = Text.of("the baseline budgets", "基线预算");

    private final Currency currency;
    private final LocalDate start;
    private final WorkCalendar calendar;
    private final WorkingDayIndex index;
    private final List<ActivityId> ids;
    /** The row of each baselined activity. */
    private final Map<ActivityId, Integer> rowOf;
    /** Per row: its first working day, or for a row without working days the day it is planned on. */
    private final int[] first;
    /** Per row: its working days; 0 for a row planned in full on one date. */
    private final int[] days;
    private final long[] budgets;
    private final SpreadCurve[] curves;
    /** Per row without working days: the epoch day from which it is planned in full. */
    private final long[] dueEpochDays;
    /** The rows without working days and with a budget. */
    private final int[] dueRows;
    /** cumulative[t] = PV after t working days, t = 0..pd. */
    private final long[] cumulative;
    private final int plannedDuration;

    private PerformanceBaseline(Currency currency, LocalDate start, WorkCalendar calendar, WorkingDayIndex index,
            List<ActivityId> ids, Map<ActivityId, Integer> rowOf, int[] first, int[] days, long[] budgets,
            SpreadCurve[] curves, long[] dueEpochDays) {
        this.currency = currency;
        this.rowOf = rowOf;
        this.start = start;
        this.calendar = calendar;
        this.index = index;
        this.ids = ids;
        this.first = first;
        this.days = days;
        this.budgets = budgets;
        this.curves = curves;
        this.dueEpochDays = dueEpochDays;
        int pd = 0;
        int due = 0;
        for (int row = 0; row < first.length; row++) {
            pd = Math.max(pd, finishOf(row));
            if (days[row] == 0 && budgets[row] != 0) {
                due++;
            }
        }
        this.plannedDuration = pd;
        this.dueRows = new int[due];
        for (int row = 0, i = 0; row < first.length; row++) {
            if (days[row] == 0 && budgets[row] != 0) {
                dueRows[i++] = row;
            }
        }
        this.cumulative = profile();
    }

    /**
     * Builds the performance measurement baseline of a project's current baseline.
     *
     * @param project the project
     * @param calendar the working days, usually the project's
     * @return the baseline
     * @throws EvmInputException if the project has no baseline, a baseline budget is in another
     *         currency than the project's, the baseline lists an activity twice, the calendar does not
     *         cover the project start or a baseline date, or the budgets are too large to add exactly
     */
    public static PerformanceBaseline of(Project project, WorkCalendar calendar) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(calendar, "calendar");
        Baseline baseline = project.currentBaseline().orElseThrow(() -> new EvmInputException(Reasons.NO_BASELINE));
        Currency currency = project.currency();
        List<BaselineActivity> rows = baseline.activities();
        SortedSet<String> others = new TreeSet<>();
        for (BaselineActivity row : rows) {
            if (!row.budget().currency().equals(currency)) {
                others.add(row.budget().currency().getCurrencyCode());
            }
        }
        if (!others.isEmpty()) {
            throw new EvmInputException(Reasons.otherCurrency("baseline budgets", "基线预算", others, currency));
        }
        int n = rows.size();
        List<ActivityId> ids = new ArrayList<>(n);
        Map<ActivityId, Integer> rowOf = new HashMap<>(Math.max(16, n * 2));
        int[] first = new int[n];
        int[] days = new int[n];
        long[] budgets = new long[n];
        SpreadCurve[] curves = new SpreadCurve[n];
        long[] dueEpochDays = new long[n];
        long bac = 0;
        try {
            WorkingDayIndex index = calendar.index(project.start());
            for (int row = 0; row < n; row++) {
                BaselineActivity b = rows.get(row);
                if (rowOf.putIfAbsent(b.activity(), row) != null) {
                    throw new EvmInputException(Reasons.duplicate(b.activity().toString()));
                }
                ids.add(b.activity());
                budgets[row] = MinorUnits.of(b.budget(), BUDGETS);
                bac = MinorUnits.add(bac, budgets[row], BUDGETS);
                int s = index.offsetOf(b.start());
                int d = b.finish().isBefore(b.start()) ? 0
                        : index.offsetOf(b.finish()) - s + (calendar.isWorkingDay(b.finish()) ? 1 : 0);
                days[row] = d;
                if (d > 0) {
                    first[row] = s;
                } else {
                    LocalDate due = b.finish().isBefore(b.start()) ? b.start() : b.finish();
                    first[row] = index.offsetOf(due);
                    dueEpochDays[row] = due.toEpochDay();
                }
            }
            // each row's curve is that of the first project activity with its id; LINEAR without one
            Arrays.fill(curves, SpreadCurve.LINEAR);
            boolean[] set = new boolean[n];
            for (Activity a : project.activities()) {
                Integer row = rowOf.get(a.id());
                if (row != null && !set[row]) {
                    set[row] = true;
                    curves[row] = a.curve().orElse(SpreadCurve.LINEAR);
                }
            }
            return new PerformanceBaseline(currency, project.start(), calendar, index, Collections.unmodifiableList(ids),
                    Collections.unmodifiableMap(rowOf), first, days, budgets, curves, dueEpochDays);
        } catch (CalendarCoverageException e) {
            throw new EvmInputException(Reasons.beyondCalendar(e.calendarName(), e.date()));
        }
    }

    /** The cumulative planned value per working day, from the rows. */
    private long[] profile() {
        int pd = plannedDuration;
        long[] daily = new long[pd + 1];
        long before = 0;
        for (int row = 0; row < first.length; row++) {
            long budget = budgets[row];
            if (budget == 0) {
                continue;
            }
            int d = days[row];
            int s = first[row];
            if (d == 0) {
                if (s < 0) {
                    before += budget;
                } else {
                    daily[s] += budget;
                }
                continue;
            }
            SpreadCurve curve = curves[row];
            if (curve == SpreadCurve.LINEAR) {
                before += linear(daily, budget, s, d);
                continue;
            }
            long previous = 0;
            for (int k = 1; k <= d; k++) {
                long now = PlannedValue.spread(curve, budget, k, d);
                int day = s + k - 1;
                if (day < 0) {
                    before += now - previous;
                } else {
                    daily[day] += now - previous;
                }
                previous = now;
            }
        }
        // daily[pd] is always 0; shift into cumulative form in place
        long sum = before;
        long[] cumulative = daily;
        for (int t = 0; t <= pd; t++) {
            long today = cumulative[t];
            cumulative[t] = sum;
            sum += today;
        }
        return cumulative;
    }

    /**
     * Adds a linear row's daily amounts to the profile without a division per day: budget x k / d is
     * carried as a quotient and a remainder that grow by budget / d and budget % d each day, and rounded
     * half-even as {@link PlannedValue#cumulative} rounds it. Returns what falls before day 0.
     */
    private static long linear(long[] daily, long budget, int first, int d) {
        long stepQuotient = budget / d;
        long stepRemainder = budget % d;
        long quotient = 0;
        long remainder = 0;
        long previous = 0;
        long before = 0;
        for (int k = 1; k <= d; k++) {
            quotient += stepQuotient;
            remainder += stepRemainder;
            if (remainder >= d) {
                remainder -= d;
                quotient++;
            }
            long rest = d - remainder;
            long now = remainder > rest || (remainder == rest && (quotient & 1) != 0) ? quotient + 1 : quotient;
            int day = first + k - 1;
            if (day < 0) {
                before += now - previous;
            } else {
                daily[day] += now - previous;
            }
            previous = now;
        }
        return before;
    }

    // ---- public view ----------------------------------------------------------------------

    /**
     * Returns the currency of every amount.
     *
     * @return the project's currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the project start, the origin of working-day offsets.
     *
     * @return the start date
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the calendar of the working days.
     *
     * @return the calendar
     */
    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the baselined activities, in the baseline's order.
     *
     * @return the activity ids, unmodifiable
     */
    public List<ActivityId> activities() {
        return ids;
    }

    /**
     * Returns the budget at completion: the sum of the baseline budgets, reserves excluded.
     *
     * @return BAC
     */
    public Money budgetAtCompletion() {
        return MinorUnits.money(currency, cumulative[plannedDuration]);
    }

    /**
     * Returns the planned duration PD: the working days from the project start through the last
     * baseline finish.
     *
     * @return PD in working days, not negative
     */
    public int plannedDuration() {
        return plannedDuration;
    }

    /**
     * Returns the planned finish: the date of the last working day of the plan (FORMULAS.md section
     * 1: the date of working day PD - 1; the first working day when PD is 0).
     *
     * @return the planned finish date
     * @throws EvmInputException if the calendar does not cover it
     */
    public LocalDate plannedFinish() {
        return dateOfDay(Math.max(plannedDuration, 1) - 1);
    }

    /**
     * Returns the actual time AT at a date: the number of working days from the project start
     * through the date, inclusive (FORMULAS.md section 1); 0 before the start.
     *
     * @param date the status date
     * @return AT in working days
     * @throws EvmInputException if the calendar does not cover the date
     */
    public int actualTime(LocalDate date) {
        Objects.requireNonNull(date, "date");
        try {
            return Math.max(0, index.offsetOf(date) + (calendar.isWorkingDay(date) ? 1 : 0));
        } catch (CalendarCoverageException e) {
            throw new EvmInputException(Reasons.beyondCalendar(e.calendarName(), e.date()));
        }
    }

    /** AT at an epoch day, as {@link #actualTime(LocalDate)}, for the series' loops. */
    int actualTimeOfEpochDay(long epochDay) {
        try {
            // the working days in [start, day + 1) are those through the day
            return Math.max(0, index.offsetOfEpochDay(epochDay + 1));
        } catch (CalendarCoverageException e) {
            // the day may be the last one covered
            return actualTime(LocalDate.ofEpochDay(epochDay));
        }
    }

    /**
     * Returns the planned value after a number of working days from the project start: what is planned
     * on working days 0 to {@code workingDays - 1}.
     *
     * @param workingDays the number of working days, not negative; BAC from PD on
     * @return the cumulative planned value
     */
    public Money plannedValueThrough(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        return MinorUnits.money(currency, through(workingDays));
    }

    /**
     * Returns the planned value PV at a status date, the date inclusive.
     *
     * @param date the status date
     * @return the planned value by the end of the date
     * @throws EvmInputException if the calendar does not cover the date
     */
    public Money plannedValueAt(LocalDate date) {
        return MinorUnits.money(currency, at(actualTime(date), date.toEpochDay()));
    }

    // ---- for the engine -------------------------------------------------------------------

    WorkingDayIndex index() {
        return index;
    }

    long bac() {
        return cumulative[plannedDuration];
    }

    int size() {
        return first.length;
    }

    /** PV after t working days. */
    long through(int t) {
        return cumulative[Math.min(Math.max(t, 0), plannedDuration)];
    }

    /** PV at a date whose AT is {@code at}: the profile plus rows due on the date but not yet in it. */
    long at(int at, long epochDay) {
        long pv = through(at);
        for (int row : dueRows) {
            if (first[row] >= at && dueEpochDays[row] <= epochDay) {
                pv += budgets[row];
            }
        }
        return pv;
    }

    /** Whether the profile lacks rows due on a date (only on dates that are not working days). */
    boolean hasDueRows() {
        return dueRows.length > 0;
    }

    /** The earned schedule of the project for an earned value; BAC must be positive. */
    double earnedSchedule(long ev) {
        return EarnedSchedule.of(ev, cumulative, plannedDuration);
    }

    /** The row of each baselined activity, unmodifiable. */
    Map<ActivityId, Integer> rows() {
        return rowOf;
    }

    long budget(int row) {
        return budgets[row];
    }

    /** The planned finish offset of a row: the working day after its last one. */
    int finishOf(int row) {
        return days[row] == 0 ? first[row] + 1 : first[row] + days[row];
    }

    /** PV of a row after t working days. */
    long rowThrough(int row, int t) {
        int d = days[row];
        if (d == 0) {
            return t > first[row] ? budgets[row] : 0;
        }
        int elapsed = Math.min(Math.max(t - first[row], 0), d);
        return PlannedValue.spread(curves[row], budgets[row], elapsed, d);
    }

    /** PV of a row at a date whose AT is {@code at}. */
    long rowAt(int row, int at, long epochDay) {
        if (days[row] == 0) {
            return dueEpochDays[row] <= epochDay || at > first[row] ? budgets[row] : 0;
        }
        return rowThrough(row, at);
    }

    /** The date of working day t. */
    LocalDate dateOfDay(int t) {
        try {
            return index.dateOf(t);
        } catch (CalendarCoverageException e) {
            throw new EvmInputException(Reasons.beyondCalendar(e.calendarName(), e.date()));
        }
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code PerformanceBaseline[14 activities, BAC CNY 8000000.00, PD 175]}
     */
    @Override
    public String toString() {
        return "PerformanceBaseline[" + first.length + " activities, BAC " + budgetAtCompletion() + ", PD "
                + plannedDuration + "]";
    }

    /** For tests: the cumulative profile. */
    long[] profileCopy() {
        return Arrays.copyOf(cumulative, cumulative.length);
    }
}
