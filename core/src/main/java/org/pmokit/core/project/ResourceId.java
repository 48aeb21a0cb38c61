package org.pmokit.core.project;

/**
 * The identifier of a resource: 1-64 letters, digits, dots, underscores or hyphens, unique among
 * the project's resources.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param value the identifier as written in the project document
 */
public record ResourceId(String value) implements Comparable<ResourceId> {

    /**
     * Checks the identifier's form.
     *
     * @param value the identifier
     * @throws org.pmokit.core.validation.InvalidValueException if it is not 1-64 allowed characters
     */
    public ResourceId {
        Identifiers.check("resource id", value);
    }

    /**
     * Returns the identifier.
     *
     * @param value the identifier
     * @return the typed identifier
     */
    public static ResourceId of(String value) {
        return new ResourceId(value);
    }

    @Override
    public int compareTo(ResourceId other) {
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
