package org.pmokit.core.json;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pmokit.core.validation.Violation;

/**
 * Thrown by {@link ProjectJson#read(String) read} when a project document is well formed but some
 * of its values break the model's invariants: a negative duration, a probability of 1.5, a percent
 * complete above 100, an amount with more decimals than the project's currency allows, an
 * identifier that is not one, a required field that is missing, an unknown currency code.
 *
 * <p>It carries every such value at once, each as a {@link Violation} with a path in the style of
 * {@link org.pmokit.core.validation.ProjectValidator} ({@code activities[A12].duration},
 * {@code progress[3].percentComplete}), a stable code and a message in English and Simplified
 * Chinese. It has no single place, so {@link #pointer()} is empty and {@link #line()} and
 * {@link #column()} are -1; the message lists the first {@value #MAX_LISTED} violations.
 *
 * <p>Instances are immutable.
 */
public final class InvalidProjectException extends ProjectFormatException {
    private static final long serialVersionUID = 1L;

    /** The most violations listed in the message; {@link #violations()} has them all. */
    public static final int MAX_LISTED = 20;

    /** The violations; records are serializable when their components are. */
    private final transient List<Violation> violations;

    /**
     * Creates the exception.
     *
     * @param violations what is wrong, at least one
     * @throws IllegalArgumentException if there is no violation
     */
    public InvalidProjectException(List<Violation> violations) {
        super(message(violations), "values that keep the model's invariants", count(violations));
        this.violations = List.copyOf(violations);
    }

    private static String message(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an invalid project has at least one violation");
        }
        String listed = violations.stream().limit(MAX_LISTED).map(v -> v.path() + ": " + v.message(Locale.ENGLISH))
                .collect(Collectors.joining("; "));
        int more = violations.size() - MAX_LISTED;
        return count(violations) + " in the project document: " + listed + (more > 0 ? "; and " + more + " more" : "");
    }

    private static String count(List<Violation> violations) {
        return violations.size() + (violations.size() == 1 ? " invalid value" : " invalid values");
    }

    /**
     * Returns every invalid value, in document order.
     *
     * @return the violations, unmodifiable, never empty
     */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }
}
