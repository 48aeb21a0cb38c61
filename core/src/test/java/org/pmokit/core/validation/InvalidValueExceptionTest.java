package org.pmokit.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class InvalidValueExceptionTest {

    @Test
    void of_carriesTheViolation_andItsEnglishMessage() {
        InvalidValueException e = InvalidValueException.of("probability", ViolationCode.PROBABILITY_OUT_OF_RANGE,
                "risk RK1", "1.5");

        assertThat(e).hasMessage("risk RK1: probability must be between 0 and 1: 1.5")
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(e.violation()).isEqualTo(Violation.of("probability", ViolationCode.PROBABILITY_OUT_OF_RANGE,
                "risk RK1", "1.5"));
    }

    @Test
    void constructor_refusesANullViolation() {
        assertThatNullPointerException().isThrownBy(() -> new InvalidValueException(null)).withMessage("violation");
    }

    @Test
    void violation_canBePlacedInADocument() {
        InvalidValueException e = InvalidValueException.of("duration", ViolationCode.ACTIVITY_DURATION_NEGATIVE,
                "A12", -3);

        assertThat(e.violation().under("activities[A12]").path()).isEqualTo("activities[A12].duration");
    }
}
