package org.pmokit.core.project;

/** The kind of a requirement. */
public enum RequirementType {
    /** A business requirement. */
    BUSINESS,
    /** A technical requirement. */
    TECHNICAL,
    /** A compliance requirement. */
    COMPLIANCE
}
