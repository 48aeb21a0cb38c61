package org.pmokit.rules.evm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.rules.Text;

/**
 * Exchange rates into one currency, given explicitly by the host, for a portfolio of projects in
 * several currencies ({@link PortfolioEvm}). PMO Kit has no rates of its own and never guesses one.
 *
 * <p>A rate is the amount of the target currency for one unit of another: with target CNY, a rate
 * of {@code 7.1} for USD converts USD 1.00 into CNY 7.10. Each project's sums are converted once,
 * exactly, and rounded half-even to the target's minor unit; the portfolio adds the converted sums.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ExchangeRates {

    private final Currency target;
    private final Map<Currency, BigDecimal> rates;

    private ExchangeRates(Currency target, Map<Currency, BigDecimal> rates) {
        this.target = target;
        this.rates = rates;
    }

    /**
     * Returns rates into a currency, knowing only the currency itself (at 1).
     *
     * @param target the currency of the portfolio's sums
     * @return the rates
     */
    public static ExchangeRates to(Currency target) {
        return new ExchangeRates(Objects.requireNonNull(target, "target"), Map.of());
    }

    /**
     * Returns these rates with the rate of one more currency.
     *
     * @param from the currency
     * @param rate the amount of the target currency for one unit of {@code from}, positive
     * @return the changed rates
     * @throws IllegalArgumentException if the rate is not positive, or {@code from} is the target
     *         with a rate other than 1
     */
    public ExchangeRates with(Currency from, BigDecimal rate) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(rate, "rate");
        if (rate.signum() <= 0) {
            throw new IllegalArgumentException("exchange rate from " + from + " to " + target + " must be positive: "
                    + rate.toPlainString());
        }
        if (from.equals(target) && rate.compareTo(BigDecimal.ONE) != 0) {
            throw new IllegalArgumentException("exchange rate from " + from + " to itself must be 1: " + rate.toPlainString());
        }
        Map<Currency, BigDecimal> copy = new LinkedHashMap<>(rates);
        copy.put(from, rate);
        return new ExchangeRates(target, Collections.unmodifiableMap(copy));
    }

    /**
     * Returns the target currency.
     *
     * @return the currency of converted amounts
     */
    public Currency target() {
        return target;
    }

    /**
     * Returns the rate of a currency.
     *
     * @param from the currency
     * @return the rate, 1 for the target, empty if unknown
     */
    public Optional<BigDecimal> rate(Currency from) {
        Objects.requireNonNull(from, "from");
        return from.equals(target) ? Optional.of(BigDecimal.ONE) : Optional.ofNullable(rates.get(from));
    }

    /** Converts minor units of a currency into minor units of the target, rounded half-even. */
    long convert(long minor, Currency from) {
        if (from.equals(target)) {
            return minor;
        }
        BigDecimal rate = rate(from).orElseThrow(() -> new EvmInputException(Reasons.noRate(from, target)));
        BigDecimal amount = BigDecimal.valueOf(minor, digits(from)).multiply(rate);
        try {
            return amount.setScale(digits(target), RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new EvmInputException(Reasons.tooLarge(Text.of("the converted amounts", "折算金额")));
        }
    }

    private static int digits(Currency currency) {
        return Math.max(currency.getDefaultFractionDigits(), 0);
    }

    /**
     * Returns the target and the rates.
     *
     * @return such as {@code ExchangeRates[to CNY, USD=7.1]}
     */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("ExchangeRates[to ").append(target);
        rates.forEach((c, r) -> s.append(", ").append(c).append('=').append(r.toPlainString()));
        return s.append(']').toString();
    }
}
