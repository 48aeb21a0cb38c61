package org.pmokit.rules;

/** What a rule looks at. */
public enum Subject {
    /** The project as a whole. */
    PROJECT,
    /** Each goal. */
    GOAL,
    /** Each milestone. */
    MILESTONE,
    /** Each activity. */
    ACTIVITY,
    /** Each risk. */
    RISK,
    /** The budget and reserves. */
    BUDGET,
    /** Each change request. */
    CHANGE_REQUEST
}
