package org.pmokit.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every violation found in a project, in a stable order: the model's constraints first, then the
 * checks between entities, each group in document order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param violations the violations; empty when the project is valid
 */
public record ValidationResult(List<Violation> violations) {

    /**
     * Copies the violations.
     *
     * @param violations the violations
     */
    public ValidationResult {
        violations = List.copyOf(violations);
    }

    /**
     * Returns whether no violation was found.
     *
     * @return true if the project is valid
     */
    public boolean isValid() {
        return violations.isEmpty();
    }

    /**
     * Returns the violations with a given code.
     *
     * @param code the code
     * @return those violations, in order
     */
    public List<Violation> withCode(ViolationCode code) {
        Objects.requireNonNull(code, "code");
        return violations.stream().filter(v -> v.code() == code).toList();
    }

    /**
     * Returns one line per violation: path, code and message in the given language.
     *
     * @param locale the reader's language
     * @return the report, or an empty string when valid
     */
    public String describe(Locale locale) {
        return violations.stream()
                .map(v -> v.path() + " " + v.code() + ": " + v.message(locale))
                .collect(Collectors.joining(System.lineSeparator()));
    }

    /**
     * Returns the number of violations and the English report.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return violations.size() + " violation(s)" + (isValid() ? "" : System.lineSeparator() + describe(Locale.ENGLISH));
    }
}
