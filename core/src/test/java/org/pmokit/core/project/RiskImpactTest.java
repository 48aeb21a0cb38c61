package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.ViolationCode;

class RiskImpactTest {

    @Test
    void of_setsEveryDimension() {
        RiskImpact i = RiskImpact.of(Money.of("CNY", "150000.00"), 8, 3);

        assertThat(i.cost()).contains(Money.of("CNY", "150000.00"));
        assertThat(i.scheduleDays()).hasValue(8);
        assertThat(i.level()).hasValue(3);
    }

    @Test
    void constructor_acceptsEveryDimensionAbsent() {
        RiskImpact i = new RiskImpact(Optional.empty(), OptionalInt.empty(), OptionalInt.empty());

        assertThat(i.cost()).isEmpty();
        assertThat(i.scheduleDays()).isEmpty();
        assertThat(i.level()).isEmpty();
    }

    @Test
    void constructor_refusesNegativeCost_withCodePathAndMessage() {
        assertRefused(() -> RiskImpact.of(Money.of("CNY", "-1.00"), 0, 1), ViolationCode.VALUE_NEGATIVE, "cost",
                "risk impact: cost must not be negative: CNY -1.00");
    }

    @Test
    void constructor_refusesNegativeScheduleDays_withCodePathAndMessage() {
        assertRefused(() -> RiskImpact.of(Money.of("CNY", "1.00"), -5, 1), ViolationCode.VALUE_NEGATIVE,
                "scheduleDays", "risk impact: scheduleDays must not be negative: -5");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -1, 100})
    void constructor_refusesLevelOutsideOneToFive_withCodePathAndMessage(int level) {
        assertRefused(() -> RiskImpact.of(Money.of("CNY", "1.00"), 1, level), ViolationCode.VALUE_OUT_OF_RANGE,
                "level", "risk impact: level must be between 1 and 5: " + level);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void constructor_acceptsLevelsOneToFive(int level) {
        assertThat(RiskImpact.of(Money.of("CNY", "0"), 0, level).level()).hasValue(level);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new RiskImpact(null, OptionalInt.empty(),
                OptionalInt.empty())).withMessage("cost");
        assertThatNullPointerException().isThrownBy(() -> new RiskImpact(Optional.empty(), null,
                OptionalInt.empty())).withMessage("scheduleDays");
        assertThatNullPointerException().isThrownBy(() -> new RiskImpact(Optional.empty(), OptionalInt.empty(),
                null)).withMessage("level");
    }
}
