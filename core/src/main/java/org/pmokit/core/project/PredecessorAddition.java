package org.pmokit.core.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A proposed new link: {@code activity} gets {@code predecessor} as a predecessor.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param activity the successor
 * @param predecessor the new predecessor
 * @param type the link type
 * @param lag the lag in working days
 */
public record PredecessorAddition(
        ActivityId activity,
        ActivityId predecessor,
        DependencyType type,
        @Min(-Limits.MAX_LAG) @Max(Limits.MAX_LAG) int lag) {

    /**
     * Checks the parts.
     *
     * @param activity the successor
     * @param predecessor the predecessor
     * @param type the link type
     * @param lag the lag
     */
    public PredecessorAddition {
        Checks.required(activity, "activity");
        Checks.required(predecessor, "predecessor");
        Checks.required(type, "type");
    }

    /**
     * Returns the link as the successor will hold it.
     *
     * @return the dependency
     */
    public Dependency toDependency() {
        return new Dependency(predecessor, type, lag);
    }
}
