package org.pmokit.core.json;

import java.util.Objects;

/**
 * A field that a lenient {@link ProjectJson} skipped because the project document does not define
 * it, such as a host's own {@code "x-owner"}: where it was, so that the host can log it or check
 * that it meant to add it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param pointer the JSON pointer (RFC 6901) of the field, such as {@code /activities/3/x-owner}
 * @param line the line of the field's name, from 1
 * @param column the column of the field's name, from 1, in characters
 */
public record IgnoredField(String pointer, int line, int column) {

    /**
     * Checks the parts.
     *
     * @param pointer the JSON pointer of the field
     * @param line the line, from 1
     * @param column the column, from 1
     * @throws IllegalArgumentException if the line or the column is below 1
     */
    public IgnoredField {
        Objects.requireNonNull(pointer, "pointer");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException("line and column start at 1: line " + line + ", column " + column);
        }
    }

    /**
     * Returns the pointer and the place, as in {@code /activities/3/x-owner (line 42, column 7)}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return pointer + " (line " + line + ", column " + column + ")";
    }
}
