package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RequirementTest {

    @Test
    void of_makesARequirementWithoutDescription() {
        Requirement r = Requirement.of("R3", RequirementType.COMPLIANCE, Priority.MUST, "Personal information");

        assertThat(r).isEqualTo(new Requirement(RequirementId.of("R3"), RequirementType.COMPLIANCE,
                Optional.of(Priority.MUST), "Personal information", Optional.empty()));
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Requirement(RequirementId.of("R1"), null,
                Optional.empty(), "t", Optional.empty())).withMessage("type");
        assertThatNullPointerException().isThrownBy(() -> new Requirement(RequirementId.of("R1"),
                RequirementType.BUSINESS, Optional.empty(), null, Optional.empty())).withMessage("title");
        assertThatNullPointerException().isThrownBy(() -> new Requirement(RequirementId.of("R1"),
                RequirementType.BUSINESS, Optional.empty(), "t", null)).withMessage("description");
    }
}
