package org.pmokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Dependency;

class DependencyCyclesTest {

    private static final int ALL = Integer.MAX_VALUE;

    /** An activity with finish-to-start links from the given predecessors. */
    private static Activity activity(String id, String... predecessors) {
        Activity.Builder b = Activity.builder(id, "Activity " + id).duration(1);
        for (String p : predecessors) {
            b.predecessor(p);
        }
        return b.build();
    }

    private static List<ActivityId> ids(String... ids) {
        return Arrays.stream(ids).map(ActivityId::of).toList();
    }

    private static List<List<ActivityId>> find(Activity... activities) {
        return DependencyCycles.find(List.of(activities), ALL);
    }

    @Test
    void find_reportsNothing_forADag() {
        assertThat(find(activity("A"), activity("B", "A"), activity("C", "A"), activity("D", "B", "C"))).isEmpty();
    }

    @Test
    void find_reportsNothing_forNoActivities() {
        assertThat(DependencyCycles.find(List.of(), ALL)).isEmpty();
    }

    @Test
    void find_reportsASelfLoop_namedAToA() {
        List<List<ActivityId>> cycles = find(activity("B"), activity("A", "A", "B"));

        assertThat(cycles).containsExactly(ids("A"));
        assertThat(DependencyCycles.describe(cycles.get(0))).isEqualTo("A -> A");
    }

    @Test
    void find_namesAThreeCycle_fromItsSmallestId_whateverTheListOrder() {
        // A is a predecessor of B, B of C, C of A.
        Activity a = activity("A", "C");
        Activity b = activity("B", "A");
        Activity c = activity("C", "B");
        List<List<Activity>> orders = List.of(List.of(a, b, c), List.of(a, c, b), List.of(b, a, c), List.of(b, c, a),
                List.of(c, a, b), List.of(c, b, a));

        for (List<Activity> order : orders) {
            List<List<ActivityId>> cycles = DependencyCycles.find(order, ALL);
            assertThat(cycles).as("order %s", order).containsExactly(ids("A", "B", "C"));
            assertThat(DependencyCycles.describe(cycles.get(0))).isEqualTo("A -> B -> C -> A");
        }
    }

    @Test
    void find_startsAtTheSmallestId_evenWhenItIsNotFirstInTheLinks() {
        // Z -> M -> B -> Z: each is a predecessor of the next.
        List<List<ActivityId>> cycles = find(activity("Z", "B"), activity("M", "Z"), activity("B", "M"));

        assertThat(cycles).containsExactly(ids("B", "Z", "M"));
        assertThat(DependencyCycles.describe(cycles.get(0))).isEqualTo("B -> Z -> M -> B");
    }

    @Test
    void find_reportsTwoDisjointCycles_sortedByTheirFirstId() {
        List<List<ActivityId>> cycles = find(activity("X", "Y"), activity("Y", "X"), activity("B", "C"),
                activity("C", "B"), activity("Q", "X", "C"));

        assertThat(cycles).containsExactly(ids("B", "C"), ids("X", "Y"));
    }

    @Test
    void find_leavesActivitiesUpstreamAndDownstreamOutOfTheNamedCycle() {
        // U -> A -> B -> C -> A, and C -> D -> E.
        List<List<ActivityId>> cycles = find(activity("U"), activity("A", "U", "C"), activity("B", "A"),
                activity("C", "B"), activity("D", "C"), activity("E", "D"));

        assertThat(cycles).containsExactly(ids("A", "B", "C"));
    }

    @Test
    void find_reportsACycleThatFollowsAnotherCycle() {
        // A <-> B, then C <-> D, where C's first link comes from the first cycle.
        List<List<ActivityId>> cycles = find(activity("C", "A", "D"), activity("D", "C"), activity("A", "B"),
                activity("B", "A"));

        assertThat(cycles).containsExactly(ids("A", "B"), ids("C", "D"));
    }

    @Test
    void find_ignoresLinksToUnknownActivities() {
        assertThat(find(activity("A", "NOPE"), activity("B", "A", "GONE"))).isEmpty();
        assertThat(find(activity("A", "NOPE", "B"), activity("B", "A"))).containsExactly(ids("A", "B"));
    }

