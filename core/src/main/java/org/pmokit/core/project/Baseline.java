package org.pmokit.core.project;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An approved baseline: the plan that performance is measured against. A project keeps every
 * baseline it had; the one with the highest version is current.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param version the version, from 1
 * @param approved when it was approved
 * @param activities each activity's baseline dates and budget
 * @param change the approved change request that this baseline was made for, if any
 */
public record Baseline(int version, LocalDate approved, List<@Valid BaselineActivity> activities,
        Optional<ChangeRequestId> change) {

    /**
     * Checks and copies the parts: the version starts at 1.
     *
     * @param version the version
     * @param approved the approval date
     * @param activities the baselined activities
     * @param change the change request it was made for
     */
    public Baseline {
        Checks.atLeast(version, 1, "version", "baseline");
        Checks.required(approved, "approved");
        activities = List.copyOf(activities);
        Checks.required(change, "change");
    }

    /**
     * Makes a baseline that no change request led to, such as the first one.
     *
     * @param version the version
     * @param approved the approval date
     * @param activities the baselined activities
     */
    public Baseline(int version, LocalDate approved, List<BaselineActivity> activities) {
        this(version, approved, activities, Optional.empty());
    }
}
