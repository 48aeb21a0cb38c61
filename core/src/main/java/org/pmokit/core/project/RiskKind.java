package org.pmokit.core.project;

/** Whether a risk would hurt or help the project (ISO 31000). */
public enum RiskKind {
    /** An uncertain event that would hurt the project. */
    THREAT,
    /** An uncertain event that would help the project. */
    OPPORTUNITY
}
