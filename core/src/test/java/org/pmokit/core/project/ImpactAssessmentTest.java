package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;

class ImpactAssessmentTest {

    @Test
    void constructor_acceptsASavingAndAGain_asNegativeDeltas() {
        ImpactAssessment i = new ImpactAssessment(Money.of("CNY", "-50000.00"), -3, ImpactLevel.NONE, ImpactLevel.LOW,
                ImpactLevel.HIGH, true);

        assertThat(i.cost()).isEqualTo(Money.of("CNY", "-50000.00"));
        assertThat(i.scheduleDays()).isEqualTo(-3);
        assertThat(i.business()).isEqualTo(ImpactLevel.NONE);
        assertThat(i.system()).isEqualTo(ImpactLevel.LOW);
        assertThat(i.resource()).isEqualTo(ImpactLevel.HIGH);
        assertThat(i.compliance()).isTrue();
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        Money zero = Money.of("CNY", "0");
        assertThatNullPointerException().isThrownBy(() -> new ImpactAssessment(null, 0, ImpactLevel.LOW,
                ImpactLevel.LOW, ImpactLevel.LOW, false)).withMessage("cost");
        assertThatNullPointerException().isThrownBy(() -> new ImpactAssessment(zero, 0, null,
                ImpactLevel.LOW, ImpactLevel.LOW, false)).withMessage("business");
        assertThatNullPointerException().isThrownBy(() -> new ImpactAssessment(zero, 0, ImpactLevel.LOW,
                null, ImpactLevel.LOW, false)).withMessage("system");
        assertThatNullPointerException().isThrownBy(() -> new ImpactAssessment(zero, 0, ImpactLevel.LOW,
                ImpactLevel.LOW, null, false)).withMessage("resource");
    }
}
