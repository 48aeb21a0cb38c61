package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PmoKitTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return PmoKit.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void version_printsTheVersion() {
        assertThat(run("--version")).isEqualTo(PmoKit.EXIT_OK);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("pmokit 0.1.0-SNAPSHOT" + System.lineSeparator());
    }

    @Test
    void unknownCommand_exitsWithInvalidInput_andNamesTheCommand() {
        assertThat(run("frobnicate")).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'");
    }
}
