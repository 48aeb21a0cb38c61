package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;

/**
 * A structural problem found by {@link DocReader} as it reads the document: a value of the wrong
 * type, a JSON {@code null}, an unknown field, too many activities, an unsupported
 * {@code schemaVersion}, content after the document. It records where the parser was when the
 * problem was found; {@link Problems} turns it into a {@link ProjectFormatException}.
 */
final class FormatProblem extends IOException {
    private static final long serialVersionUID = 1L;

    /** Where it is, as a JSON pointer. */
    final String pointer;
    /** The line, from 1. */
    final int line;
    /** The column, from 1, in characters. */
    final int column;
    /** What the document should have had. */
    final String expected;
    /** What it had. */
    final String found;
    /** The whole problem in words, when "expected ..., found ..." does not say it well; else null. */
    final String detail;

    private FormatProblem(String pointer, int line, int column, String expected, String found, String detail) {
        super(detail != null ? detail : "expected " + expected + ", found " + found);
        this.pointer = pointer;
        this.line = line;
        this.column = column;
        this.expected = expected;
        this.found = found;
        this.detail = detail;
    }

    /**
     * Returns the problem at the parser's current token.
     *
     * @param p the parser, on the offending token
     * @param expected what the document should have had
     * @param found what it had
     * @return the problem, to throw
     */
    static FormatProblem at(JsonParser p, String expected, String found) {
        return at(p, expected, found, null);
    }

    /**
     * Returns the problem at the parser's current token, described in words.
     *
     * @param p the parser, on the offending token
     * @param expected what the document should have had
     * @param found what it had
     * @param detail the whole problem in words, or null for "expected ..., found ..."
     * @return the problem, to throw
     */
    static FormatProblem at(JsonParser p, String expected, String found, String detail) {
        JsonLocation where = Tokens.tokenLocation(p);
        return new FormatProblem(Tokens.pointer(p), Tokens.line(where), Tokens.column(where), expected, found, detail);
    }

    /**
     * Returns a "wrong type" problem: the expected kind of value, and the current token as found.
     *
     * @param p the parser, on the offending token
     * @param expected what the document should have had
     * @return the problem, to throw
     */
    static FormatProblem wrongValue(JsonParser p, String expected) {
        return at(p, expected, Tokens.found(p));
    }
}
