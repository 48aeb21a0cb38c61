package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;

class ActualCostTest {

    private static final LocalDate DATE = LocalDate.of(2026, 3, 31);

    @Test
    void constructor_acceptsANegativeAmount_asACorrection() {
        ActualCost c = new ActualCost(DATE, ActivityId.of("A3"), Money.of("CNY", "-10000.00"));

        assertThat(c.amount()).isEqualTo(Money.of("CNY", "-10000.00"));
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        Money m = Money.of("CNY", "1.00");
        assertThatNullPointerException().isThrownBy(() -> new ActualCost(null, ActivityId.of("A1"), m))
                .withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> new ActualCost(DATE, null, m)).withMessage("activity");
        assertThatNullPointerException().isThrownBy(() -> new ActualCost(DATE, ActivityId.of("A1"), null))
                .withMessage("amount");
    }
}
