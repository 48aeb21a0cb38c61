package org.pmokit.rules.evm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Text;

/**
 * A project's progress records, actual costs and estimates to complete, compiled per activity into
 * arrays of epoch days and minor units, so that EV and AC at any date, and their time series, need
 * no object and no {@link BigDecimal} (FORMULAS.md section 3).
 *
 * <p>The rows are the baselined activities, in the baseline's order (the rows of the
 * {@link PerformanceBaseline}); then the project's other activities, in the project's order; then
 * the activities that only records name, in the order of their ids. Only baselined activities earn
 * value; every actual cost counts.
 *
 * <p>Each progress record is turned into the value it earns by its activity's earning rule: percent
 * complete (and weighted milestones, whose percent complete is the sum of the weights of the
 * milestones reached) earns {@code budget x percent / 100}; 0/100 earns the budget once the record
 * shows the activity finished (100% or an actual finish), nothing before; 50/50 earns half the budget
 * (rounded half-even) once it shows it started (more than 0% or an actual start), all once finished.
 * At a date, an activity's latest record dated on or before it counts; among records of the same
 * date, the one that earns most (then the one that shows progress), so that the order of the records
 * does not matter.
 */
final class Ledger {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final Text ACTUAL_COSTS = Text.of("the actual costs", "实际成本");
    private static final Text ESTIMATES = Text.of("the estimates to complete", "完工尚需估算");
    private static final long[] POWERS_OF_TEN = {
        1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L, 100_000_000L, 1_000_000_000L,
        10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L, 100_000_000_000_000L,
        1_000_000_000_000_000L,
    };

    final List<ActivityId> ids;
    final Map<ActivityId, Integer> rowOf;
    /** Per row: the WBS code, or null. */
    final String[] wbs;
    /** Per row: the phase, or null. */
    final Phase[] phases;
    /** Per row: the budget in the performance measurement baseline (0 for a row outside it). */
    final long[] budgets;
    /** Progress records of row r: indexes progressStart[r] to progressStart[r + 1] - 1, ascending. */
    final int[] progressStart;
    final long[] progressDay;
    final long[] progressEarned;
    final boolean[] progressMade;
    /** Actual costs of row r: indexes costStart[r] to costStart[r + 1] - 1, in no particular order. */
    final int[] costStart;
    final long[] costDay;
    final long[] costAmount;
    final boolean[] hasEstimate;
    final long[] estimates;
    /** Whether the host gave any estimate to complete. */
    final boolean anyEstimate;

    private Ledger(List<ActivityId> ids, Map<ActivityId, Integer> rowOf, String[] wbs, Phase[] phases, long[] budgets,
            int[] progressStart, long[] progressDay, long[] progressEarned, boolean[] progressMade, int[] costStart,
            long[] costDay, long[] costAmount, boolean[] hasEstimate, long[] estimates, boolean anyEstimate) {
        this.ids = ids;
        this.rowOf = rowOf;
        this.wbs = wbs;
        this.phases = phases;
        this.budgets = budgets;
        this.progressStart = progressStart;
        this.progressDay = progressDay;
        this.progressEarned = progressEarned;
        this.progressMade = progressMade;
        this.costStart = costStart;
        this.costDay = costDay;
        this.costAmount = costAmount;
        this.hasEstimate = hasEstimate;
        this.estimates = estimates;
        this.anyEstimate = anyEstimate;
    }

    int size() {
        return ids.size();
    }

