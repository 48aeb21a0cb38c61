package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;

/**
 * Invariants of the critical path method on random networks ({@link RandomNetworks}: all four link
 * types, leads and lags, milestones, random listing order), and agreement with {@link ReferenceCpm}.
 */
class CriticalPathPropertiesTest {

    @Provide
    Arbitrary<Project> networks() {
        return Arbitraries.longs().map(seed -> RandomNetworks.generate(seed, false));
    }

    @Provide
    Arbitrary<Project> constrained() {
        return Arbitraries.longs().map(seed -> RandomNetworks.generate(seed, true));
    }

    @Property(tries = 500)
    void agreesWithTheReference(@ForAll("constrained") Project project) {
        Schedule s = Fixtures.plan(project);
        ReferenceCpm ref = new ReferenceCpm(project);
        assertThat(s.projectFinish()).isEqualTo(ref.projectFinish);
        for (int i = 0; i < s.size(); i++) {
            ActivityId id = s.id(i);
            assertThat(new int[] {s.earlyStart(i), s.earlyFinish(i), s.lateStart(i), s.lateFinish(i), s.freeFloat(i)})
                    .as("ES EF LS LF FF of %s", id)
                    .containsExactly(ref.es.get(id), ref.ef.get(id), ref.ls.get(id), ref.lf.get(id), ref.freeFloat.get(id));
        }
    }

