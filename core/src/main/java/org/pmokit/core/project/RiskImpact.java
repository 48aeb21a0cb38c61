package org.pmokit.core.project;

import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;

/**
 * What a risk would do if it happened, per dimension. Cost and schedule are magnitudes, never
 * negative: the risk's kind says whether they hurt (a threat) or help (an opportunity).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param cost the cost impact
 * @param scheduleDays the schedule impact in working days
 * @param level the overall impact level on the 1-5 scale
 */
public record RiskImpact(Optional<Money> cost, OptionalInt scheduleDays, OptionalInt level) {

    /**
     * Checks the parts: cost and days not negative, level 1 to 5.
     *
     * @param cost the cost impact
     * @param scheduleDays the schedule impact
     * @param level the impact level
     */
    public RiskImpact {
        Checks.required(cost, "cost").ifPresent(c -> Checks.nonNegative(c, "cost", "risk impact"));
        Checks.required(scheduleDays, "scheduleDays").ifPresent(d -> Checks.nonNegative(d, "scheduleDays", "risk impact"));
        Checks.required(level, "level").ifPresent(l -> Checks.between(l, 1, 5, "level", "risk impact"));
    }

    /**
     * Returns an impact with all three dimensions.
     *
     * @param cost the cost impact
     * @param scheduleDays the schedule impact in working days
     * @param level the impact level, 1 to 5
     * @return the impact
     */
    public static RiskImpact of(Money cost, int scheduleDays, int level) {
        return new RiskImpact(Optional.of(cost), OptionalInt.of(scheduleDays), OptionalInt.of(level));
    }
}
