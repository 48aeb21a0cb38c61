package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Where the parser is (JSON pointer, line, column) and what it is on, in words for messages. */
final class Tokens {

    /** The longest text quoted in a message before it is cut. */
    static final int MAX_QUOTED = 60;

    private Tokens() {
    }

    /**
     * Returns the JSON pointer (RFC 6901) of the value the parser is on: {@code /activities/3/duration}.
     * On a field name it is the field's value; on the start of an object or array it is that object
     * or array; the document itself is the empty pointer.
     *
     * @param p the parser
     * @return the pointer
     */
    static String pointer(JsonParser p) {
        JsonStreamContext context = p.getParsingContext();
        return context == null ? "" : context.pathAsPointer().toString();
    }

    /**
     * Returns where the current token starts, or where the parser is when it is on no token.
     *
     * @param p the parser
     * @return the location
     */
    static JsonLocation tokenLocation(JsonParser p) {
        return p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    }

    /**
     * Returns the line of a location, from 1.
     *
     * @param where the location
     * @return the line
     */
    static int line(JsonLocation where) {
        return Math.max(1, where.getLineNr());
    }

    /**
     * Returns the column of a location, from 1, in characters.
     *
     * @param where the location
     * @return the column
     */
    static int column(JsonLocation where) {
        return Math.max(1, where.getColumnNr());
    }

    /**
     * Describes the current token as a message shows what was found: a string in quotes, a number
     * or literal as written, "an object", "an array", "the end of the document".
     *
     * @param p the parser
     * @return the description
     */
    static String found(JsonParser p) {
        JsonToken t = p.currentToken();
        if (t == null) {
            return "the end of the document";
        }
        try {
            return switch (t) {
                case START_OBJECT -> "an object";
                case START_ARRAY -> "an array";
                case END_OBJECT -> "'}'";
                case END_ARRAY -> "']'";
                case FIELD_NAME -> "the field " + quote(p.currentName());
                case VALUE_STRING -> quote(p.getText());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> abbreviate(p.getText());
                case VALUE_TRUE -> "true";
                case VALUE_FALSE -> "false";
                case VALUE_NULL -> "null";
                default -> t.asString() == null ? t.name() : t.asString();
            };
        } catch (IOException e) {
            // The text could not be read (beyond a limit): say what kind of value it was.
            return t == JsonToken.VALUE_STRING ? "a string" : "a number";
        }
    }

    /**
     * Quotes a text as JSON writes it, cut after {@value #MAX_QUOTED} characters:
     * {@code "ten"}, {@code "a\"b"}.
     *
     * @param text the text
     * @return the quoted text
     */
    static String quote(String text) {
        boolean cut = text.length() > MAX_QUOTED;
        String shown = cut ? text.substring(0, MAX_QUOTED) : text;
        StringBuilder out = new StringBuilder(shown.length() + 8).append('"');
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        String hex = Integer.toHexString(c);
                        out.append("\\u").append("0".repeat(4 - hex.length())).append(hex);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        if (cut) {
            out.append("... (").append(text.length()).append(" characters)");
        }
        return out.toString();
    }

    /**
     * Cuts a text after {@value #MAX_QUOTED} characters, saying how long it was.
     *
     * @param text the text
     * @return the text, or its start and its length
     */
    static String abbreviate(String text) {
        return text.length() <= MAX_QUOTED ? text
                : text.substring(0, MAX_QUOTED) + "... (" + text.length() + " characters)";
    }
}
