package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The scalars of the document, each read from the parser's current token, which must be exactly
 * one kind of JSON token: no coercion of strings to numbers, numbers to strings, floats to
 * integers or numbers to enumeration constants, and no {@code null}. Each refusal is a
 * {@link FormatProblem} at the token that says what was expected and what was found.
 *
 * <p>Dates and enumeration constants are matched on the parser's characters, without making a
 * string first.
 */
final class StrictValues {

    /** What an integer of the document is, in messages. */
    static final String INTEGER = "an integer";

    /** The number of hexadecimal digits of a decision's hash. */
    private static final int HASH_LENGTH = 64;

    /** What a decision's hash is, in messages: the example is the SHA-256 of no bytes. */
    static final String HASH = "64 lower-case hexadecimal digits (a SHA-256), such as "
            + "\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"";

    private StrictValues() {
    }

    /**
     * Reads a JSON string, and only a string.
     *
     * @param p the parser, on the value
     * @return the text
     * @throws IOException if the value is of another kind, or the parser fails
     */
    static String string(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_STRING) {
            throw FormatProblem.wrongValue(p, "a string");
        }
        return p.getText();
    }

    /**
     * Reads a JSON integer within the range of {@code int}: no fraction, no exponent, no string.
     *
     * @param p the parser, on the value
     * @return the integer
     * @throws IOException if the value is of another kind or out of range, or the parser fails
     */
    static Integer integer(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            throw FormatProblem.wrongValue(p, INTEGER);
        }
        if (p.getNumberType() != JsonParser.NumberType.INT) {
            throw FormatProblem.wrongValue(p, "an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
        }
        return p.getIntValue();
    }

    /**
     * Reads a JSON number, kept exactly as written ({@code 0.30} keeps its zero), with at most the
     * allowed digits before and after the point, so that no hostile exponent ({@code 1e999999999})
     * gets into the model, where printing it would take a billion digits.
     *
     * @param p the parser, on the value
     * @param maxDigits the most digits before and after the point
     * @return the decimal
     * @throws IOException if the value is of another kind or too long, or the parser fails
     */
    static BigDecimal decimal(JsonParser p, int maxDigits) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw FormatProblem.wrongValue(p, "a number");
        }
        BigDecimal value = p.getDecimalValue();
        if (!fits(value, maxDigits)) {
            throw FormatProblem.wrongValue(p, "a number of at most " + maxDigits + " digits before and after the point");
        }
        return value;
    }

    /**
     * Returns whether a decimal has at most the given number of digits before the point and after it.
     *
     * @param value the decimal
     * @param maxDigits the most digits on each side
     * @return true if it fits
     */
    static boolean fits(BigDecimal value, int maxDigits) {
        long integerDigits = (long) value.precision() - value.scale();
        return integerDigits <= maxDigits && value.scale() <= maxDigits;
    }

    /**
     * Reads JSON {@code true} or {@code false}; no string, no number.
     *
     * @param p the parser, on the value
     * @return the boolean
     * @throws IOException if the value is of another kind, or the parser fails
     */
    static Boolean bool(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_TRUE) {
            return Boolean.TRUE;
        } else if (t == JsonToken.VALUE_FALSE) {
            return Boolean.FALSE;
        }
        throw FormatProblem.wrongValue(p, "true or false");
    }

    /**
     * Reads a date as a string {@code yyyy-MM-dd} (ASCII digits, four for the year) that exists in
     * the calendar (no 2026-02-30): what {@link DateTimeFormatter#ISO_LOCAL_DATE} reads in that form.
     *
     * @param p the parser, on the value
     * @return the date
     * @throws IOException if the value is not such a date, or the parser fails
     */
    static LocalDate date(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == 10) {
            char[] c = p.getTextCharacters();
            int at = p.getTextOffset();
            if (isDate(c, at)) {
                try {
                    return LocalDate.of(number(c, at, 4), number(c, at + 5, 2), number(c, at + 8, 2));
                } catch (DateTimeException e) {
                    // Falls through to the refusal: 2026-02-30 is no date.
                }
            }
        }
        throw FormatProblem.wrongValue(p, "a date yyyy-MM-dd");
    }

    /**
     * Reads an instant as an ISO-8601 string with its offset, such as {@code 2026-02-05T10:30:00+08:00},
     * whose date has the form {@code yyyy-MM-dd}.
     *
     * @param p the parser, on the value
     * @return the instant with its offset
     * @throws IOException if the value is not such an instant, or the parser fails
     */
    static OffsetDateTime dateTime(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() >= 10
                && isDate(p.getTextCharacters(), p.getTextOffset())) {
            try {
                return OffsetDateTime.parse(p.getText(), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            } catch (DateTimeParseException e) {
                // Falls through to the refusal.
            }
        }
        throw FormatProblem.wrongValue(p, "a date and time with an offset, such as \"2026-02-05T10:30:00+08:00\"");
    }

    /** Whether ten characters have the form {@code yyyy-MM-dd}, with ASCII digits. */
    private static boolean isDate(char[] c, int at) {
        return digits(c, at, 4) && c[at + 4] == '-' && digits(c, at + 5, 2) && c[at + 7] == '-' && digits(c, at + 8, 2);
    }

    private static boolean digits(char[] c, int from, int count) {
        for (int i = from; i < from + count; i++) {
            if (c[i] < '0' || c[i] > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(char[] c, int from, int count) {
        int n = 0;
        for (int i = from; i < from + count; i++) {
            n = n * 10 + (c[i] - '0');
        }
        return n;
    }

    /**
     * Reads the hash that seals a decision: a string of exactly 64 lower-case hexadecimal digits
     * (a SHA-256), kept as written. Nothing is folded or trimmed: the decision log compares it byte
     * for byte, so an upper-case digit or a space is refused here rather than failing later as a
     * broken seal.
     *
     * @param p the parser, on the value
     * @return the hash
     * @throws IOException if the value is not such a string, or the parser fails
     */
    static String hash(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING && p.getTextLength() == HASH_LENGTH) {
            char[] c = p.getTextCharacters();
            int at = p.getTextOffset();
            boolean hex = true;
            for (int i = at; i < at + HASH_LENGTH && hex; i++) {
                hex = (c[i] >= '0' && c[i] <= '9') || (c[i] >= 'a' && c[i] <= 'f');
            }
            if (hex) {
                return p.getText();
            }
        }
        throw FormatProblem.wrongValue(p, HASH);
    }

    /**
     * Reads an amount or a decimal: a JSON string (the document's form) or a JSON number
     * (accepted, and written back as a string), kept as written. Whether the text is a valid
     * amount in the project's currency is a value question that {@link DocToModel} answers.
     *
     * @param p the parser, on the value
     * @return the text
     * @throws IOException if the value is of another kind, or the parser fails
     */
    static Doc.NumberText numberText(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t != JsonToken.VALUE_STRING && t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
            throw FormatProblem.wrongValue(p, "a decimal as a string, such as \"2400000.00\"");
        }
        return new Doc.NumberText(p.getText());
    }

    /**
     * Reads {@code schemaVersion}: an integer from 1 to the version this library writes; a newer
     * one is refused naming both versions.
     *
     * @param p the parser, on the value
     * @return the version
     * @throws IOException if the value is not a supported version, or the parser fails
     */
    static Integer schemaVersion(JsonParser p) throws IOException {
        int version = integer(p);
        int supported = ProjectJson.SCHEMA_VERSION;
        if (version > supported) {
            throw FormatProblem.at(p, "schemaVersion " + supported + " or lower", Integer.toString(version),
                    "document schemaVersion " + version + " is newer than this library supports (" + supported + ")");
        }
        if (version < 1) {
            String expected = supported == 1 ? "schemaVersion 1" : "a schemaVersion from 1 to " + supported;
            throw FormatProblem.at(p, expected, Integer.toString(version));
        }
        return version;
    }

    /**
     * The constants of an enumeration by their exact names: upper case, no other case, no number.
     * Immutable and thread-safe.
     *
     * @param <E> the enumeration
     */
    static final class Names<E extends Enum<E>> {
        private final E[] constants;
        /** The constants' names as characters, by the constants' positions, to compare without a string. */
        private final char[][] names;
        private final String expected;

        private Names(E[] constants) {
            this.constants = constants;
            this.names = new char[constants.length][];
            for (int i = 0; i < constants.length; i++) {
                names[i] = constants[i].name().toCharArray();
            }
            this.expected = "one of " + Arrays.stream(constants).map(Enum::name).collect(Collectors.joining(", "));
        }

        /**
         * Returns the names of an enumeration's constants.
         *
         * @param <E> the enumeration
         * @param type the enumeration's class
         * @return the names
         */
        static <E extends Enum<E>> Names<E> of(Class<E> type) {
            return new Names<>(type.getEnumConstants());
        }

        /**
         * Reads a constant by its name.
         *
         * @param p the parser, on the value
         * @return the constant
         * @throws IOException if the value is not the name of a constant, or the parser fails
         */
        E read(JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                char[] text = p.getTextCharacters();
                int offset = p.getTextOffset();
                int length = p.getTextLength();
                for (int i = 0; i < names.length; i++) {
                    if (matches(names[i], text, offset, length)) {
                        return constants[i];
                    }
                }
            }
            throw FormatProblem.wrongValue(p, expected);
        }

        private static boolean matches(char[] name, char[] text, int offset, int length) {
            if (name.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (name[i] != text[offset + i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
