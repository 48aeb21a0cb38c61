package org.pmokit.core.project;

/** Where a risk stands. */
public enum RiskStatus {
    /** Identified and not yet addressed. */
    OPEN,
    /** A response is under way. */
    MITIGATING,
    /** The risk has happened. */
    OCCURRED,
    /** No longer a risk. */
    CLOSED
}
