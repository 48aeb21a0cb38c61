package org.pmokit.core.project;

/** A date constraint on an activity. */
public enum ConstraintType {
    /** The activity starts on or after the date. */
    START_NO_EARLIER_THAN,
    /** The activity finishes on or before the date. */
    FINISH_NO_LATER_THAN,
    /** The activity starts on the date. */
    MUST_START_ON,
    /** The activity finishes on the date. */
    MUST_FINISH_ON
}
