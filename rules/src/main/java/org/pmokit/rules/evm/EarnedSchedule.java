package org.pmokit.rules.evm;

import java.util.function.IntToLongFunction;

/**
 * Earned schedule (Lipke; ISO 21508; FORMULAS.md section 4) with working days as periods:
 * {@code ES = C + (EV - PV_C) / (PV_C+1 - PV_C)}, C the last whole day with {@code PV_C <= EV}. On a
 * flat stretch of PV the first day at which PV reaches EV is taken, and {@code EV = BAC} gives
 * {@code ES = PD}. The cumulative PV must not fall; found by binary search.
 */
final class EarnedSchedule {

    private EarnedSchedule() {
    }

    /**
     * Returns ES for a cumulative profile {@code pv[0..pd]}, {@code pv[pd] = BAC > 0}, 0 <= ev <= BAC.
     */
    static double of(long ev, long[] pv, int pd) {
        if (ev >= pv[pd]) {
            return pd;
        }
        int lo = 0;
        int hi = pd; // pv[hi] >= ev
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pv[mid] >= ev) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return interpolate(ev, lo, lo == 0 ? 0 : pv[lo - 1], pv[lo]);
    }

    /**
     * Returns ES for a cumulative profile given as a function of t = 0..pd, {@code pv(pd) = bac > 0},
     * 0 <= ev <= bac.
     */
    static double of(long ev, long bac, int pd, IntToLongFunction pv) {
        if (ev >= bac) {
            return pd;
        }
        int lo = 0;
        int hi = pd;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (pv.applyAsLong(mid) >= ev) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return interpolate(ev, lo, lo == 0 ? 0 : pv.applyAsLong(lo - 1), pv.applyAsLong(lo));
    }

    /** C is the first day with PV_C >= EV; if PV reaches EV exactly there, ES = C. */
    private static double interpolate(long ev, int c, long before, long at) {
        if (at == ev || c == 0) {
            return c;
        }
        // before < ev < at: the last whole day with PV <= EV is c - 1
        return (c - 1) + (double) (ev - before) / (double) (at - before);
    }
}
