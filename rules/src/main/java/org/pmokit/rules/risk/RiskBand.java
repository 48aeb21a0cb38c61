package org.pmokit.rules.risk;

import org.pmokit.rules.Text;

/**
 * The band of a risk's score on the 5 x 5 matrix (FORMULAS.md section 6): by default 20-25
 * critical, 12-19 high, 6-11 medium, 2-5 low, 1 minimal. The policy keys
 * {@code risk.band.*From} move the boundaries.
 *
 * <p>The declaration order is from the most to the least serious band.
 */
public enum RiskBand {
    /** Score 20-25 by default: respond within hours. */
    CRITICAL(Text.of("critical", "极高")),
    /** Score 12-19 by default. */
    HIGH(Text.of("high", "高")),
    /** Score 6-11 by default. */
    MEDIUM(Text.of("medium", "中")),
    /** Score 2-5 by default: handled at the next review. */
    LOW(Text.of("low", "低")),
    /** Score 1 by default. */
    MINIMAL(Text.of("minimal", "极低"));

    private final Text label;

    RiskBand(Text label) {
        this.label = label;
    }

    /**
     * Returns the band's name in both languages, such as "high" and "高".
     *
     * @return the label
     */
    public Text label() {
        return label;
    }

    /**
     * Returns whether this band is at least as serious as another.
     *
     * @param other the band to compare with
     * @return true if this is the same as or more serious than {@code other}
     */
    public boolean isAtLeast(RiskBand other) {
        return compareTo(other) <= 0;
    }
}
