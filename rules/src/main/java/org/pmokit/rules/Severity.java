package org.pmokit.rules;

/**
 * How serious a finding is, from least to most serious.
 *
 * <p>The declaration order is the order of seriousness, so {@code compareTo} ranks severities.
 */
public enum Severity {
    /** Worth knowing; no action needed. */
    INFO,
    /** Needs attention before it becomes a problem. */
    WARNING,
    /** A problem that needs action. */
    ERROR,
    /** A problem that threatens the project; act now. */
    CRITICAL;

    /**
     * Returns whether this severity is at least as serious as another.
     *
     * @param other the severity to compare with
     * @return true if this is the same as or more serious than {@code other}
     */
    public boolean isAtLeast(Severity other) {
        return compareTo(other) >= 0;
    }
}
