/**
 * The risk pack: scoring on the 5 x 5 probability-impact matrix, expected monetary value, heat
 * maps, and the rules of the risk register (FORMULAS.md section 6; ISO 31000: a risk is a threat
 * or an opportunity).
 *
 * <p>{@link org.pmokit.rules.risk.RiskScoring} is the engine: probability and impact levels from
 * the policy's thresholds, score, {@link org.pmokit.rules.risk.RiskBand} and EMV.
 * {@link org.pmokit.rules.risk.RiskAnalysis} runs it once per evaluation and yields a
 * {@link org.pmokit.rules.risk.RiskAssessment}: every risk's
 * {@link org.pmokit.rules.risk.RiskResult}, the EMV totals and exposure by category of the open
 * risks, their counts by band and a {@link org.pmokit.rules.risk.HeatMap} per kind.
 * {@link org.pmokit.rules.risk.RiskMetrics} publishes the totals;
 * {@link org.pmokit.rules.risk.RiskRules#pack()} is the pack of rules RISK-001 to RISK-006.
 */
package org.pmokit.rules.risk;
