package org.pmokit.core.project;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.pmokit.core.money.Money;

/**
 * A net cash flow of the investment case in one period: negative for money spent (the
 * investment), positive for money gained or saved. Period 0 is the start; the discount rate of the
 * policy is per period.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param period the period, from 0
 * @param amount the net amount of the period
 * @param description what it is, such as "licence savings"
 */
public record CashFlow(@Max(Limits.MAX_PERIOD) int period, Money amount,
        Optional<@NonBlank @Size(max = Limits.SHORT) String> description) {

    /**
     * Checks the parts: the period is not negative.
     *
     * @param period the period
     * @param amount the amount
     * @param description the description
     */
    public CashFlow {
        Checks.nonNegative(period, "period", "cash flow");
        Checks.required(amount, "amount");
        Checks.required(description, "description");
    }

    /**
     * Returns a cash flow without a description.
     *
     * @param period the period
     * @param amount the amount
     * @return the cash flow
     */
    public static CashFlow of(int period, Money amount) {
        return new CashFlow(period, amount, Optional.empty());
    }
}
