package org.pmokit.reporting;

/**
 * The criteria of a SMART goal that the goals pack checks, each with the rule that checks it
 * (FORMULAS.md section 7): specific, measurable, achievable, relevant, time-bound, and an owner.
 */
public enum SmartCriterion {
    /** Specific (S), rule SMART-001. */
    SPECIFIC("SMART-001", "S"),
    /** Measurable (M), rule SMART-002. */
    MEASURABLE("SMART-002", "M"),
    /** Achievable (A), rule SMART-003. */
    ACHIEVABLE("SMART-003", "A"),
    /** Relevant (R), rule SMART-004. */
    RELEVANT("SMART-004", "R"),
    /** Time-bound (T), rule SMART-005. */
    TIME_BOUND("SMART-005", "T"),
    /** Has an owner, rule SMART-006. */
    OWNED("SMART-006", "O");

    private final String ruleId;
    private final String letter;

    SmartCriterion(String ruleId, String letter) {
        this.ruleId = ruleId;
        this.letter = letter;
    }

    /**
     * Returns the rule that checks the criterion.
     *
     * @return such as {@code SMART-001}
     */
    public String ruleId() {
        return ruleId;
    }

    /**
     * Returns the criterion's letter.
     *
     * @return such as {@code S}; {@code O} for the owner
     */
    public String letter() {
        return letter;
    }
}
