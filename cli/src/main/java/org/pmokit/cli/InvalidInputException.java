package org.pmokit.cli;

import java.util.List;

/**
 * Thrown by a command when its input is invalid: a missing or unreadable file, a project document
 * that is not well formed or not valid, a bad policy, an option value that cannot be used. The
 * command exits with {@link PmoKit#EXIT_INVALID_INPUT} after printing every problem.
 */
final class InvalidInputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Every problem, each a message that names the file, option or key; not serialized. */
    private final transient List<String> problems;

    /**
     * Creates the exception.
     *
     * @param problems what is wrong, at least one, each naming what it is about
     */
    InvalidInputException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("invalid input has at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /**
     * Creates the exception for one problem.
     *
     * @param problem what is wrong
     */
    InvalidInputException(String problem) {
        this(List.of(problem));
    }

    /** Returns every problem, in order. */
    List<String> problems() {
        return problems == null ? List.of(getMessage()) : problems;
    }
}
