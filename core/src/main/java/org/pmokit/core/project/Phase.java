package org.pmokit.core.project;

/** A phase of the project life cycle (seed 000). */
public enum Phase {
    /** Initiation. */
    INITIATION,
    /** Requirements analysis. */
    REQUIREMENTS,
    /** Solution design. */
    DESIGN,
    /** Build and implementation. */
    BUILD,
    /** Test and verification. */
    TEST,
    /** Deployment and go-live. */
    DEPLOYMENT,
    /** Operations and optimisation. */
    OPERATIONS,
    /** Project closure. */
    CLOSURE
}
