package org.pmokit.rules;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Objects;
import org.pmokit.core.money.Money;

/**
 * An exact running sum of amounts in one currency, for the totals that rule packs take over a
 * project's lists: budgets, costs, expected monetary values.
 *
 * <p>The total is the money that adding the amounts one by one with {@link Money#plus}, from zero,
 * gives: the same value at the same scale, and the same error if a partial sum grows beyond
 * {@link Money#MAX_INTEGER_DIGITS} integer digits. While the sum fits in a {@code long} of minor
 * units it is kept as one, which no partial sum of that size can exceed, so a total of many amounts
 * makes one {@link Money} instead of one per amount; beyond that range, or for an amount that is not
 * at the currency's scale, it goes on with {@link Money#plus}. An amount in another currency is not
 * added: {@link #add} says so, and the caller decides what that means.
 *
 * <p>This class is mutable and not thread-safe, like a {@link StringBuilder}: a sum belongs to
 * one computation on one thread, and only its {@link #total} leaves it.
 */
public final class MoneySum {

    /** The largest precision whose every unscaled value fits in a {@code long}. */
    private static final int LONG_DIGITS = 18;

    private final Currency currency;
    private final int scale;
    /** The sum in minor units, while {@link #money} is null. */
    private long minor;
    /** The sum, once it has left the minor-unit path; null before. */
    private Money money;

    /**
     * Starts a sum at zero.
     *
     * @param currency the currency of the amounts to add
     */
    public MoneySum(Currency currency) {
        this.currency = Objects.requireNonNull(currency, "currency");
        this.scale = Money.zero(currency).amount().scale();
    }

    /**
     * Adds an amount if it is in the sum's currency.
     *
     * @param amount the amount
     * @return true if it was added, false if it is in another currency (and was not added)
     * @throws IllegalArgumentException if the sum grows beyond {@link Money#MAX_INTEGER_DIGITS}
     *         integer digits, as {@link Money#plus} does
     */
    public boolean add(Money amount) {
        if (!amount.currency().equals(currency)) {
            return false;
        }
        if (money == null) {
            BigDecimal value = amount.amount();
            if (value.scale() == scale && value.precision() <= LONG_DIGITS) {
                long units = value.scaleByPowerOfTen(scale).longValue();
                long sum = minor + units;
                if (((minor ^ sum) & (units ^ sum)) >= 0) { // no overflow
                    minor = sum;
                    return true;
                }
            }
            money = Money.ofMinor(currency, minor);
        }
        money = money.plus(amount);
        return true;
    }

    /**
     * Returns the sum so far.
     *
     * @return the total of the amounts added, zero if none
     */
    public Money total() {
        return money != null ? money : Money.ofMinor(currency, minor);
    }
}
