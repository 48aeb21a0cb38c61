package org.pmokit.core.project;

/**
 * The identifier of a requirement: 1-64 letters, digits, dots, underscores or hyphens, unique among
 * the project's requirements.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record RequirementId(String value) implements Comparable<RequirementId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public RequirementId {
        Identifiers.check("requirement id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static RequirementId of(String value) {
        return new RequirementId(value);
    }

    @Override
    public int compareTo(RequirementId other) {
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
