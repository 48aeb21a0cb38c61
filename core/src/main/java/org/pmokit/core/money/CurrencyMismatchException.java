package org.pmokit.core.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts in two different currencies.
 *
 * <p>The message names both currencies, for example
 * {@code currency mismatch: CNY and USD}.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The first currency (serializable since Java 1.4). */
    private final Currency first;
    /** The second currency. */
    private final Currency second;

    /**
     * Creates the exception.
     *
     * @param first the currency of the left operand
     * @param second the currency of the right operand
     */
    public CurrencyMismatchException(Currency first, Currency second) {
        super("currency mismatch: " + Objects.requireNonNull(first, "first").getCurrencyCode() + " and "
                + Objects.requireNonNull(second, "second").getCurrencyCode());
        this.first = first;
        this.second = second;
    }

    /**
     * Returns the currency of the left operand.
     *
     * @return the first currency
     */
    public Currency first() {
        return first;
    }

    /**
     * Returns the currency of the right operand.
     *
     * @return the second currency
     */
    public Currency second() {
        return second;
    }
}
