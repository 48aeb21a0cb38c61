package org.pmokit.core.project;

/**
 * The identifier of a milestone: 1-64 letters, digits, dots, underscores or hyphens, unique among
 * the project's milestones.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record MilestoneId(String value) implements Comparable<MilestoneId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public MilestoneId {
        Identifiers.check("milestone id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static MilestoneId of(String value) {
        return new MilestoneId(value);
    }

    @Override
    public int compareTo(MilestoneId other) {
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
