package org.pmokit.rules;

/** A red / amber / green status, from best to worst; {@code compareTo} ranks them. */
public enum RagStatus {
    /** On track. */
    GREEN(Text.of("green", "绿")),
    /** At risk: needs attention. */
    AMBER(Text.of("amber", "黄")),
    /** Off track: needs action. */
    RED(Text.of("red", "红"));

    private final Text label;

    RagStatus(Text label) {
        this.label = label;
    }

    /**
     * Returns the status's name in both languages.
     *
     * @return the label
     */
    public Text label() {
        return label;
    }

    /**
     * Returns the status that findings of a severity give their area: an error or worse makes it
     * red, a warning amber, information leaves it green.
     *
     * @param severity the severity of a finding
     * @return the status it implies
     */
    public static RagStatus of(Severity severity) {
        return switch (severity) {
            case INFO -> GREEN;
            case WARNING -> AMBER;
            case ERROR, CRITICAL -> RED;
        };
    }
}
