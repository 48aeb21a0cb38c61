package org.pmokit.core.project;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;

/**
 * A proposed edit of an existing activity: each present part replaces the activity's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param activity the activity to change
 * @param name the new name
 * @param duration the new duration in working days
 * @param budget the new budget
 */
public record ActivityModification(
        ActivityId activity,
        Optional<@NonBlank @Size(max = Limits.NAME) String> name,
        OptionalInt duration,
        Optional<Money> budget) {

    /**
     * Checks the parts: the duration and the budget must not be negative.
     *
     * @param activity the activity
     * @param name the new name
     * @param duration the new duration
     * @param budget the new budget
     */
    public ActivityModification {
        Checks.required(activity, "activity");
        Checks.required(name, "name");
        Checks.required(duration, "duration").ifPresent(d -> Checks.nonNegative(d, "duration", "modification of " + activity));
        Checks.required(budget, "budget").ifPresent(b -> Checks.nonNegative(b, "budget", "modification of " + activity));
    }
}
