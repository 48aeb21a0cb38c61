package org.pmokit.core.project;

/** The three kinds of milestone of seed 002. */
public enum MilestoneKind {
    /** The end of a phase. */
    PHASE,
    /** A key task done. */
    KEY_TASK,
    /** A deliverable handed over. */
    DELIVERABLE
}