    /** Compiles a project's records against its performance measurement baseline. */
    static Ledger of(Project project, PerformanceBaseline pmb, EvmOptions options) {
        Currency currency = pmb.currency();
        checkCurrencies(project, options, currency);
        List<ActivityId> ids = new ArrayList<>(pmb.activities());
        Map<ActivityId, Integer> rowOf = new HashMap<>(Math.max(16, project.activities().size() * 2));
        rowOf.putAll(pmb.rows());
        List<Activity> activityOfRow = new ArrayList<>(Collections.nCopies(ids.size(), (Activity) null));
        for (Activity a : project.activities()) {
            Integer row = rowOf.putIfAbsent(a.id(), ids.size());
            if (row == null) {
                ids.add(a.id());
                activityOfRow.add(a);
            } else if (activityOfRow.get(row) == null) {
                activityOfRow.set(row, a);
            }
        }
        SortedSet<ActivityId> others = new TreeSet<>();
        for (ProgressRecord r : project.progress()) {
            if (!rowOf.containsKey(r.activity())) {
                others.add(r.activity());
            }
        }
        for (ActualCost c : project.actualCosts()) {
            if (!rowOf.containsKey(c.activity())) {
                others.add(c.activity());
            }
        }
        for (ActivityId id : options.estimatesToComplete().keySet()) {
            if (!rowOf.containsKey(id)) {
                others.add(id);
            }
        }
        for (ActivityId id : others) {
            rowOf.put(id, ids.size());
            ids.add(id);
        }
        int n = ids.size();
        String[] wbs = new String[n];
        Phase[] phases = new Phase[n];
        EarningRule[] rules = new EarningRule[n];
        long[] budgets = new long[n];
        for (int row = 0; row < n; row++) {
            Activity a = row < activityOfRow.size() ? activityOfRow.get(row) : null;
            wbs[row] = a == null ? null : a.wbs().orElse(null);
            phases[row] = a == null ? null : a.phase().orElse(null);
            rules[row] = a == null ? EarningRule.PERCENT_COMPLETE : a.earningRule().orElse(EarningRule.PERCENT_COMPLETE);
            budgets[row] = row < pmb.size() ? pmb.budget(row) : 0;
        }

        List<ProgressRecord> progress = project.progress();
        int[] progressStart = new int[n + 1];
        int[] recordRow = new int[progress.size()];
        RowCache cache = new RowCache(rowOf);
        for (int i = 0; i < progress.size(); i++) {
            recordRow[i] = cache.rowOf(progress.get(i).activity());
            progressStart[recordRow[i] + 1]++;
        }
        for (int row = 0; row < n; row++) {
            progressStart[row + 1] += progressStart[row];
        }
        int[] cursor = progressStart.clone();
        long[] progressDay = new long[progress.size()];
        long[] progressEarned = new long[progress.size()];
        boolean[] progressMade = new boolean[progress.size()];
        for (int i = 0; i < progress.size(); i++) {
            ProgressRecord r = progress.get(i);
            int row = recordRow[i];
            int at = cursor[row]++;
            progressDay[at] = r.date().toEpochDay();
            boolean finished = r.percentComplete().compareTo(HUNDRED) == 0 || r.actualFinish().isPresent();
            boolean started = finished || r.percentComplete().signum() > 0 || r.actualStart().isPresent();
            progressMade[at] = started;
            progressEarned[at] = earned(rules[row], budgets[row], r.percentComplete(), started, finished);
        }
        for (int row = 0; row < n; row++) {
            sortRecords(progressDay, progressEarned, progressMade, progressStart[row], progressStart[row + 1]);
        }

        List<ActualCost> costs = project.actualCosts();
        int[] costStart = new int[n + 1];
        int[] costRow = new int[costs.size()];
        for (int i = 0; i < costs.size(); i++) {
            costRow[i] = cache.rowOf(costs.get(i).activity());
            costStart[costRow[i] + 1]++;
        }
        for (int row = 0; row < n; row++) {
            costStart[row + 1] += costStart[row];
        }
        cursor = costStart.clone();
        long[] costDay = new long[costs.size()];
        long[] costAmount = new long[costs.size()];
        Text what = ACTUAL_COSTS;
        long total = 0;
        for (int i = 0; i < costs.size(); i++) {
            ActualCost c = costs.get(i);
            int at = cursor[costRow[i]]++;
            costDay[at] = c.date().toEpochDay();
            costAmount[at] = MinorUnits.of(c.amount(), what);
            // the sum of the absolute amounts bounds every partial sum
            total = MinorUnits.add(total, Math.abs(costAmount[at]), what);
        }

        boolean[] hasEstimate = new boolean[n];
        long[] estimates = new long[n];
        Text estimate = ESTIMATES;
        long estimateTotal = 0;
        for (Map.Entry<ActivityId, Money> e : options.estimatesToComplete().entrySet()) {
            int row = rowOf.get(e.getKey());
            hasEstimate[row] = true;
            estimates[row] = MinorUnits.of(e.getValue(), estimate);
            estimateTotal = MinorUnits.add(estimateTotal, estimates[row], estimate);
        }
        return new Ledger(List.copyOf(ids), rowOf, wbs, phases, budgets, progressStart, progressDay, progressEarned,
                progressMade, costStart, costDay, costAmount, hasEstimate, estimates,
                !options.estimatesToComplete().isEmpty());
    }

    /** Row lookups that remember the last one: records of one activity usually come together. */
    private static final class RowCache {
        private final Map<ActivityId, Integer> rowOf;
        private ActivityId last;
        private int lastRow;

        RowCache(Map<ActivityId, Integer> rowOf) {
            this.rowOf = rowOf;
        }

