package org.pmokit.core.project;

/**
 * The identifier of a risk: 1-64 letters, digits, dots, underscores or hyphens, unique among
 * the project's risks.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record RiskId(String value) implements Comparable<RiskId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public RiskId {
        Identifiers.check("risk id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static RiskId of(String value) {
        return new RiskId(value);
    }

    @Override
    public int compareTo(RiskId other) {
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
