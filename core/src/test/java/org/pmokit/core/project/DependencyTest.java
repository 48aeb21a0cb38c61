package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import org.junit.jupiter.api.Test;
import org.pmokit.core.validation.ViolationCode;

class DependencyTest {

    @Test
    void fs_isFinishToStartWithoutLag() {
        assertThat(Dependency.fs("A1")).isEqualTo(new Dependency(ActivityId.of("A1"), DependencyType.FS, 0));
    }

    @Test
    void of_keepsTypeAndLag_includingALead() {
        Dependency d = Dependency.of("A6", DependencyType.SS, -2);

        assertThat(d.predecessor()).isEqualTo(ActivityId.of("A6"));
        assertThat(d.type()).isEqualTo(DependencyType.SS);
        assertThat(d.lag()).isEqualTo(-2);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Dependency(null, DependencyType.FS, 0))
                .withMessage("predecessor");
        assertThatNullPointerException().isThrownBy(() -> new Dependency(ActivityId.of("A1"), null, 0))
                .withMessage("type");
    }

    @Test
    void of_refusesAMalformedPredecessorIdentifier() {
        assertRefused(() -> Dependency.fs("A1;drop"), ViolationCode.ID_INVALID, "",
                "activity id must be 1-64 letters, digits, dots, underscores or hyphens: 'A1;drop'");
    }
}
