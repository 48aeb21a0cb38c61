package org.pmokit.core.project;

/**
 * The identifier of an activity: 1-64 letters, digits, dots, underscores or hyphens, unique among
 * the project's activities.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record ActivityId(String value) implements Comparable<ActivityId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public ActivityId {
        Identifiers.check("activity id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static ActivityId of(String value) {
        return new ActivityId(value);
    }

    @Override
    public int compareTo(ActivityId other) {
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
