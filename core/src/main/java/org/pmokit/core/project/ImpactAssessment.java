package org.pmokit.core.project;

import org.pmokit.core.money.Money;

/**
 * The assessed impact of a change request (seed 002's impact model): cost and schedule deltas,
 * levels for business, system and resources, and whether compliance is affected.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cost the cost delta; negative for a saving
 * @param scheduleDays the schedule delta in working days; negative for a gain
 * @param business the impact on the business
 * @param system the impact on systems
 * @param resource the impact on resources
 * @param compliance whether the change affects compliance
 */
public record ImpactAssessment(Money cost, int scheduleDays, ImpactLevel business, ImpactLevel system,
        ImpactLevel resource, boolean compliance) {

    /**
     * Checks the parts.
     *
     * @param cost the cost delta
     * @param scheduleDays the schedule delta
     * @param business the business impact
     * @param system the system impact
     * @param resource the resource impact
     * @param compliance the compliance flag
     */
    public ImpactAssessment {
        Checks.required(cost, "cost");
        Checks.required(business, "business");
        Checks.required(system, "system");
        Checks.required(resource, "resource");
    }
}
