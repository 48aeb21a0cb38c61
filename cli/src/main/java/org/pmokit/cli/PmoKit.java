package org.pmokit.cli;

import java.io.PrintStream;
import java.util.Objects;

/**
 * The {@code pmokit} command.
 *
 * <p>This first version knows {@code --version} and {@code --help}; the commands {@code validate},
 * {@code evaluate}, {@code schedule} and {@code portfolio} arrive with the reporting work and say
 * so until then.
 */
public final class PmoKit {

    /** Exit code: everything went well. */
    public static final int EXIT_OK = 0;
    /** Exit code: the input was invalid or the command unknown. */
    public static final int EXIT_INVALID_INPUT = 2;

    /** The version of this build. */
    public static final String VERSION = "0.1.0-SNAPSHOT";

    private PmoKit() {
    }

    /**
     * Runs the command and exits with its exit code.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    /**
     * Runs the command without exiting the JVM.
     *
     * @param args the command line
     * @param out where results go
     * @param err where errors go
     * @return the exit code
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        if (args.length == 0 || "--help".equals(args[0]) || "-h".equals(args[0])) {
            out.println("Usage: pmokit [--version | --help | demo]");
            out.println("  demo        evaluate the sample projects and write the reports");
            out.println("Commands validate, evaluate, schedule and portfolio are not built yet.");
            return EXIT_OK;
        }
        if ("--version".equals(args[0])) {
            out.println("pmokit " + VERSION);
            return EXIT_OK;
        }
        err.println("pmokit: unknown command '" + args[0] + "'; try 'pmokit --help'");
        return EXIT_INVALID_INPUT;
    }
}
