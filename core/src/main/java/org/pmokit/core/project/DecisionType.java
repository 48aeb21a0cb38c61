package org.pmokit.core.project;

/** A decision on a change request. */
public enum DecisionType {
    /** Approve the change. */
    APPROVE,
    /** Reject the change. */
    REJECT,
    /** Defer the change. */
    DEFER
}
