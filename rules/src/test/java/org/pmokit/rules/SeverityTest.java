package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeverityTest {

    @Test
    void isAtLeast_ranksByDeclarationOrder() {
        assertThat(Severity.CRITICAL.isAtLeast(Severity.ERROR)).isTrue();
        assertThat(Severity.ERROR.isAtLeast(Severity.ERROR)).isTrue();
        assertThat(Severity.WARNING.isAtLeast(Severity.ERROR)).isFalse();
        assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    }
}
