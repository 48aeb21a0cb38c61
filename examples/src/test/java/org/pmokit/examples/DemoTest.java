package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.rules.Evaluation;

class DemoTest {

    @Test
    void run_readsValidatesAndEvaluatesEverySample_inBothLanguages() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<Evaluation> evaluations;
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            evaluations = Demo.run(out);
        }
        Evaluation evaluation = evaluations.get(0);
        String printed = bytes.toString(StandardCharsets.UTF_8);

        assertThat(printed).startsWith("PMO Kit demo")
                .contains("== crm-upgrade-2026.json: Project[CRM-2026 \"CRM upgrade 2026\", 14 activities], valid / 校验通过,"
                        + " evaluated at 2026-04-30")
                .contains("== loan-approval-automation.json: ")
                .contains("== core-banking-process-optimisation.json: ")
                .doesNotContain("violation");
        // G4 is the deliberately vague goal: its SMART findings appear in both languages.
        assertThat(evaluations).hasSize(Samples.NAMES.size());
        assertThat(evaluation.findingsOf("SMART-001")).extracting(f -> f.subject()).containsExactly("goals[G4]");
        assertThat(printed).contains("SMART-001 goals[G4]").contains("目标").contains("Goals: red")
                .contains("目标: 红");
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
