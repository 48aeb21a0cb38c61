package org.pmokit.rules.risk;

import java.util.List;
import java.util.Objects;
import org.pmokit.core.project.RiskId;

/**
 * One cell of a risk heat map: a probability level, an impact level and the risks in it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param probabilityLevel the probability level, 1 to 5
 * @param impactLevel the impact level, 1 to 5
 * @param risks the risks in the cell, sorted by identifier
 */
public record HeatMapCell(int probabilityLevel, int impactLevel, List<RiskId> risks) {

    /**
     * Checks and copies the parts: both levels are 1 to 5.
     *
     * @param probabilityLevel the probability level
     * @param impactLevel the impact level
     * @param risks the risks
     */
    public HeatMapCell {
        RiskScoring.checkLevel(probabilityLevel, "probability level");
        RiskScoring.checkLevel(impactLevel, "impact level");
        risks = List.copyOf(Objects.requireNonNull(risks, "risks"));
    }

    /**
     * Returns how many risks are in the cell.
     *
     * @return the count
     */
    public int count() {
        return risks.size();
    }

    /**
     * Returns the score of the cell.
     *
     * @return probability level x impact level
     */
    public int score() {
        return probabilityLevel * impactLevel;
    }
}
