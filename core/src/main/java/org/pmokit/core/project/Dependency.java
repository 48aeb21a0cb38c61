package org.pmokit.core.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A link from a predecessor to the activity that holds it (FORMULAS.md section 2).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param predecessor the activity this one depends on
 * @param type FS, SS, FF or SF
 * @param lag the lag in working days; negative is a lead
 */
public record Dependency(
        ActivityId predecessor,
        DependencyType type,
        @Min(-Limits.MAX_LAG) @Max(Limits.MAX_LAG) int lag) {

    /**
     * Checks the parts.
     *
     * @param predecessor the predecessor
     * @param type the link type
     * @param lag the lag
     */
    public Dependency {
        Checks.required(predecessor, "predecessor");
        Checks.required(type, "type");
    }

    /**
     * Returns a finish-to-start link without lag.
     *
     * @param predecessor the predecessor's identifier
     * @return the dependency
     */
    public static Dependency fs(String predecessor) {
        return new Dependency(ActivityId.of(predecessor), DependencyType.FS, 0);
    }

    /**
     * Returns a link.
     *
     * @param predecessor the predecessor's identifier
     * @param type the link type
     * @param lag the lag in working days
     * @return the dependency
     */
    public static Dependency of(String predecessor, DependencyType type, int lag) {
        return new Dependency(ActivityId.of(predecessor), type, lag);
    }
}
