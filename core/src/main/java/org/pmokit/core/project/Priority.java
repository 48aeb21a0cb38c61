package org.pmokit.core.project;

/** MoSCoW priority of a requirement. */
public enum Priority {
    /** Must have. */
    MUST,
    /** Should have. */
    SHOULD,
    /** Could have. */
    COULD,
    /** Will not have this time. */
    WONT
}
