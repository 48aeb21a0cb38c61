package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KpiTest {

    @Test
    void of_makesACompleteKpiWithoutReadings() {
        Kpi k = Kpi.of("CRM annual operating cost", KpiDimension.COST, "CNY", new BigDecimal("40000000"),
                new BigDecimal("29200000"), Direction.DECREASE);

        assertThat(k.name()).isEqualTo("CRM annual operating cost");
        assertThat(k.dimension()).contains(KpiDimension.COST);
        assertThat(k.unit()).contains("CNY");
        assertThat(k.baseline()).contains(new BigDecimal("40000000"));
        assertThat(k.target()).contains(new BigDecimal("29200000"));
        assertThat(k.direction()).contains(Direction.DECREASE);
        assertThat(k.readings()).isEmpty();
    }

    @Test
    void constructor_acceptsAnIncompleteKpi() {
        Kpi k = new Kpi("Satisfaction", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());

        assertThat(k.target()).isEmpty();
    }

    @Test
    void constructor_copiesTheReadings() {
        KpiReading reading = new KpiReading(LocalDate.of(2026, 3, 31), new BigDecimal("77.5"));
        List<KpiReading> readings = new ArrayList<>(List.of(reading));
        Kpi k = new Kpi("Retention", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), readings);

        readings.clear();

        assertThat(k.readings()).containsExactly(reading);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Kpi(null, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), List.of())).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> new Kpi("k", Optional.empty(), Optional.empty(),
                Optional.empty(), null, Optional.empty(), List.of())).withMessage("target");
    }
}
