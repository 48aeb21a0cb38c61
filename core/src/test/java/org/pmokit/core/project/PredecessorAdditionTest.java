package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class PredecessorAdditionTest {

    @Test
    void toDependency_givesTheLinkAsTheSuccessorHoldsIt() {
        PredecessorAddition link = new PredecessorAddition(ActivityId.of("A8"), ActivityId.of("A6b"),
                DependencyType.FF, -2);

        assertThat(link.toDependency()).isEqualTo(Dependency.of("A6b", DependencyType.FF, -2));
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        ActivityId a = ActivityId.of("A1");
        assertThatNullPointerException().isThrownBy(() -> new PredecessorAddition(null, a, DependencyType.FS, 0))
                .withMessage("activity");
        assertThatNullPointerException().isThrownBy(() -> new PredecessorAddition(a, null, DependencyType.FS, 0))
                .withMessage("predecessor");
        assertThatNullPointerException().isThrownBy(() -> new PredecessorAddition(a, a, null, 0))
                .withMessage("type");
    }
}
