package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActivityConstraintTest {

    private static final LocalDate DATE = LocalDate.of(2026, 6, 30);

    @ParameterizedTest
    @CsvSource({
        "START_NO_EARLIER_THAN, false",
        "FINISH_NO_LATER_THAN, true",
        "MUST_START_ON, true",
        "MUST_FINISH_ON, true",
    })
    void isHard_followsTheDcmaDefinition(ConstraintType type, boolean hard) {
        assertThat(new ActivityConstraint(type, DATE).isHard()).isEqualTo(hard);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new ActivityConstraint(null, DATE)).withMessage("type");
        assertThatNullPointerException().isThrownBy(() -> new ActivityConstraint(ConstraintType.MUST_START_ON, null))
                .withMessage("date");
    }
}
