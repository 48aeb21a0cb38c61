package org.pmokit.core.json;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.Violation;

/**
 * What {@link ProjectJson#readAndValidate(String) readAndValidate} found in a project document:
 * either a valid project, or every problem that stands in its way. Exactly one of these holds:
 * <ul>
 *   <li>the document is valid: {@link #project()} is present;</li>
 *   <li>the document is not well formed or not of the document's shape: {@link #formatError()}
 *       holds the first structural problem, with its place;</li>
 *   <li>the document is well formed but has problems of its values: {@link #violations()} holds
 *       every one, each with its path. These are either the values that break the model's
 *       invariants (the violations of an {@link InvalidProjectException}), or, when every value is
 *       fine, every violation that {@link org.pmokit.core.validation.ProjectValidator} reports
 *       (unknown references, dependency cycles, dates in the wrong order, ...). The validator
 *       needs a whole project, so it runs only once the values are fine.</li>
 * </ul>
 * In lenient mode {@link #ignoredFields()} lists the unknown fields that were skipped, whatever the
 * outcome.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param project the project, present only when the document is valid
 * @param formatError the structural problem, if there is one
 * @param violations the problems of the values, empty when there are none or a structural problem
 * @param ignoredFields the unknown fields a lenient reader skipped, in document order
 */
public record ReadResult(
        Optional<Project> project,
        Optional<ProjectFormatException> formatError,
        List<Violation> violations,
        List<IgnoredField> ignoredFields) {

    /**
     * Checks and copies the parts: exactly one of a project, a format error and violations.
     *
     * @param project the project
     * @param formatError the structural problem
     * @param violations the problems of the values
     * @param ignoredFields the skipped fields
     * @throws IllegalArgumentException if not exactly one of the three outcomes is given, or the
     *         format error is an {@link InvalidProjectException} (its violations belong in
     *         {@code violations})
     */
    public ReadResult {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(formatError, "formatError");
        violations = List.copyOf(violations);
        ignoredFields = List.copyOf(ignoredFields);
        int outcomes = (project.isPresent() ? 1 : 0) + (formatError.isPresent() ? 1 : 0) + (violations.isEmpty() ? 0 : 1);
        if (outcomes != 1) {
            throw new IllegalArgumentException("a read result has exactly one of a project, a format error and violations");
        }
        if (formatError.orElse(null) instanceof InvalidProjectException) {
            throw new IllegalArgumentException("the violations of an InvalidProjectException belong in violations");
        }
    }

    /**
     * Returns whether the document is valid, so that {@link #project()} is present.
     *
     * @return true if valid
     */
    public boolean isValid() {
        return project.isPresent();
    }

    /**
     * Returns the project, or throws what stands in its way.
     *
     * @return the valid project
     * @throws ProjectFormatException the structural problem, or an {@link InvalidProjectException}
     *         with every violation
     */
    public Project orElseThrow() {
        if (project.isPresent()) {
            return project.get();
        }
        throw formatError.orElseGet(() -> new InvalidProjectException(violations));
    }

    /**
     * Returns every problem, one per line, in the reader's language: the structural problem, or
     * each violation's path, code and message. Empty when valid.
     *
     * @param locale the reader's language
     * @return the problems
     */
    public String describe(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if (formatError.isPresent()) {
            return formatError.get().getMessage();
        }
        return violations.stream().map(v -> v.path() + " " + v.code() + ": " + v.message(locale))
                .collect(Collectors.joining(System.lineSeparator()));
    }
}
