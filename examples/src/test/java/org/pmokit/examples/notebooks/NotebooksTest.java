package org.pmokit.examples.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every notebook of examples/notebooks runs through JShell without a problem and shows what it is about. */
class NotebooksTest {

    /** The notebooks, relative to the module (Surefire's working directory). */
    private static final Path NOTEBOOKS = Path.of("notebooks");

    /**
     * For each notebook, texts its output must contain: the point it makes, with figures of the CRM
     * sample that the engines' own tests establish (finish 2026-09-29 on A7..A14; SPI 0.827 =
     * EV 3,235,000 / PV 3,910,000; threats' EMV -545,000).
     */
    private static final Map<String, List<String>> SHOWS = Map.of(
            "quickstart", List.of("valid: true", "SMART-001 goals[G4]", "目标 G4", "/id (line 1, column 28): expected a string",
                    "reports written to "),
            "smart-goals", List.of("--A--  G4", "SMART  G4 fixed; findings left on it: []"),
            "critical-path", List.of("critical path: A7 -> A8 -> A9 -> A10 -> A11 -> A12 -> A14",
                    "at 2026-04-30: finish 2026-09-29, baseline 2026-09-16, 9 working days late",
                    "A8 +10: finish 2026-10-19, 10 working days later", "A13 +10: 0 working days later"),
            "earned-value", List.of("SPI 0.827, CPI 0.936"),
            "risk", List.of("EMV threats CNY -545000.00", "4 overdue reviews instead of 2"),
            "change-control", List.of(
                    "refused (OWN_CHANGE): Retail banking division requested change request CR2 and cannot approve it (maker-checker)",
                    "forecast finish 2026-09-29 to 2026-10-13 (+6 working days)", "MISMATCH at decision 3",
                    "current version 2 approved 2026-05-07 for CR2"),
            "portfolio", List.of("CRM-2026", "LAA-2026", "CBPO-2026", "3 projects: BAC CNY 23,930,000.00"));

    static Stream<String> notebooks() throws IOException {
        try (Stream<Path> files = Files.list(NOTEBOOKS)) {
            return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jsh"))
                    .map(n -> n.substring(0, n.length() - ".jsh".length())).sorted().toList().stream();
        }
    }

    @Test
    void theSevenNotebooksAreThere() throws IOException {
        assertThat(notebooks().collect(Collectors.toSet())).isEqualTo(SHOWS.keySet());
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void notebook_runsWithoutProblems_andShowsItsPoint(String name) throws IOException {
        String source = Files.readString(NOTEBOOKS.resolve(name + ".jsh"), StandardCharsets.UTF_8);

        NotebookRunner.Outcome outcome = NotebookRunner.run(name, source);

        assertThat(outcome.problems()).as("problems of notebook %s; it printed:%n%s", name, outcome.output()).isEmpty();
        assertThat(outcome.output()).contains(SHOWS.get(name));
    }
}
