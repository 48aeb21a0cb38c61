package org.pmokit.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Objects;

/**
 * A progress bar on standard error, redrawn in place with a carriage return. It counts each project
 * through the stages of a run, reading (with validation) and then evaluating, so that it moves while
 * large documents are read as well:
 * <pre>pmokit: [###############     ] 6/8 projects evaluated</pre>
 * A disabled bar prints nothing, so results and logs stay the same whether it shows or not.
 */
final class Progress implements AutoCloseable {

    /** Above this many projects, the bar shows by itself when standard error is a terminal. */
    static final int FEW = 5;
    /** The width of the bar, in characters. */
    private static final int WIDTH = 20;

    /** What has happened to a project, in the order it happens. */
    enum Stage {
        /** Read and validated. */
        READ,
        /** Evaluated with the rules. */
        EVALUATED
    }

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final int[] done = new int[Stage.values().length];
    private Stage stage = Stage.READ;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = Objects.requireNonNull(err, "err");
        this.total = total;
        this.enabled = enabled;
    }

    /**
     * Starts a bar.
     *
     * @param err standard error
     * @param total how many projects there are
     * @param option {@code --progress} (true), {@code --no-progress} (false), or neither (null)
     * @param terminal whether standard error is a terminal
     * @return the bar, drawn at 0 when enabled
     */
    static Progress start(PrintWriter err, int total, Boolean option, boolean terminal) {
        boolean enabled = option != null ? option : terminal && total > FEW;
        Progress progress = new Progress(err, total, enabled);
        progress.draw();
        return progress;
    }

    /**
     * Counts one more project through a stage and redraws.
     *
     * @param reached the stage the project has been through
     */
    void step(Stage reached) {
        stage = Objects.requireNonNull(reached, "reached");
        done[reached.ordinal()]++;
        draw();
    }

    private void draw() {
        if (!enabled) {
            return;
        }
        int steps = 0;
        for (int d : done) {
            steps += d;
        }
        int all = total * done.length;
        int filled = all == 0 ? WIDTH : steps * WIDTH / all;
        err.print("\rpmokit: [" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done[stage.ordinal()] + "/"
                + total + " projects " + stage.name().toLowerCase(Locale.ROOT));
        err.flush();
    }

    /** Ends the bar's line. */
    @Override
    public void close() {
        if (enabled) {
            err.println();
            err.flush();
        }
    }
}
