package org.pmokit.rules.schedule.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Text;

class HealthCheckTest {

    private static final Policy DEFAULTS = Policy.defaults();

    private static Measure m(HealthCheck c, int count, int population) {
        return Measure.of(c, count, population, List.of(), List.of());
    }

    @Test
    void shares_areComparedExactly() {
        // 1 of 20 is exactly 5%: passes; 2 of 39 is 5.13%: fails
        assertThat(HealthCheck.LOGIC.passes(m(HealthCheck.LOGIC, 1, 20), DEFAULTS)).isTrue();
        assertThat(HealthCheck.LOGIC.passes(m(HealthCheck.LOGIC, 2, 39), DEFAULTS)).isFalse();
        // 9 of 10 FS links is exactly 90%: passes; 8 of 9 (88.9%) fails
        assertThat(HealthCheck.RELATIONSHIP_TYPES.passes(m(HealthCheck.RELATIONSHIP_TYPES, 9, 10), DEFAULTS)).isTrue();
        assertThat(HealthCheck.RELATIONSHIP_TYPES.passes(m(HealthCheck.RELATIONSHIP_TYPES, 8, 9), DEFAULTS)).isFalse();
    }

    @Test
    void counts_indexesAndTheTest() {
        assertThat(HealthCheck.LEADS.passes(m(HealthCheck.LEADS, 0, 9), DEFAULTS)).isTrue();
        assertThat(HealthCheck.LEADS.passes(m(HealthCheck.LEADS, 1, 9), DEFAULTS)).isFalse();
        assertThat(HealthCheck.LEADS.passes(m(HealthCheck.LEADS, 1, 9), DEFAULTS.with(PolicyKeys.DCMA_LEADS, 1))).isTrue();
        // BEI 19 / 20 = 0.95 passes, 18 / 20 fails
        assertThat(HealthCheck.BEI.passes(m(HealthCheck.BEI, 19, 20), DEFAULTS)).isTrue();
        assertThat(HealthCheck.BEI.passes(m(HealthCheck.BEI, 18, 20), DEFAULTS)).isFalse();
        assertThat(HealthCheck.CRITICAL_PATH_TEST.passes(m(HealthCheck.CRITICAL_PATH_TEST, 10, 10), DEFAULTS)).isTrue();
        assertThat(HealthCheck.CRITICAL_PATH_TEST.passes(m(HealthCheck.CRITICAL_PATH_TEST, 9, 10), DEFAULTS)).isFalse();
        assertThat(HealthCheck.RESOURCES.passes(m(HealthCheck.RESOURCES, 1, 100), DEFAULTS)).isFalse();
    }

    @Test
    void undefinedMeasure_passes() {
        assertThat(HealthCheck.BEI.passes(Measure.undefined(HealthCheck.BEI, Text.of("no baseline", "没有基线")), DEFAULTS))
                .isTrue();
    }

    @Test
    void measureOfAnotherCheck_isRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> HealthCheck.BEI.passes(m(HealthCheck.CPLI, 1, 1), DEFAULTS))
                .withMessage("measure of DCMA-013 judged by DCMA-014");
    }

    @Test
    void measure_rejectsANegativePopulation() {
        assertThatIllegalArgumentException().isThrownBy(() -> m(HealthCheck.LAGS, 0, -1))
                .withMessage("DCMA-003: population must not be negative: -1");
    }

    @Test
    void ids_metricNames_andLookup() {
        assertThat(HealthCheck.values()).extracting(HealthCheck::id).containsExactly("DCMA-001", "DCMA-002",
                "DCMA-003", "DCMA-004", "DCMA-005", "DCMA-006", "DCMA-007", "DCMA-008", "DCMA-009", "DCMA-010",
                "DCMA-011", "DCMA-012", "DCMA-013", "DCMA-014");
        assertThat(HealthCheck.HIGH_FLOAT.metricName()).isEqualTo("schedule.dcma.highFloat");
        assertThat(HealthCheck.ofId("DCMA-006")).isEqualTo(HealthCheck.HIGH_FLOAT);
        assertThatIllegalArgumentException().isThrownBy(() -> HealthCheck.ofId("DCMA-015"))
                .withMessage("no DCMA check has the id DCMA-015");
    }
}
