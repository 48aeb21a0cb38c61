package org.pmokit.rules.evm;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * A project's earned value metrics at the end of each period from its start to a status date, for
 * S-curves ({@link ProjectEvm#series(LocalDate, Period)}). Point {@code i} is the project measured at
 * {@link #date(int) date(i)}: PV from the baseline, EV from the progress records dated on or before
 * that date, AC from the costs booked by then, and ES from EV.
 *
 * <p>The series is computed in one pass over the records: each progress record and each cost is
 * placed in its period, then summed; the amounts are exact {@code long}s in minor units and only
 * {@link #figures(int)} turns a point into metrics.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class EvmSeries {

    private final Period period;
    private final PerformanceBaseline pmb;
    private final EacMethod method;
    private final long[] ends;
    private final int[] at;
    private final long[] pv;
    private final long[] ev;
    private final long[] ac;
    private final double[] es;
    /** The bottom-up estimate at the status date, and why there is none. */
    private final long estimate;
    private final Text estimateReason;

    private EvmSeries(Period period, PerformanceBaseline pmb, EacMethod method, long[] ends, int[] at, long[] pv,
            long[] ev, long[] ac, double[] es, long estimate, Text estimateReason) {
        this.period = period;
        this.pmb = pmb;
        this.method = method;
        this.ends = ends;
        this.at = at;
        this.pv = pv;
        this.ev = ev;
        this.ac = ac;
        this.es = es;
        this.estimate = estimate;
        this.estimateReason = estimateReason;
    }

    static EvmSeries of(ProjectEvm evm, LocalDate statusDate, Period period) {
        PerformanceBaseline pmb = evm.baseline();
        Ledger ledger = evm.ledger();
        long[] ends = period.endEpochDays(pmb.start(), statusDate);
        int points = ends.length;
        long status = ends[points - 1];
        int[] at = new int[points];
        long[] pv = new long[points];
        for (int i = 0; i < points; i++) {
            at[i] = pmb.actualTimeOfEpochDay(ends[i]);
            pv[i] = pmb.at(at[i], ends[i]);
        }
        long[] ev = new long[points];
        long[] days = ledger.progressDay;
        long[] earned = ledger.progressEarned;
        int[] start = ledger.progressStart;
        for (int row = 0, rows = Math.min(pmb.size(), ledger.size()); row < rows; row++) {
            long before = 0;
            int p = 0;
            for (int i = start[row], end = start[row + 1]; i < end && days[i] <= status; i++) {
                // a row's records are in date order: find the first one's period, then walk on
                p = i == start[row] ? periodOf(ends, days[i]) : advance(ends, p, days[i]);
                ev[p] += earned[i] - before;
                before = earned[i];
            }
        }
        long[] ac = new long[points];
        long[] costDays = ledger.costDay;
        long[] amounts = ledger.costAmount;
        for (int i = 0; i < costDays.length; i++) {
            if (costDays[i] <= status) {
                ac[periodOf(ends, costDays[i])] += amounts[i];
            }
        }
        double[] es = new double[points];
        long bac = pmb.bac();
        for (int i = 0; i < points; i++) {
            if (i > 0) {
                ev[i] += ev[i - 1];
                ac[i] += ac[i - 1];
            }
            if (bac > 0) {
                es[i] = pmb.earnedSchedule(ev[i]);
            }
        }
        long estimate = 0;
        Text estimateReason = Reasons.NO_ESTIMATES;
        if (ledger.anyEstimate) {
            EvmFigures last = evm.at(statusDate).project();
            estimateReason = last.hasEstimate() ? null : undefinedReason(last.eac(EacMethod.BOTTOM_UP));
            estimate = last.estimateMinor();
        }
        return new EvmSeries(period, pmb, evm.options().eacMethod(), ends, at, pv, ev, ac, es, estimate, estimateReason);
    }

    private static Text undefinedReason(MetricValue value) {
        return ((MetricValue.Undefined) value).reason();
    }

    /** The first period from {@code p} on whose end is on or after a day not before the end of {@code p - 1}. */
    private static int advance(long[] ends, int p, long day) {
        while (ends[p] < day) {
            p++;
        }
        return p;
    }

    /** The first period whose end is on or after a day; the day is not after the last end. */
    private static int periodOf(long[] ends, long day) {
        int lo = 0;
        int hi = ends.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] >= day) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * Returns the period.
     *
     * @return the period
     */
    public Period period() {
        return period;
    }

    /**
     * Returns the number of points.
     *
     * @return the number of points, at least 1
     */
    public int size() {
        return ends.length;
    }

    /**
     * Returns the date of a point: a period end, or the status date for the last point.
     *
     * @param i the point, from 0
     * @return its date
     */
    public LocalDate date(int i) {
        Objects.checkIndex(i, ends.length);
        return LocalDate.ofEpochDay(ends[i]);
    }

    /**
     * Returns the dates of every point.
     *
     * @return the dates, ascending, unmodifiable
     */
    public List<LocalDate> dates() {
        List<LocalDate> dates = new ArrayList<>(ends.length);
        for (long end : ends) {
            dates.add(LocalDate.ofEpochDay(end));
        }
        return Collections.unmodifiableList(dates);
    }

    /**
     * Returns the figures of a point.
     *
     * @param i the point, from 0
     * @return the project's figures at its date
     */
    public EvmFigures figures(int i) {
        Objects.checkIndex(i, ends.length);
        boolean last = i == ends.length - 1;
        Text etcReason = last ? estimateReason
                : estimateReason == Reasons.NO_ESTIMATES ? Reasons.NO_ESTIMATES : Reasons.ESTIMATES_AT_STATUS_DATE;
        long bac = pmb.bac();
        return new EvmFigures(pmb.currency(), bac, pv[i], ev[i], ac[i], method, last ? estimate : 0, etcReason, null,
                at[i], pmb.plannedDuration(), es[i], bac == 0 ? Reasons.NOTHING_BUDGETED : null, pmb.index());
    }

    /**
     * Returns one metric at a point.
     *
     * @param i the point, from 0
     * @param metric the metric
     * @return its value or undefined
     */
    public MetricValue get(int i, EvmMetric metric) {
        return figures(i).get(metric);
    }

    /**
     * Returns one metric at every point: a curve.
     *
     * @param metric the metric
     * @return its values, one per point, unmodifiable
     */
    public List<MetricValue> values(EvmMetric metric) {
        Objects.requireNonNull(metric, "metric");
        List<MetricValue> values = new ArrayList<>(ends.length);
        for (int i = 0; i < ends.length; i++) {
            values.add(get(i, metric));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Returns a short description.
     *
     * @return such as {@code EvmSeries[WEEK, 18 points to 2026-04-30]}
     */
    @Override
    public String toString() {
        return "EvmSeries[" + period + ", " + ends.length + " points to " + LocalDate.ofEpochDay(ends[ends.length - 1])
                + "]";
    }
}
