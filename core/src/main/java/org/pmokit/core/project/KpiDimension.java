package org.pmokit.core.project;

/** The six KPI dimensions of seed 002. */
public enum KpiDimension {
    /** Cost. */
    COST,
    /** Efficiency. */
    EFFICIENCY,
    /** Business value. */
    VALUE,
    /** Compliance. */
    COMPLIANCE,
    /** Customer experience. */
    EXPERIENCE,
    /** Extension and scalability. */
    EXTENSION
}
