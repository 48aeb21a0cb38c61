package org.pmokit.rules.schedule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.pmokit.core.project.ActivityId;

/**
 * Lists the critical paths of a computed schedule: maximal chains of critical links, a critical link
 * being one between two critical activities that is tight in both the early and the late times.
 * Paths start at critical activities without an incoming critical link and end at those without an
 * outgoing one; they are enumerated depth first, taking activities by early start and then
 * identifier at every step, so the order does not depend on the project's order of activities.
 *
 * <p>This class is immutable and thread-safe.
 */
final class CriticalPaths {

    /** The listed paths and whether there were more. */
    static final class Result {
        final List<List<ActivityId>> paths;
        final boolean truncated;

        Result(List<List<ActivityId>> paths, boolean truncated) {
            this.paths = paths;
            this.truncated = truncated;
        }
    }

    private CriticalPaths() {
    }

    static Result find(ScheduleNetwork g, int[] early, int[] late, boolean[] critical, int limit) {
        int n = g.n;
        // Rank the critical activities by early start, then identifier.
        int count = 0;
        for (int p = 0; p < n; p++) {
            if (critical[p]) {
                count++;
            }
        }
        if (count == 0) {
            return new Result(List.of(), false);
        }
        Integer[] nodes = new Integer[count];
        for (int p = 0, c = 0; p < n; p++) {
            if (critical[p]) {
                nodes[c++] = p;
            }
        }
        Arrays.sort(nodes, Comparator.<Integer>comparingInt(p -> early[2 * p]).thenComparing(p -> g.ids[g.order[p]]));
        int[] rank = new int[n];
        int[] byRank = new int[count];
        for (int r = 0; r < count; r++) {
            rank[nodes[r]] = r;
            byRank[r] = nodes[r];
        }
        // Critical links as (rank of predecessor, rank of successor), sorted.
        long[] edges = new long[16];
        int m = 0;
        for (int p = 0; p < n; p++) {
            if (!critical[p]) {
                continue;
            }
            int mid = g.linkMid[p];
            for (int k = g.linkStart[p]; k < g.linkStart[p + 1]; k++) {
                int slot = g.linkFrom[k];
                int q = slot >> 1;
                int target = k < mid ? 2 * p : 2 * p + 1;
                int lag = g.linkLag[k];
                if (critical[q] && early[slot] + lag == early[target] && late[slot] + lag == late[target]) {
                    if (m == edges.length) {
                        edges = Arrays.copyOf(edges, m * 2);
                    }
                    edges[m++] = ((long) rank[q] << 32) | rank[p];
                }
            }
        }
        Arrays.sort(edges, 0, m);
        int[] outStart = new int[count + 1];
        int[] out = new int[m];
        boolean[] hasIn = new boolean[count];
        int e = 0;
        for (int k = 0; k < m; k++) {
            if (k > 0 && edges[k] == edges[k - 1]) {
                continue; // two links between the same activities
            }
            int from = (int) (edges[k] >>> 32);
            int to = (int) edges[k];
            outStart[from + 1]++;
            out[e++] = to;
            hasIn[to] = true;
        }
        for (int r = 0; r < count; r++) {
            outStart[r + 1] += outStart[r];
        }
        return enumerate(g, byRank, outStart, out, hasIn, limit);
    }

    /** Depth-first enumeration of the source-to-sink paths, stopping once one more than the limit is found. */
    private static Result enumerate(ScheduleNetwork g, int[] byRank, int[] outStart, int[] out, boolean[] hasIn,
            int limit) {
        int count = byRank.length;
        List<List<ActivityId>> paths = new ArrayList<>();
        int[] stack = new int[count];
        int[] next = new int[count];
        for (int source = 0; source < count; source++) {
            if (hasIn[source]) {
                continue;
            }
            int depth = 0;
            stack[depth] = source;
            next[depth] = outStart[source];
            depth++;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (outStart[v] == outStart[v + 1]) {
                    if (paths.size() == limit) {
                        return new Result(List.copyOf(paths), true);
                    }
                    paths.add(ids(g, byRank, stack, depth));
                    depth--;
                } else if (next[depth - 1] < outStart[v + 1]) {
                    int w = out[next[depth - 1]++];
                    stack[depth] = w;
                    next[depth] = outStart[w];
                    depth++;
                } else {
                    depth--;
                }
            }
        }
        return new Result(List.copyOf(paths), false);
    }

    private static List<ActivityId> ids(ScheduleNetwork g, int[] byRank, int[] stack, int depth) {
        ActivityId[] path = new ActivityId[depth];
        for (int d = 0; d < depth; d++) {
            path[d] = g.ids[g.order[byRank[stack[d]]]];
        }
        return List.of(path);
    }
}
