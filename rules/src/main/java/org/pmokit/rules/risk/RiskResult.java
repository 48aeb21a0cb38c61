package org.pmokit.rules.risk;

import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;

/**
 * How one risk scores: its probability and impact levels on the 5 x 5 matrix, the band of their
 * product, and its expected monetary value (FORMULAS.md section 6).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param risk the risk
 * @param probabilityLevel the probability level, 1 to 5
 * @param impactLevel the impact level, 1 to 5
 * @param band the band of the score
 * @param emv the expected monetary value: negative for a threat, positive for an opportunity, zero
 *     without a cost impact
 */
public record RiskResult(Risk risk, int probabilityLevel, int impactLevel, RiskBand band, Money emv) {

    /**
     * Checks the parts: both levels are 1 to 5.
     *
     * @param risk the risk
     * @param probabilityLevel the probability level
     * @param impactLevel the impact level
     * @param band the band
     * @param emv the expected monetary value
     */
    public RiskResult {
        Objects.requireNonNull(risk, "risk");
        RiskScoring.checkLevel(probabilityLevel, "probability level");
        RiskScoring.checkLevel(impactLevel, "impact level");
        Objects.requireNonNull(band, "band");
        Objects.requireNonNull(emv, "emv");
    }

    /**
     * Returns the risk's identifier.
     *
     * @return the identifier
     */
    public RiskId id() {
        return risk.id();
    }

    /**
     * Returns the score: probability level x impact level.
     *
     * @return the score, 1 to 25
     */
    public int score() {
        return probabilityLevel * impactLevel;
    }

    /**
     * Returns whether the risk is a threat.
     *
     * @return true for a threat, false for an opportunity
     */
    public boolean isThreat() {
        return risk.kind() == RiskKind.THREAT;
    }

    /**
     * Returns whether the risk is open: {@link RiskStatus#OPEN} or {@link RiskStatus#MITIGATING}.
     * Occurred and closed risks are no longer uncertain, so they count in no total.
     *
     * @return true if the risk is open
     */
    public boolean isOpen() {
        return isOpen(risk);
    }

    /**
     * Returns whether a risk is open: {@link RiskStatus#OPEN} or {@link RiskStatus#MITIGATING}.
     *
     * @param risk the risk
     * @return true if the risk is open
     */
    public static boolean isOpen(Risk risk) {
        return risk.status() == RiskStatus.OPEN || risk.status() == RiskStatus.MITIGATING;
    }
}
