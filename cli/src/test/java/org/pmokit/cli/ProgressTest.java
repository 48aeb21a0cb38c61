package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final String NL = System.lineSeparator();

    private final StringWriter err = new StringWriter();

    /** Reads then evaluates {@code steps} projects out of {@code total}, and returns what the bar drew. */
    private String draw(int total, Boolean option, boolean terminal, int steps) {
        try (Progress progress = Progress.start(new PrintWriter(err), total, option, terminal)) {
            for (int i = 0; i < steps; i++) {
                progress.step(Progress.Stage.READ);
            }
            for (int i = 0; i < steps; i++) {
                progress.step(Progress.Stage.EVALUATED);
            }
        }
        return err.toString();
    }

    @Test
    void onATerminal_withManyProjects_drawsInPlace_throughReadingAndEvaluating_andEndsTheLine() {
        String drawn = draw(8, null, true, 8);

        // 16 steps fill 20 characters: after 2 reads 2*20/16 = 2 (rounded down), after all 8 reads
        // half (10), after 2 evaluations 10*20/16 = 12.
        assertThat(drawn).startsWith("\rpmokit: [                    ] 0/8 projects read")
                .contains("\rpmokit: [##                  ] 2/8 projects read\r")
                .contains("\rpmokit: [##########          ] 8/8 projects read\r")
                .contains("\rpmokit: [############        ] 2/8 projects evaluated\r")
                .endsWith("\rpmokit: [####################] 8/8 projects evaluated" + NL);
    }

    @Test
    void onATerminal_withAFewProjects_drawsNothing() {
        assertThat(draw(Progress.FEW, null, true, Progress.FEW)).isEmpty();
    }

    @Test
    void notATerminal_drawsNothing() {
        assertThat(draw(100, null, false, 100)).isEmpty();
    }

    @Test
    void option_overridesTheTerminal() {
        assertThat(draw(2, Boolean.TRUE, false, 2)).endsWith("] 2/2 projects evaluated" + NL);
        err.getBuffer().setLength(0);
        assertThat(draw(100, Boolean.FALSE, true, 100)).isEmpty();
    }

    @Test
    void noProjects_isAFullBar() {
        assertThat(draw(0, Boolean.TRUE, false, 0)).isEqualTo("\rpmokit: [####################] 0/0 projects read" + NL);
    }
}
