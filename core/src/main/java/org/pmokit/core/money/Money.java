package org.pmokit.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An amount of money in one currency, held exactly at the currency's scale (CNY and USD 2, JPY 0).
 *
 * <p>Arithmetic never uses {@code double}: sums and differences are exact, products and quotients
 * take an explicit {@link RoundingMode}. Combining two currencies throws
 * {@link CurrencyMismatchException}. The text form is the ISO currency code, a space and the plain
 * amount ({@code CNY 2400000.00}); {@link #parse(CharSequence)} reads it back, so
 * {@code parse(m.toString()).equals(m)} always holds.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Money implements Comparable<Money> {

    /** Digits allowed in an amount's integer part: far above any budget, far below a memory risk. */
    public static final int MAX_INTEGER_DIGITS = 30;

    private final BigDecimal amount;
    private final Currency currency;

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount;
        this.currency = currency;
    }

    /**
     * Returns the money for an amount that is already exact at the currency's scale.
     *
     * <p>Trailing zeros beyond the scale are accepted ({@code 1.500} CNY is {@code 1.50});
     * a digit that would be lost is an error, never silently rounded.
     *
     * @param currency the currency
     * @param amount the amount
     * @return the money
     * @throws ArithmeticException if the amount has more decimal places than the currency allows
     * @throws IllegalArgumentException if the amount has more than {@value #MAX_INTEGER_DIGITS} integer digits
     */
    public static Money of(Currency currency, BigDecimal amount) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(amount, "amount");
        int scale = scaleOf(currency);
        if (amount.scale() == scale) {
            // Already at the currency's scale (as every amount this library writes): nothing to strip
            // or set, and the result of the general way below would be this very value.
            checkMagnitude(amount);
            return new Money(amount, currency);
        }
        // Decide on precision and scale first: setScale on a hostile exponent (1E+999999999 or
        // 1E-999999999) would expand it to a billion digits.
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > scale) {
            throw new ArithmeticException("amount has more decimal places than " + currency.getCurrencyCode()
                    + " allows (" + scale + "): " + describe(amount));
        }
        checkMagnitude(amount); // integer digits (precision - scale) do not depend on trailing zeros
        return new Money(stripped.setScale(scale, RoundingMode.UNNECESSARY), currency);
    }

    /**
     * Returns the money for an amount given as a decimal string, such as {@code "2400000.00"}.
     *
     * @param currency the currency
     * @param amount the amount in plain or scientific decimal notation
     * @return the money
     * @throws NumberFormatException if the amount is not a decimal number
     * @throws ArithmeticException if the amount has more decimal places than the currency allows
     */
    public static Money of(Currency currency, String amount) {
        Objects.requireNonNull(amount, "amount");
        return of(currency, parseDecimal(amount));
    }

    /**
     * Returns the money for a whole number of major units, for example {@code of(CNY, 350_000)}.
     *
     * @param currency the currency
     * @param majorUnits the amount in major units
     * @return the money
     */
    public static Money of(Currency currency, long majorUnits) {
        return of(currency, BigDecimal.valueOf(majorUnits));
    }

    /**
     * Returns the money for an amount given as a decimal string, with the currency as an ISO code.
     *
     * @param currencyCode the ISO 4217 code, such as {@code CNY}
     * @param amount the amount
     * @return the money
     * @throws IllegalArgumentException if the code is not an ISO 4217 currency
     */
    public static Money of(String currencyCode, String amount) {
        return of(currency(currencyCode), amount);
    }

    /**
     * Returns the money for an amount in minor units (fen for CNY, cents for USD).
     *
     * @param currency the currency
     * @param minorUnits the amount in minor units
     * @return the money
     */
    public static Money ofMinor(Currency currency, long minorUnits) {
        Objects.requireNonNull(currency, "currency");
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    /**
     * Returns zero in the currency.
     *
     * @param currency the currency
     * @return zero at the currency's scale
     */
    public static Money zero(Currency currency) {
        Objects.requireNonNull(currency, "currency");
        return new Money(BigDecimal.ZERO.setScale(scaleOf(currency)), currency);
    }

    /**
     * Reads the text form written by {@link #toString()}: the ISO code, one space, the amount.
     *
     * @param text such as {@code CNY 2400000.00} or {@code JPY -500}
     * @return the money
     * @throws IllegalArgumentException if the text is not in that form (the message quotes it)
     */
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString();
        int space = s.indexOf(' ');
        if (space != 3 || s.length() < 5 || s.indexOf(' ', space + 1) >= 0) {
            throw new IllegalArgumentException(
                    "money must be a currency code, a space and an amount, such as 'CNY 12.50': '" + abbreviate(s) + "'");
        }
        try {
            return of(currency(s.substring(0, 3)), s.substring(4));
        } catch (ArithmeticException | IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid money '" + abbreviate(s) + "': " + e.getMessage(), e);
        }
    }

    /**
     * Returns the amount, at the currency's scale.
     *
     * @return the amount
     */
    public BigDecimal amount() {
        return amount;
    }

    /**
     * Returns the currency.
     *
     * @return the currency
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the amount in minor units, exactly.
     *
     * @return the amount in minor units
     * @throws ArithmeticException if it does not fit in a {@code long}
     */
    public long toMinorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    /**
     * Returns the sum of this and another amount in the same currency.
     *
     * @param other the amount to add
     * @return the exact sum
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money plus(Money other) {
        checkSameCurrency(other);
        return new Money(checkMagnitude(amount.add(other.amount)), currency);
    }

    /**
     * Returns this amount less another amount in the same currency.
     *
     * @param other the amount to subtract
     * @return the exact difference
     * @throws CurrencyMismatchException if the currencies differ
     */
    public Money minus(Money other) {
        checkSameCurrency(other);
        return new Money(checkMagnitude(amount.subtract(other.amount)), currency);
    }

    /**
     * Returns this amount multiplied by a whole number, exactly.
     *
     * @param factor the factor
     * @return the exact product
     */
    public Money multipliedBy(long factor) {
        return new Money(checkMagnitude(amount.multiply(BigDecimal.valueOf(factor))), currency);
    }

    /**
     * Returns this amount multiplied by a decimal factor, rounded to the currency's scale.
     *
     * @param factor the factor, such as a rate or a share
     * @param rounding how to round to the currency's scale
     * @return the rounded product
     * @throws ArithmeticException if rounding is needed and {@code rounding} is {@code UNNECESSARY}
     */
    public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(rounding, "rounding");
        return new Money(checkMagnitude(amount.multiply(factor).setScale(amount.scale(), rounding)), currency);
    }

    /**
     * Returns this amount divided by a decimal divisor, rounded to the currency's scale.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round to the currency's scale
     * @return the rounded quotient
     * @throws ArithmeticException if the divisor is zero, or rounding is needed and is {@code UNNECESSARY}
     */
    public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
        Objects.requireNonNull(divisor, "divisor");
        Objects.requireNonNull(rounding, "rounding");
        if (divisor.signum() == 0) {
            throw new ArithmeticException("cannot divide " + this + " by zero");
        }
        return new Money(checkMagnitude(amount.divide(divisor, amount.scale(), rounding)), currency);
    }

    /**
     * Returns this amount divided by a whole number, rounded to the currency's scale.
     *
     * @param divisor the divisor, not zero
     * @param rounding how to round to the currency's scale
     * @return the rounded quotient
     */
    public Money dividedBy(long divisor, RoundingMode rounding) {
        return dividedBy(BigDecimal.valueOf(divisor), rounding);
    }

    /**
     * Returns the amount with the opposite sign.
     *
     * @return the negated money
     */
    public Money negated() {
        return new Money(amount.negate(), currency);
    }

    /**
     * Returns the absolute amount.
     *
     * @return this if not negative, otherwise the negated money
     */
    public Money abs() {
        return isNegative() ? negated() : this;
    }

    /**
     * Returns whether the amount is zero.
     *
     * @return true if zero
     */
    public boolean isZero() {
        return amount.signum() == 0;
    }

    /**
     * Returns whether the amount is below zero.
     *
     * @return true if negative
     */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /**
     * Returns whether the amount is above zero.
     *
     * @return true if positive
     */
    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /**
     * Returns whether this amount is greater than another in the same currency.
     *
     * @param other the other amount
     * @return true if greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    /**
     * Returns whether this amount is less than another in the same currency.
     *
     * @param other the other amount
     * @return true if less
     * @throws CurrencyMismatchException if the currencies differ
     */
    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    /**
     * Returns the ratio of this amount to another in the same currency, to the given precision.
     *
     * @param denominator the other amount, not zero
     * @param scale the decimal places of the result
     * @param rounding how to round the result
     * @return the ratio
     * @throws CurrencyMismatchException if the currencies differ
     * @throws ArithmeticException if the denominator is zero
     */
    public BigDecimal ratioTo(Money denominator, int scale, RoundingMode rounding) {
        checkSameCurrency(denominator);
        if (denominator.isZero()) {
            throw new ArithmeticException("cannot divide " + this + " by zero");
        }
        return amount.divide(denominator.amount, scale, rounding);
    }

    /**
     * Compares amounts in the same currency.
     *
     * @param other the other amount
     * @return negative, zero or positive as this is less, equal or greater
     * @throws CurrencyMismatchException if the currencies differ
     */
    @Override
    public int compareTo(Money other) {
        checkSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.equals(m.amount);
    }

    @Override
    public int hashCode() {
        return 31 * currency.hashCode() + amount.hashCode();
    }

    /**
     * Returns the text form, the ISO code, a space and the plain amount: {@code CNY 2400000.00}.
     *
     * @return the text form that {@link #parse(CharSequence)} reads
     */
    @Override
    public String toString() {
        return currency.getCurrencyCode() + ' ' + amount.toPlainString();
    }

    private void checkSameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
    }

    private static int scaleOf(Currency currency) {
        int digits = currency.getDefaultFractionDigits();
        return Math.max(digits, 0); // pseudo-currencies such as XAU have no minor unit
    }

    private static BigDecimal checkMagnitude(BigDecimal value) {
        if (value.signum() != 0 && value.precision() - value.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException(
                    "amount must have at most " + MAX_INTEGER_DIGITS + " integer digits: " + describe(value));
        }
        return value;
    }

    /** The plain amount for a message, or the scientific form where the plain one would be huge. */
    private static String describe(BigDecimal value) {
        return Math.abs((long) value.scale()) <= 100 ? abbreviate(value.toPlainString()) : abbreviate(value.toString());
    }

    private static BigDecimal parseDecimal(String amount) {
        // Guard against hostile exponents (1e999999999) before BigDecimal expands them.
        if (amount.length() > MAX_INTEGER_DIGITS + 40) {
            throw new NumberFormatException("amount is too long (" + amount.length() + " characters): " + abbreviate(amount));
        }
        if (!isAsciiDecimal(amount)) {
            throw new NumberFormatException("amount is not a decimal number: '" + abbreviate(amount) + "'");
        }
        BigDecimal value;
        try {
            value = new BigDecimal(amount);
        } catch (NumberFormatException e) {
            throw new NumberFormatException("amount is not a decimal number: '" + abbreviate(amount) + "'");
        }
        if (value.scale() < -MAX_INTEGER_DIGITS || value.scale() > MAX_INTEGER_DIGITS + 10) {
            throw new NumberFormatException("amount exponent is out of range: " + abbreviate(amount));
        }
        return value;
    }

    /** BigDecimal also reads other scripts' digits; money is written with ASCII digits only. */
    private static boolean isAsciiDecimal(String amount) {
        for (int i = 0; i < amount.length(); i++) {
            char c = amount.charAt(i);
            if (!((c >= '0' && c <= '9') || c == '.' || c == '-' || c == '+' || c == 'e' || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private static Currency currency(String code) {
        Objects.requireNonNull(code, "currencyCode");
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown ISO 4217 currency code: '" + abbreviate(code) + "'", e);
        }
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 57) + "...";
    }
}
