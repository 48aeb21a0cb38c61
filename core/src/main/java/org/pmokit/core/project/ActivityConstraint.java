package org.pmokit.core.project;

import java.time.LocalDate;

/**
 * A date constraint on an activity; a must-constraint that the logic cannot meet gives negative
 * float in the schedule, not an error.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param type the kind of constraint
 * @param date the constraint date
 */
public record ActivityConstraint(ConstraintType type, LocalDate date) {

    /**
     * Checks the parts.
     *
     * @param type the kind
     * @param date the date
     */
    public ActivityConstraint {
        Checks.required(type, "type");
        Checks.required(date, "date");
    }

    /**
     * Returns whether this is a hard constraint as the DCMA 14-point assessment counts them: one
     * that can hold an activity back from being late (MUST_START_ON, MUST_FINISH_ON,
     * FINISH_NO_LATER_THAN).
     *
     * @return true for a hard constraint
     */
    public boolean isHard() {
        return type != ConstraintType.START_NO_EARLIER_THAN;
    }
}