    @Test
    void find_followsTheLinkOrder_withinAGroupOfCycles() {
        // A's links come from B then C; B and C each follow A: cycles A-B and A-C share A.
        assertThat(find(activity("A", "B", "C"), activity("B", "A"), activity("C", "A")))
                .containsExactly(ids("A", "B"));
        assertThat(find(activity("A", "C", "B"), activity("B", "A"), activity("C", "A")))
                .containsExactly(ids("A", "C"));
    }

    @Test
    void find_returnsAtMostMax_theFirstByTheirFirstId_whateverTheListOrder() {
        List<Activity> loops = new ArrayList<>();
        for (String id : List.of("E", "C", "A", "D", "B")) {
            loops.add(activity(id, id));
        }
        List<Activity> reversed = new ArrayList<>(loops);
        Collections.reverse(reversed);

        assertThat(DependencyCycles.find(loops, 2)).containsExactly(ids("A"), ids("B"));
        assertThat(DependencyCycles.find(reversed, 2)).containsExactly(ids("A"), ids("B"));
        assertThat(DependencyCycles.find(loops, 0)).isEmpty();
    }

    @Test
    void find_returnsAnUnmodifiableList() {
        List<List<ActivityId>> cycles = find(activity("A", "A"));

        assertThat(cycles).isUnmodifiable();
        assertThat(cycles.get(0)).isUnmodifiable();
    }

    @Test
    void find_refusesNull() {
        assertThatNullPointerException().isThrownBy(() -> DependencyCycles.find(null, 1)).withMessage("activities");
    }

    /** A0000000, A0000001, ...: in the order of i. */
    private static String chainId(int i) {
        return "A" + Integer.toString(10_000_000 + i).substring(1);
    }

    @Test
    void find_handlesAMillionActivityChainWithABackEdge_withoutStackOverflow() {
        int n = 1_000_000;
        List<Activity> chain = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            chain.add(Activity.builder(chainId(i), "a").predecessor(chainId(i == 0 ? n - 1 : i - 1)).build());
        }

        List<List<ActivityId>> cycles = DependencyCycles.find(chain, ALL);

