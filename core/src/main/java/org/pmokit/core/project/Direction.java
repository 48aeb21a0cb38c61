package org.pmokit.core.project;

/** Which way a KPI should move from its baseline to its target. */
public enum Direction {
    /** The target is above the baseline. */
    INCREASE,
    /** The target is below the baseline. */
    DECREASE
}
