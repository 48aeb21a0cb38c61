package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pmokit.core.validation.ViolationCode;

class AssignmentTest {

    @Test
    void of_makesAnAssignmentOfWholeUnits() {
        assertThat(Assignment.of("DEV", 8)).isEqualTo(new Assignment(ResourceId.of("DEV"), BigDecimal.valueOf(8)));
    }

    @Test
    void constructor_acceptsZeroAndFractionalUnits() {
        assertThat(new Assignment(ResourceId.of("DEV"), BigDecimal.ZERO).units()).isZero();
        assertThat(new Assignment(ResourceId.of("DEV"), new BigDecimal("0.5")).units()).isEqualByComparingTo("0.5");
    }

    @Test
    void constructor_refusesNegativeUnits_withCodePathAndMessage() {
        assertRefused(() -> new Assignment(ResourceId.of("DEV"), new BigDecimal("-0.5")), ViolationCode.VALUE_NEGATIVE,
                "units", "assignment of DEV: units must not be negative: -0.5");
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Assignment(null, BigDecimal.ONE)).withMessage("resource");
        assertThatNullPointerException().isThrownBy(() -> new Assignment(ResourceId.of("DEV"), null))
                .withMessage("units");
    }
}
