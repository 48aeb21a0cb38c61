package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.pmokit.core.project.Refusals.assertRefused;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

class RiskTest {

    private static final RiskImpact IMPACT = RiskImpact.of(Money.of("CNY", "500000.00"), 10, 4);

    private static Risk withProbability(String probability) {
        return withProbabilityAndActivities(new BigDecimal(probability), List.of());
    }

    private static Risk withProbabilityAndActivities(BigDecimal probability, List<ActivityId> activities) {
        return new Risk(RiskId.of("RK1"), "Migration data loss", RiskCategory.TECHNICAL, RiskKind.THREAT, probability,
                IMPACT, Optional.empty(), Optional.empty(), Optional.empty(), RiskStatus.OPEN, Optional.empty(),
                Optional.empty(), activities);
    }

    @Test
    void constructor_refusesProbabilityAboveOne_withCodePathAndMessage() {
        Violation v = assertRefused(() -> withProbability("1.5"), ViolationCode.PROBABILITY_OUT_OF_RANGE,
                "probability", "risk RK1: probability must be between 0 and 1: 1.5");
        assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("risk RK1：发生概率必须在 0 到 1 之间：1.5");
    }

    @Test
    void constructor_refusesNegativeProbability_withCodePathAndMessage() {
        assertRefused(() -> withProbability("-0.01"), ViolationCode.PROBABILITY_OUT_OF_RANGE, "probability",
                "risk RK1: probability must be between 0 and 1: -0.01");
    }

    @Test
    void constructor_refusesProbabilityJustAboveOne() {
        assertRefused(() -> withProbability("1.0000001"), ViolationCode.PROBABILITY_OUT_OF_RANGE, "probability",
                "risk RK1: probability must be between 0 and 1: 1.0000001");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.0", "0.3", "1", "1.000"})
    void constructor_acceptsProbabilityFromZeroToOne(String probability) {
        assertThat(withProbability(probability).probability()).isEqualByComparingTo(probability);
    }

    @Test
    void constructor_copiesTheAffectedActivities() {
        List<ActivityId> activities = new ArrayList<>(List.of(ActivityId.of("A6")));
        Risk r = withProbabilityAndActivities(BigDecimal.ONE, activities);

        activities.add(ActivityId.of("A8"));

        assertThat(r.activities()).containsExactly(ActivityId.of("A6"));
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> withProbabilityAndActivities(null, List.of()))
                .withMessage("probability");
        assertThatNullPointerException().isThrownBy(() -> new Risk(RiskId.of("RK1"), "t", RiskCategory.TECHNICAL,
                RiskKind.THREAT, BigDecimal.ONE, null, Optional.empty(), Optional.empty(), Optional.empty(),
                RiskStatus.OPEN, Optional.empty(), Optional.empty(), List.of())).withMessage("impact");
        assertThatNullPointerException().isThrownBy(() -> new Risk(RiskId.of("RK1"), "t", RiskCategory.TECHNICAL,
                RiskKind.THREAT, BigDecimal.ONE, IMPACT, Optional.empty(), Optional.empty(), Optional.empty(),
                null, Optional.empty(), Optional.empty(), List.of())).withMessage("status");
    }

    @Test
    void impactOf_keepsEveryDimension() {
        assertThat(IMPACT).isEqualTo(new RiskImpact(Optional.of(Money.of("CNY", "500000.00")), OptionalInt.of(10),
                OptionalInt.of(4)));
    }
}
