package org.pmokit.rules.change;

/** Whether implementing a change makes a new baseline version. */
public enum BaselineOption {
    /** Keep the current baseline: performance is still measured against the plan before the change. */
    KEEP,
    /** Make the next baseline version from the changed project's schedule, linked to the change. */
    NEW_VERSION
}
