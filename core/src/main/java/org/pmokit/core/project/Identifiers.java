package org.pmokit.core.project;

import java.util.Objects;
import org.pmokit.core.validation.InvalidValueException;
import org.pmokit.core.validation.ViolationCode;

/** The one rule for every identifier: 1-64 letters, digits, '.', '_' or '-'. */
final class Identifiers {

    /** The longest identifier allowed. */
    static final int MAX_LENGTH = 64;

    private Identifiers() {
    }

    /**
     * Checks an identifier.
     *
     * @param kind what it identifies, for the message ("activity id")
     * @param value the identifier
     * @return the value
     */
    static String check(String kind, String value) {
        Objects.requireNonNull(value, kind);
        if (!isValid(value)) {
            throw InvalidValueException.of("", ViolationCode.ID_INVALID, kind, quote(value));
        }
        return value;
    }

    static boolean isValid(String value) {
        int n = value.length();
        if (n == 0 || n > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            char c = value.charAt(i);
            boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String quote(String value) {
        String shown = value.length() <= MAX_LENGTH + 16 ? value : value.substring(0, MAX_LENGTH) + "...";
        return "'" + shown + "'";
    }
}
