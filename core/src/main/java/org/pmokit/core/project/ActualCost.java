package org.pmokit.core.project;

import java.time.LocalDate;
import org.pmokit.core.money.Money;

/**
 * An actual cost booked against an activity on a date. A negative amount is a correction.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param date when it was booked
 * @param activity the activity
 * @param amount the amount
 */
public record ActualCost(LocalDate date, ActivityId activity, Money amount) {

    /**
     * Checks the parts.
     *
     * @param date the booking date
     * @param activity the activity
     * @param amount the amount
     */
    public ActualCost {
        Checks.required(date, "date");
        Checks.required(activity, "activity");
        Checks.required(amount, "amount");
    }
}
