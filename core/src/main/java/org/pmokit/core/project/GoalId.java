package org.pmokit.core.project;

/**
 * The identifier of a goal: 1-64 letters, digits, dots, underscores or hyphens, unique among
 * the project's goals.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record GoalId(String value) implements Comparable<GoalId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public GoalId {
        Identifiers.check("goal id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static GoalId of(String value) {
        return new GoalId(value);
    }

    @Override
    public int compareTo(GoalId other) {
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
