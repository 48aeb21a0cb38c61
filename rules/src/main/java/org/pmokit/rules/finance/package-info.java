/**
 * The finance rule pack ({@link org.pmokit.rules.finance.FinanceRules#pack()}): budget, reserves,
 * spend against plan, and the investment case.
 *
 * <p>Budget figures follow FORMULAS.md section 3: the budget at completion (BAC) is the current
 * baseline's budget, reserves excluded; {@link org.pmokit.rules.finance.PlannedSpend} computes the
 * planned value to date with the earned value engine's performance measurement baseline, spreading each
 * baseline activity's budget over its working days by its curve (linearly by default).
 * The policy (FORMULAS.md section 7) sets the contingency band (15%-20% of BAC), the deviation bands
 * of spend against plan (5% amber, 8% red) and the discount rate per period (8%).
 *
 * <p>{@link org.pmokit.rules.finance.InvestmentAppraisal} appraises the project's cash flows, summed
 * per period ({@link org.pmokit.rules.finance.CashFlowSeries}): ROI, NPV, IRR, simple and discounted
 * payback. Money is exact; discounting uses {@link java.math.BigDecimal} at 34 significant digits and
 * rounds to the minor unit once, at the end. A measure that cannot be computed is an
 * {@link org.pmokit.rules.finance.Outcome} with the reason in English and Simplified Chinese (FORMULAS.md
 * section 5), published as {@link org.pmokit.rules.MetricValue.Undefined}.
 */
package org.pmokit.rules.finance;
