package org.pmokit.core.project;

/** Where a change request stands in the change-control workflow. */
public enum ChangeStatus {
    /** Being written. */
    DRAFT,
    /** Submitted for assessment. */
    SUBMITTED,
    /** Impact assessed; waiting for a decision. */
    ASSESSED,
    /** Approved. */
    APPROVED,
    /** Rejected. */
    REJECTED,
    /** Deferred to later. */
    DEFERRED,
    /** Approved and carried out. */
    IMPLEMENTED,
    /** Carried out and checked. */
    VERIFIED,
    /** Closed. */
    CLOSED
}
