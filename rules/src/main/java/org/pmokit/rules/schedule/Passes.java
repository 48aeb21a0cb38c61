package org.pmokit.rules.schedule;

/**
 * The forward and backward passes of the critical path method (FORMULAS.md section 2) and free
 * float, over a {@link ScheduleNetwork}'s arrays in topological order.
 *
 * <p>Times are kept interleaved: {@code t[2p]} is the start and {@code t[2p + 1]} the (exclusive)
 * finish of the activity at position {@code p}, so that a link names the time it starts from by one
 * slot and the passes need no branch on the link type.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Passes {

    private Passes() {
    }

    /**
     * The forward pass: fills {@code early} with ES and EF and returns the project finish, max EF
     * (0 without activities). For each activity, {@code ES = max(bound, start links)} and
     * {@code EF = max(ES + d, finish bound, finish links)}, then {@code ES = EF - d}.
     */
    static int forward(ScheduleNetwork g, int[] early) {
        int[] linkStart = g.linkStart;
        int[] linkMid = g.linkMid;
        int[] from = g.linkFrom;
        int[] lag = g.linkLag;
        int[] span = g.span;
        int[] minStart = g.minStart;
        int[] minFinish = g.minFinish;
        int n = g.n;
        int finish = 0;
        int k = 0;
        for (int p = 0; p < n; p++) {
            int s = minStart[p];
            int mid = linkMid[p];
            for (; k < mid; k++) {
                int v = early[from[k]] + lag[k];
                if (v > s) {
                    s = v;
                }
            }
            int d = span[p];
            int f = Math.max(s + d, minFinish[p]);
            int end = linkStart[p + 1];
            for (; k < end; k++) {
                int v = early[from[k]] + lag[k];
                if (v > f) {
                    f = v;
                }
            }
            early[2 * p] = f - d;
            early[2 * p + 1] = f;
            if (f > finish) {
                finish = f;
            }
        }
        return finish;
    }

    /**
     * The backward pass from the project finish: fills {@code late} with LS and LF. Every LF is at
     * most the project finish and the activity's finish bound, LS at most its start bound; each
     * activity, once final, tightens its predecessors' late times through its links.
     */
    static void backward(ScheduleNetwork g, int projectFinish, int[] late) {
        int[] linkStart = g.linkStart;
        int[] linkMid = g.linkMid;
        int[] from = g.linkFrom;
        int[] lag = g.linkLag;
        int[] span = g.span;
        int[] maxStart = g.maxStart;
        int[] maxFinish = g.maxFinish;
        int n = g.n;
        for (int p = 0; p < n; p++) {
            late[2 * p] = maxStart[p];
            late[2 * p + 1] = Math.min(maxFinish[p], projectFinish);
        }
        int k = linkStart[n];
        for (int p = n - 1; p >= 0; p--) {
            int d = span[p];
            int lf = Math.min(late[2 * p + 1], late[2 * p] + d);
            int ls = lf - d;
            late[2 * p] = ls;
            late[2 * p + 1] = lf;
            int mid = linkMid[p];
            int begin = linkStart[p];
            for (k--; k >= mid; k--) {
                int slot = from[k];
                int v = lf - lag[k];
                if (v < late[slot]) {
                    late[slot] = v;
                }
            }
            for (; k >= begin; k--) {
                int slot = from[k];
                int v = ls - lag[k];
                if (v < late[slot]) {
                    late[slot] = v;
                }
            }
            k++;
        }
    }

    /**
     * Free float per position: the least slack of the activity's links on the early times, and at
     * most the project finish minus its EF (so never more than its total float without constraints),
     * floored at 0; 0 once finished.
     */
    static int[] freeFloat(ScheduleNetwork g, int[] early, int projectFinish) {
        int n = g.n;
        int[] slack = new int[n];
        for (int p = 0; p < n; p++) {
            slack[p] = projectFinish - early[2 * p + 1];
        }
        for (int p = 0; p < n; p++) {
            int mid = g.linkMid[p];
            for (int k = g.linkStart[p]; k < g.linkStart[p + 1]; k++) {
                int slot = g.linkFrom[k];
                int target = early[k < mid ? 2 * p : 2 * p + 1];
                int v = target - early[slot] - g.linkLag[k];
                int q = slot >> 1;
                if (v < slack[q]) {
                    slack[q] = v;
                }
            }
        }
        for (int p = 0; p < n; p++) {
            if (g.state[p] == ScheduleNetwork.FINISHED || slack[p] < 0) {
                slack[p] = 0;
            }
        }
        return slack;
    }
}
