package org.pmokit.core.project;

/**
 * How the project responds to a risk. AVOID, MITIGATE and TRANSFER are for threats; EXPLOIT,
 * ENHANCE and SHARE for opportunities; ACCEPT and ESCALATE for either.
 */
public enum RiskStrategy {
    /** Remove the threat's cause. */
    AVOID,
    /** Reduce the threat's probability or impact. */
    MITIGATE,
    /** Move the threat's impact to a third party. */
    TRANSFER,
    /** Take the risk as it is. */
    ACCEPT,
    /** Hand the risk to a higher authority. */
    ESCALATE,
    /** Make the opportunity certain. */
    EXPLOIT,
    /** Raise the opportunity's probability or impact. */
    ENHANCE,
    /** Share the opportunity with a partner. */
    SHARE
}
