package org.pmokit.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * The red / amber / green status of an area (or of the whole project) and the finding that
 * decided it: the most severe one, and among equals the first in the evaluation's order.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param area the area; empty for the overall status
 * @param status the status
 * @param decidedBy the finding that decided it; empty when green for want of any finding
 */
public record AreaStatus(Optional<Area> area, RagStatus status, Optional<Finding> decidedBy) {

    /**
     * Checks the parts.
     *
     * @param area the area
     * @param status the status
     * @param decidedBy the deciding finding
     */
    public AreaStatus {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }

    /**
     * Returns the identifier of the rule that decided the status.
     *
     * @return the rule id, if a finding decided it
     */
    public Optional<String> decidingRule() {
        return decidedBy.map(Finding::ruleId);
    }
}
