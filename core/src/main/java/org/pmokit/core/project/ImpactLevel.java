package org.pmokit.core.project;

/** The level of a change's impact on one area (seed 002: business, system, resource). */
public enum ImpactLevel {
    /** No impact. */
    NONE,
    /** Low impact. */
    LOW,
    /** Medium impact. */
    MEDIUM,
    /** High impact. */
    HIGH
}
