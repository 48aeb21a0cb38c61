package org.pmokit.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Something a rule found: which rule, how serious, in which area, about what, the measured value
 * against the threshold, a message and a short remedy, each in English and Simplified Chinese.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param ruleId the rule's identifier, such as {@code SMART-001}
 * @param severity how serious it is
 * @param area the area whose status it affects
 * @param subject what it is about, as a path such as {@code goals[G4]}
 * @param measured the measured value, as shown to a reader, in English and Simplified Chinese
 * @param threshold the threshold it was measured against, in English and Simplified Chinese
 * @param message what was found
 * @param remedy what to do about it
 */
public record Finding(String ruleId, Severity severity, Area area, String subject, Optional<Text> measured,
        Optional<Text> threshold, Text message, Text remedy) {

    /**
     * Checks the parts.
     *
     * @param ruleId the rule
     * @param severity the severity
     * @param area the area
     * @param subject the subject
     * @param measured the measured value
     * @param threshold the threshold
     * @param message the message
     * @param remedy the remedy
     */
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(measured, "measured");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(remedy, "remedy");
    }

    /**
     * Returns the same finding with another severity.
     *
     * @param newSeverity the severity
     * @return the changed finding
     */
    public Finding withSeverity(Severity newSeverity) {
        return new Finding(ruleId, newSeverity, area, subject, measured, threshold, message, remedy);
    }

    /**
     * Returns the same finding with a language-neutral measured value and threshold, such as a
     * number, a date, an amount of money, a percentage or {@code "<= 5%"}: each is shown as its
     * {@link String#valueOf(Object) string form} in both languages (a {@link Text} is kept as it
     * is). A value with words in it belongs in {@link #withMeasure(Text, Text)}.
     *
     * @param newMeasured the measured value
     * @param newThreshold the threshold
     * @return the changed finding
     */
    public Finding withMeasure(Object newMeasured, Object newThreshold) {
        return withMeasure(neutral(newMeasured), neutral(newThreshold));
    }

    /**
     * Returns the same finding with the measured value and the threshold in English and Simplified
     * Chinese, such as {@code Text.of("no owner", "无负责人")}.
     *
     * @param newMeasured the measured value
     * @param newThreshold the threshold
     * @return the changed finding
     */
    public Finding withMeasure(Text newMeasured, Text newThreshold) {
        Objects.requireNonNull(newMeasured, "measured");
        Objects.requireNonNull(newThreshold, "threshold");
        return new Finding(ruleId, severity, area, subject, Optional.of(newMeasured), Optional.of(newThreshold), message,
                remedy);
    }

    /** A text as it is; the same string form of a language-neutral value in both languages. */
    private static Text neutral(Object value) {
        if (value instanceof Text text) {
            return text;
        }
        String shown = String.valueOf(value);
        return Text.of(shown, shown);
    }
}
