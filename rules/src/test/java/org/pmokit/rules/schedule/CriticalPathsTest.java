package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.id;
import static org.pmokit.rules.schedule.Fixtures.link;
import static org.pmokit.rules.schedule.Fixtures.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;

/** How the critical paths are found, ordered and capped (read through {@link Schedule}). */
class CriticalPathsTest {

    /** S(1) -> Z(3) and S -> Y(3), both -> E(1): two critical paths; Y before Z at the same early start. */
    private static Project diamond() {
        return project(activity("S", 1), activity("Z", 3, "S"), activity("Y", 3, "S"), activity("E", 1, "Z", "Y"),
                activity("F", 1, "S"));
    }

    @Test
    void everyCriticalChain_isAPath_orderedByEarlyStartThenIdentifier() {
        Schedule s = Fixtures.plan(diamond());
        assertThat(s.criticalPaths()).containsExactly(
                List.of(id("S"), id("Y"), id("E")),
                List.of(id("S"), id("Z"), id("E")));
        assertThat(s.criticalPathsTruncated()).isFalse();
    }

    @Test
    void pathLimit_cutsTheList_andSaysSo() {
        Schedule one = CriticalPath.standard().withPathLimit(1).plan(diamond(), diamond().calendar());
        assertThat(one.criticalPaths()).containsExactly(List.of(id("S"), id("Y"), id("E")));
        assertThat(one.criticalPathsTruncated()).isTrue();
        Schedule none = CriticalPath.standard().withPathLimit(0).plan(diamond(), diamond().calendar());
        assertThat(none.criticalPaths()).isEmpty();
        assertThat(none.criticalPathsTruncated()).isTrue();
        Schedule two = CriticalPath.standard().withPathLimit(2).plan(diamond(), diamond().calendar());
        assertThat(two.criticalPathsTruncated()).isFalse();
    }

    /** Two links between A and B (FS and SS+2 on a 2-day A) are both tight: still one path. */
    @Test
    void twoLinksBetweenTheSameActivities_makeOnePath() {
        Schedule s = Fixtures.plan(project(activity("A", 2),
                activity("B", 2).predecessor(link("A", DependencyType.FS, 0)).predecessor(link("A", DependencyType.SS, 2))));
        assertThat(s.criticalPaths()).containsExactly(List.of(id("A"), id("B")));
    }

    /** Parallel chains A -> B (4 days) and C (4 days): two paths, a lone activity is a path of one. */
    @Test
    void aLoneCriticalActivity_isAPathOfOne() {
        Schedule s = Fixtures.plan(project(activity("A", 2), activity("B", 2, "A"), activity("C", 4)));
        assertThat(s.criticalPaths()).containsExactly(List.of(id("A"), id("B")), List.of(id("C")));
    }

    /**
     * A critical link must be tight in the late dates too: with C (TF 0) after A by FS and B, where A's
     * late finish comes from another successor, A -> C is early-tight but A is not critical. Here: A(1),
     * B(3); C(1) after A and B. A has float 2: the only path is B -> C.
     */
    @Test
    void onlyCriticalActivitiesAndTightLinks_makeAPath() {
        Schedule s = Fixtures.plan(project(activity("A", 1), activity("B", 3), activity("C", 1, "A", "B")));
        assertThat(s.criticalPaths()).containsExactly(List.of(id("B"), id("C")));
    }

    @Test
    void noCriticalActivity_noPath() {
        Schedule s = CriticalPath.standard().withCriticalFloat(-1).plan(diamond(), diamond().calendar());
        assertThat(s.criticalActivities()).isEmpty();
        assertThat(s.criticalPaths()).isEmpty();
        assertThat(s.criticalPathsTruncated()).isFalse();
    }
}
