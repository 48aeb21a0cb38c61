package org.pmokit.core.project;

import java.util.Optional;
import org.pmokit.core.money.Money;

/**
 * The approved budget of the project and its reserves. Reserves are not part of the budget at
 * completion (BAC) of earned value; they are held for known risks (contingency) and unknown ones
 * (management reserve).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param approvedTotal the total approved funding, reserves included
 * @param contingencyReserve the reserve for identified risks
 * @param managementReserve the reserve held by management for unforeseen work
 */
public record Budget(Money approvedTotal, Optional<Money> contingencyReserve, Optional<Money> managementReserve) {

    /**
     * Checks the parts: no amount may be negative.
     *
     * @param approvedTotal the approved total
     * @param contingencyReserve the contingency reserve
     * @param managementReserve the management reserve
     */
    public Budget {
        Checks.nonNegative(approvedTotal, "approvedTotal", "budget");
        Checks.required(contingencyReserve, "contingencyReserve")
                .ifPresent(m -> Checks.nonNegative(m, "contingencyReserve", "budget"));
        Checks.required(managementReserve, "managementReserve")
                .ifPresent(m -> Checks.nonNegative(m, "managementReserve", "budget"));
    }

    /**
     * Returns a budget with both reserves.
     *
     * @param approvedTotal the approved total
     * @param contingencyReserve the contingency reserve
     * @param managementReserve the management reserve
     * @return the budget
     */
    public static Budget of(Money approvedTotal, Money contingencyReserve, Money managementReserve) {
        return new Budget(approvedTotal, Optional.of(contingencyReserve), Optional.of(managementReserve));
    }
}
