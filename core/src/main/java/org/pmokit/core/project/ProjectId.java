package org.pmokit.core.project;

/**
 * The identifier of a project: 1-64 letters, digits, dots, underscores or hyphens.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record ProjectId(String value) implements Comparable<ProjectId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public ProjectId {
        Identifiers.check("project id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static ProjectId of(String value) {
        return new ProjectId(value);
    }

    @Override
    public int compareTo(ProjectId other) {
        return value.compareTo(other.value);
    }

    /**
     * Returns the identifier as written.
     *
     * @return the value
     */
    @Override
    public String toString() {
        return value;
    }
}
