package org.pmokit.rules.risk;

import org.pmokit.rules.Analysis;
import org.pmokit.rules.BudgetTotal;
import org.pmokit.rules.RuleInput;

/**
 * The shared analysis of the risk pack: scores the project's risks once per evaluation with the
 * policy's thresholds ({@link RiskScoring}), for every risk rule and the risk metrics.
 *
 * <p>This class is immutable and thread-safe.
 */
public enum RiskAnalysis implements Analysis<RiskAssessment> {
    /** The one instance; analyses are compared by identity. */
    INSTANCE;

    @Override
    public RiskAssessment analyse(RuleInput input) {
        return RiskAssessment.of(input.project(), RiskScoring.of(input.policy()),
                input.get(BudgetTotal.ANALYSIS).inProjectCurrency());
    }
}
