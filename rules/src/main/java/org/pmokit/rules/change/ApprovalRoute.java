package org.pmokit.rules.change;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Text;

/**
 * Who must approve a change request, and why: the authority that its size calls for, whether the
 * compliance officer must approve as well, the board's quorum, the figures the route was computed
 * from, and the explanation, such as "needs the change control board: cost +4.4% of BAC is above 1%
 * and schedule +8 working days is above 5 working days; and the compliance officer: the change
 * affects compliance".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param authority who decides
 * @param compliance whether the compliance officer must approve as well
 * @param quorum the members of the change control board who must vote; 1 for the other authorities
 * @param cost the assessed cost delta
 * @param costShare the cost delta as a fraction of BAC, empty if it cannot be computed
 * @param scheduleDays the assessed schedule delta in working days
 * @param explanation why, in both languages
 */
public record ApprovalRoute(Authority authority, boolean compliance, int quorum, Money cost,
        Optional<BigDecimal> costShare, int scheduleDays, Text explanation) {

    /**
     * Checks the parts: the quorum is at least 1.
     *
     * @param authority the authority
     * @param compliance whether the compliance officer must approve
     * @param quorum the quorum
     * @param cost the cost delta
     * @param costShare the cost share
     * @param scheduleDays the schedule delta
     * @param explanation the explanation
     */
    public ApprovalRoute {
        Objects.requireNonNull(authority, "authority");
        if (quorum < 1) {
            throw new IllegalArgumentException("quorum must be at least 1: " + quorum);
        }
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(costShare, "costShare");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * Returns the roles whose decisions the route calls for: the authority's, and the compliance
     * officer's if the change affects compliance.
     *
     * @return the roles, unmodifiable, iterating in the order of {@link Role}
     */
    public Set<Role> requiredRoles() {
        EnumSet<Role> roles = EnumSet.of(authority.role());
        if (compliance) {
            roles.add(Role.COMPLIANCE_OFFICER);
        }
        return Collections.unmodifiableSet(roles);
    }
}
