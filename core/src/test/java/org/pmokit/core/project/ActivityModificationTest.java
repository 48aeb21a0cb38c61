package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.ViolationCode;

class ActivityModificationTest {

    private static final ActivityId A3 = ActivityId.of("A3");

    @Test
    void constructor_keepsThePresentParts() {
        ActivityModification m = new ActivityModification(A3, Optional.of("Design v2"), OptionalInt.of(0),
                Optional.of(Money.of("CNY", "0")));

        assertThat(m.activity()).isEqualTo(A3);
        assertThat(m.name()).contains("Design v2");
        assertThat(m.duration()).hasValue(0);
        assertThat(m.budget()).contains(Money.of("CNY", "0"));
    }

    @Test
    void constructor_refusesNegativeDuration_withCodePathAndMessage() {
        assertRefused(() -> new ActivityModification(A3, Optional.empty(), OptionalInt.of(-4), Optional.empty()),
                ViolationCode.VALUE_NEGATIVE, "duration", "modification of A3: duration must not be negative: -4");
    }

    @Test
    void constructor_refusesNegativeBudget_withCodePathAndMessage() {
        assertRefused(() -> new ActivityModification(A3, Optional.empty(), OptionalInt.empty(),
                Optional.of(Money.of("CNY", "-10.00"))), ViolationCode.VALUE_NEGATIVE, "budget",
                "modification of A3: budget must not be negative: CNY -10.00");
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new ActivityModification(null, Optional.empty(),
                OptionalInt.empty(), Optional.empty())).withMessage("activity");
        assertThatNullPointerException().isThrownBy(() -> new ActivityModification(A3, null,
                OptionalInt.empty(), Optional.empty())).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> new ActivityModification(A3, Optional.empty(),
                null, Optional.empty())).withMessage("duration");
        assertThatNullPointerException().isThrownBy(() -> new ActivityModification(A3, Optional.empty(),
                OptionalInt.empty(), null)).withMessage("budget");
    }
}
