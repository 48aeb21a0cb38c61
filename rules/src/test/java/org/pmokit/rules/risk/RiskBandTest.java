package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskBandTest {

    @Test
    void labels_inBothLanguages() {
        assertThat(RiskBand.values()).extracting(b -> b.label().english())
                .containsExactly("critical", "high", "medium", "low", "minimal");
        assertThat(RiskBand.values()).extracting(b -> b.label().chinese())
                .containsExactly("极高", "高", "中", "低", "极低");
    }

    @Test
    void isAtLeast_ranksFromCriticalDown() {
        assertThat(RiskBand.CRITICAL.isAtLeast(RiskBand.HIGH)).isTrue();
        assertThat(RiskBand.HIGH.isAtLeast(RiskBand.HIGH)).isTrue();
        assertThat(RiskBand.MEDIUM.isAtLeast(RiskBand.HIGH)).isFalse();
        assertThat(RiskBand.MINIMAL.isAtLeast(RiskBand.LOW)).isFalse();
    }
}
