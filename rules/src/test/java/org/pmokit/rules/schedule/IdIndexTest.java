package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ActivityId;

class IdIndexTest {

    /** "Aa" and "BB" have the same String hash (2112), and so do all their concatenations of one length. */
    private static final ActivityId[] COLLIDING = {
        ActivityId.of("AaAa"), ActivityId.of("AaBB"), ActivityId.of("BBAa"), ActivityId.of("BBBB"), ActivityId.of("X1"),
    };

    @Test
    void finds_identifiersWhoseHashesCollide_byTheirText() {
        assertThat("AaAa".hashCode()).isEqualTo("BBBB".hashCode());
        IdIndex index = IdIndex.of(COLLIDING, new ActivityId[1]);
        for (int i = 0; i < COLLIDING.length; i++) {
            assertThat(index.get(COLLIDING[i])).isEqualTo(i);
            assertThat(index.get(ActivityId.of(COLLIDING[i].value()))).as("an equal, other instance").isEqualTo(i);
        }
    }

    @Test
    void answersMinusOne_forAnAbsentIdentifier_evenWithAnEqualHash() {
        IdIndex index = IdIndex.of(COLLIDING, new ActivityId[1]);
        assertThat(index.get(ActivityId.of("AaAaAa"))).isEqualTo(-1);
        assertThat(index.get(ActivityId.of("Y"))).isEqualTo(-1);
        assertThat(IdIndex.of(new ActivityId[0], new ActivityId[1]).get(ActivityId.of("Y"))).isEqualTo(-1);
    }

    @Test
    void refuses_aDuplicate_andNamesIt() {
        ActivityId[] duplicate = new ActivityId[1];
        assertThat(IdIndex.of(new ActivityId[] {ActivityId.of("BBBB"), ActivityId.of("AaAa"), ActivityId.of("BBBB")},
                duplicate)).isNull();
        assertThat(duplicate[0]).isEqualTo(ActivityId.of("BBBB"));
    }

    @Test
    void holdsManyIdentifiers() {
        ActivityId[] ids = new ActivityId[10_000];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = ActivityId.of("A" + i);
        }
        IdIndex index = IdIndex.of(ids, new ActivityId[1]);
        for (int i = 0; i < ids.length; i++) {
            assertThat(index.get(ActivityId.of("A" + i))).isEqualTo(i);
        }
        assertThat(index.get(ActivityId.of("A10000"))).isEqualTo(-1);
    }
}
