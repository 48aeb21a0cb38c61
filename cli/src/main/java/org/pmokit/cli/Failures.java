package org.pmokit.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Prints what went wrong and maps it to the command's exit code. */
final class Failures {

    private Failures() {
    }

    /** A command line that cannot be parsed: the problem, suggestions, and where to find help. */
    static int badCommandLine(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        if (ex instanceof UnmatchedArgumentException unmatched && cl.getParent() == null
                && !unmatched.getUnmatched().isEmpty() && !unmatched.getUnmatched().get(0).startsWith("-")) {
            err.println("pmokit: unknown command '" + unmatched.getUnmatched().get(0) + "'");
        } else {
            err.println("pmokit: " + ex.getMessage());
        }
        UnmatchedArgumentException.printSuggestions(ex, err);
        err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help'.");
        return PmoKit.EXIT_INVALID_INPUT;
    }

    /** A command that failed: invalid input, or an internal error with its stack trace. */
    static int failed(Exception ex, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        if (ex instanceof InvalidInputException invalid) {
            invalid.problems().forEach(problem -> err.println("pmokit: " + problem));
            return PmoKit.EXIT_INVALID_INPUT;
        }
        return internalError(ex, err);
    }

    /** Prints an internal error, with the stack trace for the bug report. */
    static int internalError(Throwable t, PrintWriter err) {
        err.println("pmokit: internal error (a bug; please report it with what follows): " + t);
        t.printStackTrace(err);
        return PmoKit.EXIT_INTERNAL_ERROR;
    }
}
