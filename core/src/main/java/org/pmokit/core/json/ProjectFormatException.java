package org.pmokit.core.json;

import java.util.Objects;

/**
 * Thrown when a project document cannot be read: its content, never its I/O.
 *
 * <p>A <b>structural</b> problem stops the read at the first one: JSON that is not well formed
 * (including {@code NaN}, {@code Infinity}, comments, duplicate keys and content after the
 * document), a value of the wrong type or a {@code null}, an unknown field (unless lenient), an
 * unsupported {@code schemaVersion}, or a read limit of {@link JsonLimits}. It says where the
 * problem is, as a JSON pointer (RFC 6901) and a line and column, and what the document should have
 * had and what it had:
 * <pre>{@code /activities/3/duration (line 42, column 19): expected an integer, found "ten"}</pre>
 *
 * <p>A well-formed document whose values break the model's invariants (a negative duration, a
 * probability of 1.5, an amount with more decimals than its currency allows) is reported with
 * every such value at once, by the subclass {@link InvalidProjectException}. Catching this class
 * catches both.
 *
 * <p>Instances are immutable.
 */
public sealed class ProjectFormatException extends IllegalArgumentException permits InvalidProjectException {
    private static final long serialVersionUID = 1L;

    /** The JSON pointer of the place; empty for the whole document. */
    private final String pointer;
    /** The line, from 1; -1 if there is no single place. */
    private final int line;
    /** The column, from 1, in characters; -1 if there is no single place. */
    private final int column;
    /** What the document should have had. */
    private final String expected;
    /** What it had. */
    private final String found;

    /**
     * Creates the exception for a structural problem, with the message
     * {@code pointer (line L, column C): expected E, found F}.
     *
     * @param pointer the JSON pointer of the place, such as {@code /activities/3/duration}; empty for
     *        the whole document
     * @param line the line, from 1
     * @param column the column, from 1, in characters
     * @param expected what the document should have had, such as {@code an integer}
     * @param found what it had, such as {@code "ten"}
     */
    public ProjectFormatException(String pointer, int line, int column, String expected, String found) {
        this(pointer, line, column, expected, found, null, null);
    }

    /**
     * Creates the exception, with a message that says the problem in words when {@code detail} is
     * given, and as "expected ..., found ..." otherwise.
     */
    ProjectFormatException(String pointer, int line, int column, String expected, String found, String detail,
            Throwable cause) {
        super(where(pointer, line, column) + ": " + (detail != null ? detail : "expected " + expected + ", found " + found),
                cause);
        this.pointer = Objects.requireNonNull(pointer, "pointer");
        this.line = line;
        this.column = column;
        this.expected = Objects.requireNonNull(expected, "expected");
        this.found = Objects.requireNonNull(found, "found");
    }

    /** Creates the exception with a message of its own, for {@link InvalidProjectException}. */
    ProjectFormatException(String message, String expected, String found) {
        super(message);
        this.pointer = "";
        this.line = -1;
        this.column = -1;
        this.expected = expected;
        this.found = found;
    }

    /**
     * Returns the place as messages name it: the pointer, or {@code document} for the whole
     * document, then the line and column if known.
     */
    private static String where(String pointer, int line, int column) {
        String place = pointer == null || pointer.isEmpty() ? "document" : pointer;
        return line < 1 ? place : place + " (line " + line + ", column " + column + ")";
    }

    /**
     * Returns where the problem is, as a JSON pointer (RFC 6901).
     *
     * @return such as {@code /activities/3/duration}; empty for the whole document (its root value,
     *         content after it, or the values of an {@link InvalidProjectException})
     */
    public String pointer() {
        return pointer;
    }

    /**
     * Returns the line of the problem.
     *
     * @return the line, from 1; -1 if the problem has no single place ({@link InvalidProjectException})
     */
    public int line() {
        return line;
    }

    /**
     * Returns the column of the problem.
     *
     * @return the column, from 1, counted in characters; -1 if the problem has no single place
     */
    public int column() {
        return column;
    }

    /**
     * Returns what the document should have had at that place.
     *
     * @return such as {@code an integer} or {@code one of FS, SS, FF, SF}
     */
    public String expected() {
        return expected;
    }

    /**
     * Returns what the document had at that place.
     *
     * @return such as {@code "ten"}, {@code null}, {@code an array} or {@code the end of the document}
     */
    public String found() {
        return found;
    }
}
