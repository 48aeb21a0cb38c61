package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class KpiReadingTest {

    @Test
    void constructor_keepsDateAndValue_evenNegative() {
        KpiReading r = new KpiReading(LocalDate.of(2026, 3, 31), new BigDecimal("-2.5"));

        assertThat(r.date()).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(r.value()).isEqualByComparingTo("-2.5");
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new KpiReading(null, BigDecimal.ONE)).withMessage("date");
        assertThatNullPointerException().isThrownBy(() -> new KpiReading(LocalDate.of(2026, 3, 31), null))
                .withMessage("value");
    }
}