        int rowOf(ActivityId id) {
            if (!id.equals(last)) {
                last = id;
                lastRow = rowOf.get(id);
            }
            return lastRow;
        }
    }

    private static void checkCurrencies(Project project, EvmOptions options, Currency currency) {
        SortedSet<String> others = new TreeSet<>();
        for (ActualCost c : project.actualCosts()) {
            if (!c.amount().currency().equals(currency)) {
                others.add(c.amount().currency().getCurrencyCode());
            }
        }
        if (!others.isEmpty()) {
            throw new EvmInputException(Reasons.otherCurrency("actual costs", "实际成本", others, currency));
        }
        for (Money m : options.estimatesToComplete().values()) {
            if (!m.currency().equals(currency)) {
                others.add(m.currency().getCurrencyCode());
            }
        }
        if (!others.isEmpty()) {
            throw new EvmInputException(Reasons.otherCurrency("estimates to complete", "完工尚需估算", others, currency));
        }
    }

    /** The value a record earns by an earning rule. */
    static long earned(EarningRule rule, long budget, BigDecimal percent, boolean started, boolean finished) {
        if (budget == 0) {
            return 0;
        }
        return switch (rule) {
            case PERCENT_COMPLETE, WEIGHTED_MILESTONES -> percentOf(budget, percent);
            case ZERO_HUNDRED -> finished ? budget : 0;
            case FIFTY_FIFTY -> finished ? budget : started ? MinorUnits.mulDivHalfEven(budget, 1, 2) : 0;
        };
    }

    /** {@code budget x percent / 100}, rounded half-even; 0 <= percent <= 100. */
    static long percentOf(long budget, BigDecimal percent) {
        int scale = percent.scale();
        if (scale >= 0 && scale < POWERS_OF_TEN.length - 2) {
            // at most 100 with at most 13 decimals: the unscaled value fits; moving the point keeps it compact
            long unscaled = percent.scaleByPowerOfTen(scale).longValueExact();
            return MinorUnits.mulDivHalfEven(budget, unscaled, 100 * POWERS_OF_TEN[scale]);
        }
        return BigDecimal.valueOf(budget).multiply(percent).divide(HUNDRED, 0, RoundingMode.HALF_EVEN).longValueExact();
    }

    /** Sorts one row's records by date, then earned value, then progress shown. */
    private static void sortRecords(long[] day, long[] earned, boolean[] made, int from, int to) {
        if (to - from > 16) {
            sortLong(day, earned, made, from, to);
            return;
        }
        // insertion sort: most rows have a few records
        for (int i = from + 1; i < to; i++) {
            long d = day[i];
            long e = earned[i];
            boolean m = made[i];
            int j = i - 1;
            while (j >= from && after(day[j], earned[j], made[j], d, e, m)) {
                day[j + 1] = day[j];
                earned[j + 1] = earned[j];
                made[j + 1] = made[j];
                j--;
            }
            day[j + 1] = d;
            earned[j + 1] = e;
            made[j + 1] = m;
        }
    }

    private record Entry(long day, long earned, boolean made) {
    }

    private static final Comparator<Entry> ORDER = Comparator.comparingLong(Entry::day)
            .thenComparingLong(Entry::earned).thenComparing(Entry::made);

    /** A long row: TimSort, linear on records already in date order. */
    private static void sortLong(long[] day, long[] earned, boolean[] made, int from, int to) {
        Entry[] entries = new Entry[to - from];
        for (int i = from; i < to; i++) {
            entries[i - from] = new Entry(day[i], earned[i], made[i]);
        }
        Arrays.sort(entries, ORDER);
        for (int i = from; i < to; i++) {
            Entry e = entries[i - from];
            day[i] = e.day();
            earned[i] = e.earned();
            made[i] = e.made();
        }
    }

    private static boolean after(long d1, long e1, boolean m1, long d2, long e2, boolean m2) {
        if (d1 != d2) {
            return d1 > d2;
        }
        if (e1 != e2) {
            return e1 > e2;
        }
        return m1 && !m2;
    }

    /** The index of a row's latest record dated on or before a day, or -1. */
    int latest(int row, long epochDay) {
        int found = -1;
        for (int i = progressStart[row]; i < progressStart[row + 1] && progressDay[i] <= epochDay; i++) {
            found = i;
        }
        return found;
    }

    /** A row's actual cost through a day. */
    long actualCost(int row, long epochDay) {
        long sum = 0;
        for (int i = costStart[row]; i < costStart[row + 1]; i++) {
            if (costDay[i] <= epochDay) {
                sum += costAmount[i];
            }
        }
        return sum;
    }
}
