package org.pmokit.core.validation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Dependency;

/**
 * Finds dependency cycles among activities and names each one, as in {@code A -> B -> C -> A}
 * (each activity is a predecessor of the next).
 *
 * <p>It runs in time linear in activities plus links and uses no recursion, so a chain of a
 * million activities neither overflows the stack nor slows it down. Links to unknown activities
 * are ignored (they are reported as unknown references). Each cycle is reported once, starting at
 * its smallest identifier, so the result does not depend on the order of the activities.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * Finds up to {@code max} cycles.
     *
     * @param activities the activities, with their predecessors
     * @param max the most cycles to return
     * @return the cycles, each as the list of activities around it (the first is not repeated at
     *     the end), sorted by their first activity
     */
    public static List<List<ActivityId>> find(List<Activity> activities, int max) {
        Objects.requireNonNull(activities, "activities");
        int n = activities.size();
        Map<ActivityId, Integer> index = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            index.putIfAbsent(activities.get(i).id(), i);
        }
        // Predecessor lists as int arrays, successor lists in compressed rows (Kahn's algorithm).
        int[][] preds = new int[n][];
        int[] predCount = new int[n];
        int[] succStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            List<Dependency> deps = activities.get(i).predecessors();
            int[] p = new int[deps.size()];
            int k = 0;
            for (Dependency d : deps) {
                Integer j = index.get(d.predecessor());
                if (j != null) {
                    p[k++] = j;
                    succStart[j + 1]++;
                }
            }
            preds[i] = k == p.length ? p : Arrays.copyOf(p, k);
            predCount[i] = k;
        }
        for (int i = 0; i < n; i++) {
            succStart[i + 1] += succStart[i];
        }
        int[] succ = new int[succStart[n]];
        int[] fill = Arrays.copyOf(succStart, n);
        for (int i = 0; i < n; i++) {
            for (int j : preds[i]) {
                succ[fill[j]++] = i;
            }
        }
        // Peel off activities whose predecessors are all peeled; what remains is on or after a cycle.
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int i = 0; i < n; i++) {
            if (predCount[i] == 0) {
                queue[tail++] = i;
            }
        }
        boolean[] removed = new boolean[n];
        while (head < tail) {
            int i = queue[head++];
            removed[i] = true;
            for (int e = succStart[i]; e < succStart[i + 1]; e++) {
                if (--predCount[succ[e]] == 0) {
                    queue[tail++] = succ[e];
                }
            }
        }
        // Every remaining activity has a remaining predecessor: walking predecessors must close a loop.
        List<List<ActivityId>> cycles = new ArrayList<>();
        int[] walkMark = new int[n]; // 0 = unseen, w = seen in walk w
        int walk = 0;
        for (int start = 0; start < n && cycles.size() < max; start++) {
            if (removed[start] || walkMark[start] != 0) {
                continue;
            }
            walk++;
            List<Integer> path = new ArrayList<>();
            int i = start;
            while (walkMark[i] == 0) {
                walkMark[i] = walk;
                path.add(i);
                i = firstRemaining(preds[i], removed);
            }
            if (walkMark[i] == walk) {
                List<Integer> loop = path.subList(path.indexOf(i), path.size());
                cycles.add(name(loop, activities));
            }
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return List.copyOf(cycles);
    }

    /**
     * Returns the text form of a cycle: {@code A -> B -> C -> A}.
     *
     * @param cycle the activities around the cycle
     * @return the text
     */
    public static String describe(List<ActivityId> cycle) {
        StringBuilder s = new StringBuilder();
        for (ActivityId id : cycle) {
            s.append(id).append(" -> ");
        }
        return s.append(cycle.get(0)).toString();
    }

    private static int firstRemaining(int[] preds, boolean[] removed) {
        for (int j : preds) {
            if (!removed[j]) {
                return j;
            }
        }
        throw new IllegalStateException("an activity on a cycle has no predecessor on it");
    }

    /** The walk went from successor to predecessor; name the cycle forwards from its smallest id. */
    private static List<ActivityId> name(List<Integer> loop, List<Activity> activities) {
        List<ActivityId> ids = new ArrayList<>(loop.size());
        for (int k = loop.size() - 1; k >= 0; k--) {
            ids.add(activities.get(loop.get(k)).id());
        }
        int smallest = ids.indexOf(Collections.min(ids));
        Collections.rotate(ids, -smallest);
        return List.copyOf(ids);
    }
}