    @Property(tries = 500)
    void totalFloat_isLateMinusEarly_atBothEnds(@ForAll("constrained") Project project) {
        Schedule s = Fixtures.plan(project);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.totalFloat(i)).isEqualTo(s.lateStart(i) - s.earlyStart(i)).isEqualTo(s.lateFinish(i) - s.earlyFinish(i));
            assertThat(s.earlyFinish(i)).isEqualTo(s.earlyStart(i) + s.duration(i));
            assertThat(s.isCritical(i)).isEqualTo(s.totalFloat(i) <= 0);
        }
    }

    @Property(tries = 500)
    void withoutConstraints_floatIsNeverNegative_andFreeFloatNeverExceedsTotalFloat(@ForAll("networks") Project project) {
        Schedule s = Fixtures.plan(project);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.totalFloat(i)).isNotNegative();
            assertThat(s.freeFloat(i)).isBetween(0, s.totalFloat(i));
            assertThat(s.earlyStart(i)).isNotNegative();
            assertThat(s.lateFinish(i)).isLessThanOrEqualTo(s.projectFinish());
        }
    }

    @Property(tries = 500)
    void everyLink_holdsInTheEarlyAndInTheLateDates(@ForAll("constrained") Project project) {
        Schedule s = Fixtures.plan(project);
        for (Activity a : project.activities()) {
            int j = s.indexOf(a.id());
            for (Dependency l : a.predecessors()) {
                int i = s.indexOf(l.predecessor());
                assertThat(holds(l, s.earlyStart(i), s.earlyFinish(i), s.earlyStart(j), s.earlyFinish(j)))
                        .as("early %s -> %s", l, a.id()).isTrue();
                assertThat(holds(l, s.lateStart(i), s.lateFinish(i), s.lateStart(j), s.lateFinish(j)))
                        .as("late %s -> %s", l, a.id()).isTrue();
            }
        }
    }

    private static boolean holds(Dependency l, int ps, int pf, int ss, int sf) {
        return switch (l.type()) {
            case FS -> ss >= pf + l.lag();
            case SS -> ss >= ps + l.lag();
            case FF -> sf >= pf + l.lag();
            case SF -> sf >= ps + l.lag();
        };
    }

    @Property(tries = 500)
    void criticalPaths_runThroughZeroFloatActivitiesAlongTightLinks_andCoverEveryCriticalActivity(
            @ForAll("networks") Project project) {
        Schedule s = Fixtures.plan(project);
        Set<ActivityId> onPaths = new HashSet<>();
        assertThat(s.criticalPaths()).doesNotHaveDuplicates().hasSizeLessThanOrEqualTo(CriticalPath.DEFAULT_PATH_LIMIT);
        for (List<ActivityId> path : s.criticalPaths()) {
            for (int k = 0; k < path.size(); k++) {
                int i = s.indexOf(path.get(k));
                assertThat(s.totalFloat(i)).as("total float of %s on %s", path.get(k), path).isZero();
                onPaths.add(path.get(k));
                if (k > 0) {
                    ActivityId before = path.get(k - 1);
                    Activity a = project.activities().get(i);
                    assertThat(a.predecessors()).as("a link %s -> %s", before, a.id())
                            .anyMatch(l -> l.predecessor().equals(before));
                }
            }
        }
        if (!s.criticalPathsTruncated()) {
            assertThat(onPaths).containsExactlyInAnyOrderElementsOf(s.criticalActivities());
        }
        // every network has a critical activity: the one that finishes last has no float
        assertThat(s.criticalActivities()).isNotEmpty();
    }

    @Property(tries = 300)
    void result_doesNotDependOnTheOrderOfActivitiesOrLinks(@ForAll("constrained") Project project, @ForAll long seed) {
        Schedule a = Fixtures.plan(project);
        Schedule b = Fixtures.plan(RandomNetworks.reordered(project, seed));
        for (int i = 0; i < a.size(); i++) {
            ActivitySchedule x = a.activity(i);
            ActivitySchedule y = b.activity(b.indexOf(x.id()));
            assertThat(y).usingRecursiveComparison().ignoringFields("index").isEqualTo(x);
        }
        assertThat(b.criticalPaths()).isEqualTo(a.criticalPaths());
        assertThat(b.projectFinish()).isEqualTo(a.projectFinish());
    }

    @Property(tries = 300)
    void statusDate_holdsBackWorkNotStarted(@ForAll("networks") Project project, @ForAll long seed) {
        EvaluationContext context = EvaluationContext.at(RandomNetworks.statusDate(seed));
        Schedule s = CriticalPath.standard().schedule(project, context);
        int dataDate = s.dataDate().getAsInt();
        Schedule plan = Fixtures.plan(project);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.earlyStart(i)).isGreaterThanOrEqualTo(Math.max(dataDate, plan.earlyStart(i)));
            assertThat(s.totalFloat(i)).isNotNegative();
        }
        assertThat(s.projectFinish()).isBetween(plan.projectFinish(), plan.projectFinish() + dataDate);
    }

    @Property(tries = 200)
    void statusDateBeforeTheStart_givesThePlan(@ForAll("constrained") Project project) {
        Schedule s = CriticalPath.standard().schedule(project, EvaluationContext.at(Fixtures.START.minusDays(2)));
        Schedule plan = Fixtures.plan(project);
        for (int i = 0; i < s.size(); i++) {
            assertThat(s.activity(i)).isEqualTo(plan.activity(i));
        }
    }

    @Provide
    Arbitrary<Project> finishToStart() {
        return Arbitraries.longs().map(seed -> RandomNetworks.generate(seed, false, true));
    }

    @Property(tries = 200)
    void delayingACriticalActivity_movesTheFinishByTheDelay_whenAllLinksAreFinishToStart(
            @ForAll("finishToStart") Project project, @ForAll long seed) {
        int[] moved = finishMovedByDelay(project, seed);
        assertThat(moved[0]).isEqualTo(moved[1]);
    }

    /**
     * With SS, FF and SF links a longer activity may move the finish by less, or even pull it earlier (an
     * activity driven by its finish starts earlier when longer, and so do its start-linked successors:
     * the "reverse critical" activities of ladder networks), but never by more than the delay either way.
     */
    @Property(tries = 300)
    void delayingACriticalActivity_movesTheFinishByAtMostTheDelay(@ForAll("networks") Project project, @ForAll long seed) {
        int[] moved = finishMovedByDelay(project, seed);
        assertThat(Math.abs(moved[0])).isLessThanOrEqualTo(moved[1]);
    }

    /** Delays a critical activity chosen by the seed; returns how far the finish moved, and the delay. */
    private static int[] finishMovedByDelay(Project project, long seed) {
        Schedule s = Fixtures.plan(project);
        List<ActivityId> critical = s.criticalActivities();
        ActivityId chosen = critical.get((int) Math.floorMod(seed, (long) critical.size()));
        int delay = 1 + (int) Math.floorMod(seed, 10L);
        int moved = s.withDelay(chosen, delay).projectFinish() - s.projectFinish();
        return new int[] {moved, delay};
    }
}
