package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RagStatusTest {

    @ParameterizedTest
    @CsvSource({"INFO, GREEN", "WARNING, AMBER", "ERROR, RED", "CRITICAL, RED"})
    void of_mapsEachSeverity(Severity severity, RagStatus expected) {
        assertThat(RagStatus.of(severity)).isEqualTo(expected);
    }

    @Test
    void of_neverMakesAWorseFindingABetterStatus() {
        for (Severity a : Severity.values()) {
            for (Severity b : Severity.values()) {
                if (a.isAtLeast(b)) {
                    assertThat(RagStatus.of(a)).isGreaterThanOrEqualTo(RagStatus.of(b));
                }
            }
        }
    }

    @Test
    void compareTo_ranksGreenBelowAmberBelowRed() {
        assertThat(RagStatus.values()).containsExactly(RagStatus.GREEN, RagStatus.AMBER, RagStatus.RED);
        assertThat(RagStatus.RED).isGreaterThan(RagStatus.AMBER);
        assertThat(RagStatus.AMBER).isGreaterThan(RagStatus.GREEN);
    }

    @Test
    void label_isInBothLanguages() {
        assertThat(RagStatus.GREEN.label().in(Locale.ENGLISH)).isEqualTo("green");
        assertThat(RagStatus.AMBER.label().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("黄");
        assertThat(RagStatus.RED.label().in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("红");
    }
}
