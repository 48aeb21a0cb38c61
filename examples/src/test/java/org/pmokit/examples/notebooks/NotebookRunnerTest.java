package org.pmokit.examples.notebooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The notebook test can fail: broken notebooks give the problems that make it fail. */
class NotebookRunnerTest {

    @Test
    void goodNotebook_hasNoProblem_andKeepsWhatItPrinted() {
        NotebookRunner.Outcome outcome = NotebookRunner.run("good", """
                // a comment
                int x = 6 * 7;
                System.out.println("x is " + x);
                x + 1
                """);

        assertThat(outcome.problems()).isEmpty();
        assertThat(outcome.output()).contains("x is 42").contains("x + 1 ==> 43");
    }

    @Test
    void brokenNotebookFile_failsWithEveryKindOfProblem() throws IOException {
        String source;
        try (InputStream in = NotebookRunnerTest.class.getResourceAsStream("/notebooks/broken.jsh")) {
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        NotebookRunner.Outcome outcome = NotebookRunner.run("broken", source);

        // The compiler's own words may change between JDK versions; the start of each message does not.
        assertThat(outcome.problems()).satisfiesExactly(
                p -> assertThat(p).isEqualTo("broken line 4: exception java.lang.IllegalStateException: deliberately broken"),
                p -> assertThat(p).startsWith("broken line 6: rejected: "),
                p -> assertThat(p).startsWith("broken line 9: rejected: ").contains("Strin"),
                p -> assertThat(p).isEqualTo("broken line 11: unresolved: method undefinedHelper()"),
                p -> assertThat(p).isEqualTo("broken line 12: calls void useIt() { undefinedHelper(); }, which refers to"
                        + " something that does not exist"),
                p -> assertThat(p).isEqualTo("broken line 14: a JShell command, which notebooks must not use: /exit"));
    }

    @Test
    void unknownClassOfTheLibrary_isUnresolved() {
        NotebookRunner.Outcome outcome = NotebookRunner.run("typo", """
                import org.pmokit.examples.Sample;
                var read = Samples.read("crm-upgrade-2026.json");
                """);

        assertThat(outcome.problems()).isNotEmpty().allMatch(p -> p.startsWith("typo line "));
    }

    @Test
    void incompleteSnippetAtTheEnd_isAProblem() {
        NotebookRunner.Outcome outcome = NotebookRunner.run("cut", "int x = 1;\nvoid f() {\n");

        assertThat(outcome.problems()).containsExactly("cut line 2: incomplete snippet: void f() {");
    }
}
