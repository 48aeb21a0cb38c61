package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.pmokit.core.validation.ValidationResult;

class DemoTest {

    @Test
    void run_validatesTheCrmProject_andSaysSoInBothLanguages() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValidationResult result;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            result = Demo.run(out);
        }
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(result.isValid()).as(result.toString()).isTrue();
        assertThat(printed).startsWith("PMO Kit demo")
                .contains("Project[CRM-2026 \"CRM upgrade 2026\", 14 activities]: valid / 校验通过")
                .doesNotContain("violation");
    }

    @Test
    void run_printsToTheGivenStreamOnly() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream original = System.out;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            Demo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        } finally {
            System.setOut(original);
        }

        assertThat(bytes.size()).isPositive();
        assertThat(stdout.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
