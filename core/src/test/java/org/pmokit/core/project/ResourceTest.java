package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.ViolationCode;

class ResourceTest {

    @Test
    void of_setsRateAndCapacity() {
        Resource r = Resource.of("DS", "Data scientists", ResourceType.LABOR, Money.of("CNY", "4500.00"),
                BigDecimal.valueOf(6));

        assertThat(r.id()).isEqualTo(ResourceId.of("DS"));
        assertThat(r.name()).isEqualTo("Data scientists");
        assertThat(r.type()).isEqualTo(ResourceType.LABOR);
        assertThat(r.rate()).contains(Money.of("CNY", "4500.00"));
        assertThat(r.capacity()).contains(BigDecimal.valueOf(6));
    }

    @Test
    void constructor_acceptsAbsentRateAndCapacity_andZero() {
        assertThat(new Resource(ResourceId.of("X"), "x", ResourceType.SERVICE, Optional.empty(), Optional.empty())
                .rate()).isEmpty();
        assertThat(Resource.of("X", "x", ResourceType.SERVICE, Money.of("CNY", "0"), BigDecimal.ZERO).capacity())
                .contains(BigDecimal.ZERO);
    }

    @Test
    void constructor_refusesNegativeRate_withCodePathAndMessage() {
        assertRefused(() -> Resource.of("DEV", "Vendor team", ResourceType.LABOR, Money.of("CNY", "-3800.00"),
                BigDecimal.ONE), ViolationCode.VALUE_NEGATIVE, "rate",
                "resource DEV: rate must not be negative: CNY -3800.00");
    }

    @Test
    void constructor_refusesNegativeCapacity_withCodePathAndMessage() {
        assertRefused(() -> Resource.of("DEV", "Vendor team", ResourceType.LABOR, Money.of("CNY", "3800.00"),
                BigDecimal.valueOf(-1)), ViolationCode.VALUE_NEGATIVE, "capacity",
                "resource DEV: capacity must not be negative: -1");
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Resource(ResourceId.of("X"), "x", null,
                Optional.empty(), Optional.empty())).withMessage("type");
        assertThatNullPointerException().isThrownBy(() -> new Resource(ResourceId.of("X"), "x", ResourceType.LABOR,
                null, Optional.empty())).withMessage("rate");
    }
}
