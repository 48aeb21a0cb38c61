package org.pmokit.core.project;

import java.math.BigDecimal;

/**
 * A resource assigned to an activity.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param resource the resource
 * @param units how many units of it the activity uses, not negative
 */
public record Assignment(ResourceId resource, BigDecimal units) {

    /**
     * Checks the parts.
     *
     * @param resource the resource
     * @param units the units
     */
    public Assignment {
        Checks.required(resource, "resource");
        Checks.nonNegative(units, "units", "assignment of " + resource);
    }

    /**
     * Returns an assignment.
     *
     * @param resource the resource identifier
     * @param units the units
     * @return the assignment
     */
    public static Assignment of(String resource, long units) {
        return new Assignment(ResourceId.of(resource), BigDecimal.valueOf(units));
    }
}
