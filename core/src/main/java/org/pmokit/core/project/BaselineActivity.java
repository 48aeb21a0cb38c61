package org.pmokit.core.project;

import java.time.LocalDate;
import org.pmokit.core.money.Money;

/**
 * One activity as a baseline fixed it: planned start, planned finish and budget.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param activity the activity
 * @param start the baseline start date
 * @param finish the baseline finish date (inclusive)
 * @param budget the baseline budget
 */
public record BaselineActivity(ActivityId activity, LocalDate start, LocalDate finish, Money budget) {

    /**
     * Checks the parts: the budget must not be negative.
     *
     * @param activity the activity
     * @param start the start
     * @param finish the finish
     * @param budget the budget
     */
    public BaselineActivity {
        Checks.required(activity, "activity");
        Checks.required(start, "start");
        Checks.required(finish, "finish");
        Checks.nonNegative(budget, "budget", "baseline of " + activity);
    }
}
