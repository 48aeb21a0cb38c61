package org.pmokit.rules.finance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.pmokit.core.money.CurrencyMismatchException;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Limits;

/**
 * The net cash flow of an investment case per period, from period 0 to the last period with a cash
 * flow (the horizon): the project's {@link CashFlow}s summed exactly per period, with zero for a
 * period that has none. Negative is money spent, positive money gained or saved.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param currency the currency of every flow
 * @param flows the net flow of each period, indexed by period; empty if there are no cash flows
 */
public record CashFlowSeries(Currency currency, List<Money> flows) {

    /**
     * Checks and copies the parts: every flow is in the currency, and there are at most
     * {@link Limits#MAX_PERIOD} + 1 periods.
     *
     * @param currency the currency
     * @param flows the net flow per period
     * @throws CurrencyMismatchException if a flow is in another currency
     * @throws IllegalArgumentException if there are more periods than {@link Limits#MAX_PERIOD} allows
     */
    public CashFlowSeries {
        Objects.requireNonNull(currency, "currency");
        flows = List.copyOf(flows);
        if (flows.size() > Limits.MAX_PERIOD + 1) {
            throw new IllegalArgumentException("cash flow period must be at most " + Limits.MAX_PERIOD + ": "
                    + (flows.size() - 1));
        }
        for (Money flow : flows) {
            if (!flow.currency().equals(currency)) {
                throw new CurrencyMismatchException(currency, flow.currency());
            }
        }
    }

    /**
     * Sums cash flows per period.
     *
     * @param currency the currency, usually the project's
     * @param cashFlows the cash flows, in any order
     * @return the series, empty if there are no cash flows
     * @throws CurrencyMismatchException if a cash flow is in another currency
     * @throws IllegalArgumentException if a period is above {@link Limits#MAX_PERIOD}
     */
    public static CashFlowSeries of(Currency currency, Collection<CashFlow> cashFlows) {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(cashFlows, "cashFlows");
        int horizon = -1;
        for (CashFlow c : cashFlows) {
            if (c.period() > Limits.MAX_PERIOD) {
                throw new IllegalArgumentException("cash flow period must be at most " + Limits.MAX_PERIOD + ": "
                        + c.period());
            }
            horizon = Math.max(horizon, c.period());
        }
        // the first flow of a period is its own sum: zero plus an amount at the currency's scale is
        // that amount, at that scale; a period without a flow shares one zero
        Money[] flows = new Money[horizon + 1];
        for (CashFlow c : cashFlows) {
            Money amount = c.amount();
            Money sum = flows[c.period()];
            if (sum != null) {
                flows[c.period()] = sum.plus(amount);
            } else if (amount.currency().equals(currency)) {
                flows[c.period()] = amount;
            } else {
                throw new CurrencyMismatchException(currency, amount.currency()); // as zero.plus(amount)
            }
        }
        Money zero = Money.zero(currency);
        for (int t = 0; t <= horizon; t++) {
            if (flows[t] == null) {
                flows[t] = zero;
            }
        }
        return new CashFlowSeries(currency, Arrays.asList(flows));
    }

    /**
     * Returns the series of whole amounts in major units, period 0 first: for examples and tests,
     * such as {@code of(CNY, -1000, 500, 400, 300, 100)}.
     *
     * @param currency the currency
     * @param majorUnits the net flow of each period
     * @return the series
     */
    public static CashFlowSeries of(Currency currency, long... majorUnits) {
        Objects.requireNonNull(currency, "currency");
        List<Money> flows = new ArrayList<>();
        for (long amount : majorUnits) {
            flows.add(Money.of(currency, amount));
        }
        return new CashFlowSeries(currency, flows);
    }

    /**
     * Returns whether there are no cash flows.
     *
     * @return true if there is no period
     */
    public boolean isEmpty() {
        return flows.isEmpty();
    }

    /**
     * Returns the last period, the horizon of the case.
     *
     * @return the last period, -1 if empty
     */
    public int horizon() {
        return flows.size() - 1;
    }

    /**
     * Returns the net flow of a period.
     *
     * @param period the period, from 0 to the horizon
     * @return the net flow
     * @throws IndexOutOfBoundsException if the period is outside the series
     */
    public Money flow(int period) {
        return flows.get(period);
    }

    /**
     * Returns the sum of every flow: the cumulative cash flow at the horizon.
     *
     * @return the exact sum, zero if empty
     */
    public Money total() {
        Money sum = Money.zero(currency);
        for (Money flow : flows) {
            sum = sum.plus(flow);
        }
        return sum;
    }
}
