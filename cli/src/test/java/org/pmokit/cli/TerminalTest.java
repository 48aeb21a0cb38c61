package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @AfterEach
    void clear() {
        System.clearProperty(Terminal.PROPERTY);
    }

    @Test
    void theLaunchersWord_decides() {
        System.setProperty(Terminal.PROPERTY, "true");
        assertThat(Terminal.stderrIsTerminal()).isTrue();
        System.setProperty(Terminal.PROPERTY, "false");
        assertThat(Terminal.stderrIsTerminal()).isFalse();
    }

    @Test
    void withoutIt_aTestRunIsNoTerminal() {
        // Surefire's forked JVM has no console.
        assertThat(Terminal.stderrIsTerminal()).isFalse();
    }
}
