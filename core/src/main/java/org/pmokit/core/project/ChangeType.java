package org.pmokit.core.project;

/** The kind of a change request. */
public enum ChangeType {
    /** Scope. */
    SCOPE,
    /** Schedule. */
    SCHEDULE,
    /** Cost. */
    COST,
    /** Technical. */
    TECHNICAL,
    /** A regulatory change. */
    REGULATORY
}
