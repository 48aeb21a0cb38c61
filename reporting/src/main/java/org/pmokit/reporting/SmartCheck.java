package org.pmokit.reporting;

import java.util.Objects;

/**
 * One SMART criterion of one goal: met, or not met because the rule that checks it found something.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param criterion the criterion
 * @param met true when the evaluation has no finding of the criterion's rule on the goal
 */
public record SmartCheck(SmartCriterion criterion, boolean met) {

    /**
     * Checks the criterion.
     *
     * @param criterion the criterion
     * @param met whether it is met
     */
    public SmartCheck {
        Objects.requireNonNull(criterion, "criterion");
    }
}
