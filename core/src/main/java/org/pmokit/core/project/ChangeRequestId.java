package org.pmokit.core.project;

/**
 * The identifier of a change request: 1-64 letters, digits, dots, underscores or hyphens, unique among
 * the project's change requests.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record ChangeRequestId(String value) implements Comparable<ChangeRequestId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public ChangeRequestId {
        Identifiers.check("change request id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static ChangeRequestId of(String value) {
        return new ChangeRequestId(value);
    }

    @Override
    public int compareTo(ChangeRequestId other) {
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
