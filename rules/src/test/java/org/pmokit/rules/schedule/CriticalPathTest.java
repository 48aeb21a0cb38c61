package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.generalFoundry;
import static org.pmokit.rules.schedule.Fixtures.id;
import static org.pmokit.rules.schedule.Fixtures.plan;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriticalPathTest {

    /*
     * General Foundry, hand-computed (FORMULAS.md section 2):
     *   A 0-2, B 0-3, C 2-4, D 3-7, E 4-8, F 4-7, G 8-13, H 13-15: finish 15.
     *   Backward from 15: H 13-15, G 8-13, F 10-13, E 4-8, D 4-8, C 2-4, B 1-4, A 0-2.
     *   Total float: A 0, B 1, C 0, D 1, E 0, F 6, G 0, H 0.
     *   Free float: B 0 (D starts at 3), D 1 (G starts at 8, D ends 7), F 6 (H at 13, F ends 7).
     */
    @ParameterizedTest(name = "{0}: ES {1} EF {2} LS {3} LF {4} TF {5} FF {6}")
    @CsvSource({
        "A, 0, 2, 0, 2, 0, 0",
        "B, 0, 3, 1, 4, 1, 0",
        "C, 2, 4, 2, 4, 0, 0",
        "D, 3, 7, 4, 8, 1, 1",
        "E, 4, 8, 4, 8, 0, 0",
        "F, 4, 7, 10, 13, 6, 6",
        "G, 8, 13, 8, 13, 0, 0",
        "H, 13, 15, 13, 15, 0, 0",
    })
    void generalFoundry_matchesTheTextbook(String activity, int es, int ef, int ls, int lf, int tf, int ff) {
        Schedule s = plan(generalFoundry());
        int i = s.indexOf(id(activity));
        assertThat(new int[] {s.earlyStart(i), s.earlyFinish(i), s.lateStart(i), s.lateFinish(i), s.totalFloat(i),
            s.freeFloat(i)}).containsExactly(es, ef, ls, lf, tf, ff);
        assertThat(s.isCritical(i)).isEqualTo(tf == 0);
    }

    @Test
    void generalFoundry_finishesIn15Days_onTheOneCriticalPath() {
        Schedule s = plan(generalFoundry());
        assertThat(s.projectFinish()).isEqualTo(15);
        assertThat(s.criticalPaths()).containsExactly(List.of(id("A"), id("C"), id("E"), id("G"), id("H")));
        assertThat(s.criticalPathsTruncated()).isFalse();
        assertThat(s.criticalActivities()).containsExactly(id("A"), id("C"), id("E"), id("G"), id("H"));
    }

    @Test
    void options_areKeptInCopies() {
        CriticalPath standard = CriticalPath.standard();
        CriticalPath changed = standard.withCriticalFloat(2).withPathLimit(5);
        assertThat(standard).hasToString("CriticalPath[criticalFloat=0, pathLimit=100]");
        assertThat(changed).hasToString("CriticalPath[criticalFloat=2, pathLimit=5]");
        assertThat(changed.criticalFloat()).isEqualTo(2);
        assertThat(changed.pathLimit()).isEqualTo(5);
        assertThat(CriticalPath.of(org.pmokit.rules.Policy.defaults()).criticalFloat()).isZero();
    }

    @Test
    void negativePathLimit_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> CriticalPath.standard().withPathLimit(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("path limit must not be negative: -1");
    }
}
