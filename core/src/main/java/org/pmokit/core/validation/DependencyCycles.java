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
 * <p>Every group of activities that depend on each other, directly or not (a strongly connected
 * component of the links), yields at least one cycle, so a cycle that follows another one is not
 * hidden behind it. Within a group the cycles are found by following from each activity its first
 * predecessor (in the order of its links) that is in the same group; each cycle so found is
 * reported once, starting at its smallest identifier. The result therefore does not depend on the
 * order of the activities. Links to unknown activities are ignored (they are reported as unknown
 * references).
 *
 * <p>It runs in time linear in activities plus links and uses no recursion, so a chain of a
 * million activities neither overflows the stack nor slows it down.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DependencyCycles {

    private DependencyCycles() {
    }

    /**
     * Finds up to {@code max} cycles: the first {@code max} in the order of their first activity.
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
        // Predecessor lists as int arrays, successor lists in compressed rows.
        int[][] preds = new int[n][];
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
        }
        // Empty the index so that its entries die young: for a large project (100,000 activities need a
        // 1 MB table) its table is a humongous object for G1, which stays in the old generation until
        // the next concurrent marking and would keep the entries alive, and copied, through every
        // young collection.
        index.clear();
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
        int[] component = components(preds, succ, succStart);
        // In a group of two or more, every activity has a predecessor in the group, and so has one
        // with a link to itself: following them must close a loop.
        List<List<ActivityId>> cycles = new ArrayList<>();
        int[] walkMark = new int[n]; // 0 = unseen, w = seen in walk w
        int walk = 0;
        for (int start = 0; start < n; start++) {
            if (walkMark[start] != 0 || firstInGroup(preds[start], component, start) < 0) {
                continue;
            }
            walk++;
            List<Integer> path = new ArrayList<>();
            int i = start;
            while (walkMark[i] == 0) {
                walkMark[i] = walk;
                path.add(i);
                i = firstInGroup(preds[i], component, i);
            }
            if (walkMark[i] == walk) {
                cycles.add(name(path.subList(path.indexOf(i), path.size()), activities));
            }
        }
        cycles.sort((a, b) -> a.get(0).compareTo(b.get(0)));
        return List.copyOf(cycles.subList(0, Math.min(Math.max(max, 0), cycles.size())));
    }

    /**
     * Numbers the strongly connected components (Kosaraju, with explicit stacks): first the
     * activities in the order their depth-first search along successors finishes, then a search
     * along predecessors from the last finished gives one component per search.
     */
    private static int[] components(int[][] preds, int[] succ, int[] succStart) {
        int n = preds.length;
        int[] order = new int[n];
        int finished = 0;
        boolean[] seen = new boolean[n];
        int[] stack = new int[n];
        int[] next = new int[n]; // the next successor edge to follow, per activity on the stack
        for (int root = 0; root < n; root++) {
            if (seen[root]) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            seen[root] = true;
            next[root] = succStart[root];
            while (top > 0) {
                int i = stack[top - 1];
                if (next[i] < succStart[i + 1]) {
                    int j = succ[next[i]++];
                    if (!seen[j]) {
                        seen[j] = true;
                        next[j] = succStart[j];
                        stack[top++] = j;
                    }
                } else {
                    top--;
                    order[finished++] = i;
                }
            }
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int count = 0;
        for (int k = n - 1; k >= 0; k--) {
            int root = order[k];
            if (component[root] >= 0) {
                continue;
            }
            int top = 0;
            stack[top++] = root;
            component[root] = count;
            while (top > 0) {
                int i = stack[--top];
                for (int j : preds[i]) {
                    if (component[j] < 0) {
                        component[j] = count;
                        stack[top++] = j;
                    }
                }
            }
            count++;
        }
        return component;
    }

    /** The first predecessor in the same component, or -1 if there is none. */
    private static int firstInGroup(int[] preds, int[] component, int i) {
        for (int j : preds) {
            if (component[j] == component[i]) {
                return j;
            }
        }
        return -1;
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
