package org.pmokit.core.validation;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One problem in a project: where it is, what rule it breaks, and the values that show it.
 *
 * <p>The path names entities by identifier where they have one ({@code activities[A12].duration})
 * and by position otherwise ({@code progress[3].percentComplete}). The message is made from the
 * code's template and the arguments, in English or Simplified Chinese.
 *
 * @param path where the problem is, such as {@code activities[A12].duration}
 * @param code the stable code of the rule broken
 * @param arguments the values that fill the code's message template, already as text
 */
public record Violation(String path, ViolationCode code, List<String> arguments) {

    /**
     * Checks and copies the parts.
     *
     * @param path where the problem is
     * @param code the rule broken
     * @param arguments the message arguments
     */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments);
    }

    /**
     * Creates a violation, turning each argument into text ({@code "null"} for a null).
     *
     * @param path where the problem is
     * @param code the rule broken
     * @param arguments the message arguments
     * @return the violation
     */
    public static Violation of(String path, ViolationCode code, Object... arguments) {
        String[] text = new String[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            text[i] = String.valueOf(arguments[i]);
        }
        return new Violation(path, code, List.of(text));
    }

    /**
     * Returns the message in the reader's language (Simplified Chinese for a Chinese locale,
     * English otherwise).
     *
     * @param locale the reader's language
     * @return the message
     */
    public String message(Locale locale) {
        return code.format(locale, arguments.toArray());
    }

    /**
     * Returns the same violation placed under a parent path: {@code duration} under
     * {@code activities[A12]} becomes {@code activities[A12].duration}.
     *
     * @param parent the parent path; empty leaves the path as it is
     * @return the violation with the longer path
     */
    public Violation under(String parent) {
        Objects.requireNonNull(parent, "parent");
        if (parent.isEmpty()) {
            return this;
        }
        String joined = path.isEmpty() ? parent : path.startsWith("[") ? parent + path : parent + "." + path;
        return new Violation(joined, code, arguments);
    }

    /**
     * Returns the path, the code and the English message, as in
     * {@code activities[A12].duration ACTIVITY_DURATION_NEGATIVE: activity A12: duration must not be negative: -3}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return path + " " + code + ": " + message(Locale.ENGLISH);
    }
}
