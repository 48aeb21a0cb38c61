package org.pmokit.core.json;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns whatever stopped a read into a {@link ProjectFormatException} that says where (JSON pointer,
 * line, column) and what (expected, found), in this library's words rather than Jackson's.
 *
 * <p>The place comes from the parser, which stops on the offending token; a syntax error carries
 * its own, more exact, location. Jackson's messages of syntax errors and limits are recognised by
 * their start; one that is not recognised is still reported, as "expected valid JSON" and the
 * message without Jackson's hints.
 */
final class Problems {

    private static final String END = "the end of the document";
    private static final Pattern NUMBERS = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    private static final Pattern NAME = Pattern.compile("['\"]([^'\"]*)['\"]");
    private static final Pattern CODE = Pattern.compile("code (\\d+)");

    private Problems() {
    }

    /**
     * Translates a failure of a read.
     *
     * @param failure what the reader, Jackson or the source threw
     * @param p the parser, where it stopped
     * @param documentComplete whether the document's object had been read completely, so that the
     *        problem is content after it
     * @param limits the limits in force
     * @return the exception to throw
     * @throws UncheckedIOException if the failure is an I/O error of the source, not a problem of the content
     */
    static ProjectFormatException translate(Throwable failure, JsonParser p, boolean documentComplete, JsonLimits limits) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof FormatProblem f) {
                return new ProjectFormatException(f.pointer, f.line, f.column, f.expected, f.found, f.detail, null);
            }
            if (t instanceof StreamConstraintsException c) {
                return limit(c, p, limits);
            }
            if (t instanceof TextReader.Malformed m) {
                return new ProjectFormatException(Tokens.pointer(p), m.line, m.column, "UTF-8 text",
                        "a malformed UTF-8 byte sequence", null, null);
            }
            if (t instanceof TextReader.TooLong l) {
                return tooLong(p, l.line, l.column, limits);
            }
            if (t instanceof StreamReadException r) {
                return syntax(r, p, documentComplete);
            }
            if (t instanceof IOException io && !(t instanceof JacksonException)) {
                throw new UncheckedIOException(io);
            }
        }
        // Not a problem this class knows, such as a number the parser could not convert: its own words.
        String message = failure instanceof JacksonException j ? j.getOriginalMessage()
                : failure.getMessage() != null ? failure.getMessage() : String.valueOf(failure);
        return new ProjectFormatException(Tokens.pointer(p), Tokens.line(Tokens.tokenLocation(p)),
                Tokens.column(Tokens.tokenLocation(p)), "a readable project document", Tokens.abbreviate(clean(message)),
                null, failure);
    }

    /** A read limit of {@link JsonLimits}, by Jackson's message. */
    private static ProjectFormatException limit(StreamConstraintsException c, JsonParser p, JsonLimits limits) {
        String message = c.getOriginalMessage();
        Matcher numbers = NUMBERS.matcher(message);
        String actual = numbers.find() ? numbers.group(1) : "more";
        JsonLocation where = p.currentLocation();
        if (message.startsWith("Document length")) {
            // A backstop only: TextReader stops first, with the exact place.
            return tooLong(p, Tokens.line(where), Tokens.column(where), limits);
        }
        if (message.startsWith("Document nesting depth")) {
            int max = limits.maxNestingDepth();
            return at(p, where, "at most " + max + " levels of nested arrays and objects", actual + " levels",
                    "arrays and objects are nested deeper than the limit of " + max + " levels");
        }
        if (message.startsWith("String value length") && p.currentToken() != JsonToken.VALUE_STRING) {
            // Jackson keeps the text of a number being read in the same buffer as strings, under the
            // string limit; a number that long is still a number too long.
            int max = limits.maxNumberLength();
            return at(p, where, "a number of at most " + max + " characters", "a longer number",
                    "a number is longer than the limit of " + max + " characters");
        }
        if (message.startsWith("String value length")) {
            int max = limits.maxStringLength();
            return at(p, Tokens.tokenLocation(p), "a string of at most " + max + " characters", "a longer string",
                    "a string is longer than the limit of " + max + " characters");
        }
        if (message.startsWith("Number value length")) {
            int max = limits.maxNumberLength();
            return at(p, where, "a number of at most " + max + " characters", "a number of " + actual + " characters",
                    "a number is longer than the limit of " + max + " characters");
        }
        if (message.startsWith("Name length")) {
            int max = JsonLimits.MAX_NAME_LENGTH;
            return at(p, where, "a field name of at most " + max + " characters",
                    "a field name of at least " + actual + " characters", null);
        }
        return at(p, where, "a document within the read limits", Tokens.abbreviate(clean(message)), null);
    }

    /** A document longer than {@link JsonLimits#maxDocumentLength()}, at the first character beyond it. */
    private static ProjectFormatException tooLong(JsonParser p, int line, int column, JsonLimits limits) {
        long max = limits.maxDocumentLength();
        return new ProjectFormatException(Tokens.pointer(p), line, column, "a document of at most " + max + " characters",
                "more", "the document is longer than the limit of " + max + " characters", null);
    }

    /** A syntax error, by Jackson's message; the location is the error's own. */
    private static ProjectFormatException syntax(StreamReadException r, JsonParser p, boolean documentComplete) {
        JsonLocation where = r.getLocation() != null ? r.getLocation() : p.currentLocation();
        String message = r.getOriginalMessage();
        String expected = "valid JSON";
        String found;
        if (message.startsWith("Duplicate field") || message.startsWith("Duplicate Object property")) {
            Matcher name = NAME.matcher(message);
            found = "the field " + (name.find() ? Tokens.quote(name.group(1)) : "") + " a second time";
            return at(p, where, "each field at most once in an object", found, null);
        }
        if (message.startsWith("Unexpected end-of-input")) {
            found = END;
            if (message.contains("close marker for Object")) {
                expected = "'}'";
            } else if (message.contains("close marker for Array")) {
                expected = "']'";
            } else if (message.contains("closing quote")) {
                expected = "'\"' closing the string";
            } else {
                expected = "the rest of the document";
            }
        } else if (message.startsWith("Unexpected character (")) {
            found = unexpectedCharacter(message);
            expected = expectedAfter(message);
        } else if (message.startsWith("Non-standard token") || message.startsWith("Unrecognized token")) {
            Matcher token = QUOTED.matcher(message);
            found = token.find() ? Tokens.abbreviate(token.group(1)) : "an unknown token";
            expected = message.startsWith("Non-standard") ? "a JSON value (NaN and Infinity are not numbers in JSON)"
                    : "a JSON value (a string, number, object, array, true, false or null)";
        } else if (message.startsWith("Unexpected close marker")) {
            Matcher marker = QUOTED.matcher(message);
            found = marker.find() ? "'" + marker.group(1) + "'" : "a close marker";
            expected = message.contains("expected ']'") ? "']'" : message.contains("expected '}'") ? "'}'" : END;
        } else if (message.startsWith("Illegal unquoted character")) {
            found = "a control character" + code(message) + " inside a string";
            expected = "control characters escaped, as \\n or \\u0009";
        } else if (message.startsWith("Unrecognized character escape")) {
            Matcher escape = QUOTED.matcher(message);
            found = escape.find() ? "the escape \\" + escape.group(1) : "an unknown escape";
            expected = "one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX";
        } else if (message.startsWith("Invalid numeric value")) {
            found = "a malformed number (" + clean(message.substring(message.indexOf(':') + 1).trim()) + ")";
            expected = "a JSON number";
        } else {
            found = Tokens.abbreviate(clean(message));
        }
        if (documentComplete) {
            expected = END;
        }
        return at(p, where, expected, found, null);
    }

    /** {@code Unexpected character ('x' (code 120))} gives {@code 'x'}. */
    private static String unexpectedCharacter(String message) {
        String rest = message.substring("Unexpected character (".length());
        if (rest.startsWith("(CTRL-CHAR")) {
            return "a control character" + code(message);
        }
        int end = rest.indexOf(" (code ");
        return end > 0 ? rest.substring(0, end) : "an unexpected character";
    }

    /** The code of a character in a Jackson message, as {@code " (code 10)"}; empty if none. */
    private static String code(String message) {
        Matcher code = CODE.matcher(message);
        return code.find() ? " (code " + code.group(1) + ")" : "";
    }

    /** What Jackson says it was expecting after an unexpected character, in plain words. */
    private static String expectedAfter(String message) {
        if (message.contains("comma to separate Object entries")) {
            return "',' or '}'";
        } else if (message.contains("comma to separate Array entries")) {
            return "',' or ']'";
        } else if (message.contains("a colon to separate")) {
            return "':'";
        } else if (message.contains("double-quote to start field name")
                || message.contains("double-quote to start property name")) {
            return "a field name in double quotes";
        } else if (message.contains("comment")) {
            return "JSON without comments";
        } else if (message.contains("plus sign")) {
            return "a number without a plus sign";
        } else if (message.contains("expected a valid value") || message.contains("was expecting (JSON String")) {
            return "a JSON value (a string, number, object, array, true, false or null)";
        } else if (message.contains("Decimal point") || message.contains("numeric value")
                || message.contains("Exponent indicator")) {
            return "a JSON number";
        } else if (message.contains("space (or end-of-input)") || message.contains("end-of-input")) {
            return "the end of the document";
        }
        return "valid JSON";
    }

    /** A Jackson message without its hints about features and sources. */
    private static String clean(String message) {
        String s = message == null ? "" : message;
        for (String cut : new String[] {": enable", " (for ", " at [Source", "\n"}) {
            int i = s.indexOf(cut);
            if (i > 0) {
                s = s.substring(0, i);
            }
        }
        return s.strip();
    }

    private static ProjectFormatException at(JsonParser p, JsonLocation where, String expected, String found,
            String detail) {
        return new ProjectFormatException(Tokens.pointer(p), Tokens.line(where), Tokens.column(where), expected, found,
                detail, null);
    }
}
