package org.pmokit.core.project;

/** How an activity earns value (FORMULAS.md section 3). */
public enum EarningRule {
    /** Earned value is the budget times the percent complete (the default). */
    PERCENT_COMPLETE,
    /** Nothing is earned until the activity finishes. */
    ZERO_HUNDRED,
    /** Half is earned at the start, half at the finish. */
    FIFTY_FIFTY,
    /** Value is earned at weighted milestones within the activity. */
    WEIGHTED_MILESTONES
}
