package org.pmokit.rules;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a rule is: its identifier, the pack it belongs to, the area it judges, what it looks at,
 * its title in both languages and its default severity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier, such as {@code SMART-001}: upper-case letters, a hyphen, three digits
 * @param pack the pack, such as {@code goals}; not blank
 * @param area the area whose status its findings affect
 * @param subject what it looks at
 * @param title what it checks, in both languages
 * @param defaultSeverity the severity of its findings unless the rule set overrides it
 */
public record RuleInfo(String id, String pack, Area area, Subject subject, Text title, Severity defaultSeverity) {

    private static final Pattern ID = Pattern.compile("[A-Z]+-[0-9]{3}");

    /**
     * Checks the parts: the identifier's form, and that neither the pack nor a title is blank.
     *
     * @param id the identifier
     * @param pack the pack
     * @param area the area
     * @param subject the subject
     * @param title the title
     * @param defaultSeverity the default severity
     */
    public RuleInfo {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException(
                    "rule id must be upper-case letters, a hyphen and three digits (XXX-000): " + id);
        }
        Objects.requireNonNull(pack, "pack");
        if (pack.isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a pack name");
        }
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(title, "title");
        if (title.english().isBlank() || title.chinese().isBlank()) {
            throw new IllegalArgumentException("rule " + id + " needs a title in English and Chinese");
        }
        Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    }

    /**
     * Starts a finding of this rule, at its default severity.
     *
     * @param about the subject path, such as {@code goals[G4]}
     * @param message what was found
     * @param remedy what to do about it
     * @return the finding
     */
    public Finding finding(String about, Text message, Text remedy) {
        return new Finding(id, defaultSeverity, area, about, Optional.empty(), Optional.empty(),
                message, remedy);
    }

    /**
     * Makes a finding of this rule at its default severity with its measured value and threshold
     * at once: what {@code finding(about, message, remedy).withMeasure(measured, threshold)} gives,
     * without the intermediate finding, and with the {@code Optional}s given, so that a rule can
     * share one threshold among its findings.
     *
     * @param about the subject path, such as {@code risks[R4]}
     * @param message what was found
     * @param remedy what to do about it
     * @param measured the measured value
     * @param threshold the threshold
     * @return the finding
     */
    public Finding finding(String about, Text message, Text remedy, Optional<Text> measured, Optional<Text> threshold) {
        return new Finding(id, defaultSeverity, area, about, measured, threshold, message, remedy);
    }
}