        assertThat(cycles).hasSize(1);
        List<ActivityId> cycle = cycles.get(0);
        assertThat(cycle).hasSize(n);
        assertThat(cycle.get(0)).isEqualTo(ActivityId.of("A0000000"));
        assertThat(cycle.get(1)).isEqualTo(ActivityId.of("A0000001"));
        assertThat(cycle.get(n - 1)).isEqualTo(ActivityId.of("A0999999"));
    }

    @Test
    void find_reportsNothing_forAMillionActivityChain() {
        int n = 1_000_000;
        List<Activity> chain = new ArrayList<>(n);
        chain.add(activity(chainId(0)));
        for (int i = 1; i < n; i++) {
            chain.add(Activity.builder(chainId(i), "a").predecessor(chainId(i - 1)).build());
        }
        Collections.reverse(chain);

        assertThat(DependencyCycles.find(chain, ALL)).isEmpty();
    }

    @Test
    void describe_closesTheCircleWithTheFirstActivity() {
        assertThat(DependencyCycles.describe(ids("A1", "A10", "A2"))).isEqualTo("A1 -> A10 -> A2 -> A1");
    }

    // Properties on random graphs.

    /**
     * A random directed acyclic graph on activities T0..T(n-1): a link i -> j only when i < j.
     *
     * @param n the number of activities
     * @param links {@code links[i * n + j]}: whether i is a predecessor of j (only read for i < j)
     * @param order the order of the activities in the list
     * @param pick chooses the back edge among the possible ones
     */
    record Dag(int n, List<Boolean> links, List<Integer> order, int pick) {

        boolean link(int i, int j) {
            return i < j && links.get(i * n + j);
        }

        /** The activities in list order, with {@code backFrom} as an extra predecessor of {@code backTo}. */
        List<Activity> activities(int backFrom, int backTo) {
            List<Activity> out = new ArrayList<>(n);
            for (int j : order) {
                Activity.Builder b = Activity.builder("T" + j, "t");
                for (int i = 0; i < n; i++) {
                    if (link(i, j)) {
                        b.predecessor("T" + i);
                    }
                }
                if (j == backTo) {
                    b.predecessor("T" + backFrom);
                }
                out.add(b.build());
            }
            return out;
        }

        /** reach[i][j]: j can be reached from i along links (every i reaches itself). */
        boolean[][] reach() {
            boolean[][] reach = new boolean[n][n];
            for (int i = n - 1; i >= 0; i--) {
                reach[i][i] = true;
                for (int j = i + 1; j < n; j++) {
                    if (link(i, j)) {
                        for (int k = j; k < n; k++) {
                            reach[i][k] |= reach[j][k];
                        }
                    }
                }
            }
            return reach;
        }
    }

    @Provide
    Arbitrary<Dag> dags() {
        return Arbitraries.integers().between(1, 25).flatMap(n -> Combinators.combine(
                Arbitraries.frequency(List.of(Tuple.of(1, true), Tuple.of(3, false))).list().ofSize(n * n),
                Arbitraries.shuffle(IntStream.range(0, n).boxed().toList()),
                Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as((links, order, pick) -> new Dag(n, links, order, pick)));
    }

    @Property(tries = 300)
    void randomDags_haveNoCycles(@ForAll("dags") Dag dag) {
        assertThat(DependencyCycles.find(dag.activities(-1, -1), ALL)).isEmpty();
    }

    @Property(tries = 300)
    void oneBackEdge_givesOneCycle_throughIt_whoseConsecutivePairsAreRealLinks(@ForAll("dags") Dag dag) {
        boolean[][] reach = dag.reach();
        List<int[]> candidates = new ArrayList<>();
        for (int i = 0; i < dag.n(); i++) {
            for (int j = i; j < dag.n(); j++) {
                if (reach[i][j]) {
                    candidates.add(new int[] {i, j});
                }
            }
        }
        int[] pair = candidates.get(dag.pick() % candidates.size());
        int i = pair[0];
        int j = pair[1];
        List<Activity> activities = dag.activities(j, i); // j becomes a predecessor of i

        List<List<ActivityId>> cycles = DependencyCycles.find(activities, ALL);

        assertThat(cycles).hasSize(1);
        List<ActivityId> cycle = cycles.get(0);
        assertThat(cycle).doesNotHaveDuplicates();
        for (int k = 0; k < cycle.size(); k++) {
            ActivityId from = cycle.get(k);
            ActivityId to = cycle.get((k + 1) % cycle.size());
            Activity successor = activities.stream().filter(a -> a.id().equals(to)).findFirst().orElseThrow();
            assertThat(successor.predecessors()).extracting(Dependency::predecessor).as("%s -> %s", from, to)
                    .contains(from);
        }
        int back = cycle.indexOf(ActivityId.of("T" + j));
        assertThat(back).as("the cycle passes through the back edge").isNotNegative();
        assertThat(cycle.get((back + 1) % cycle.size())).isEqualTo(ActivityId.of("T" + i));
        assertThat(cycle.get(0)).isEqualTo(Collections.min(cycle));
    }

    @Property(tries = 200)
    void find_doesNotDependOnTheOrderOfTheActivities(@ForAll("dags") Dag dag, @ForAll Random random) {
        // Any links at all, cycles included: i -> j for every listed pair, whatever the direction.
        int n = dag.n();
        List<Activity> activities = new ArrayList<>(n);
        for (int j = 0; j < n; j++) {
            Activity.Builder b = Activity.builder("T" + j, "t");
            for (int i = 0; i < n; i++) {
                if (dag.links().get(i * n + j)) {
                    b.predecessor("T" + i);
                }
            }
            activities.add(b.build());
        }
        List<Activity> shuffled = new ArrayList<>(activities);
        Collections.shuffle(shuffled, random);
        int max = 1 + dag.pick() % 4;

        assertThat(DependencyCycles.find(shuffled, ALL)).isEqualTo(DependencyCycles.find(activities, ALL));
        assertThat(DependencyCycles.find(shuffled, max)).isEqualTo(DependencyCycles.find(activities, max));
    }
}
