package org.pmokit.reporting;

import java.util.Currency;
import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.rules.MetricValue;

/**
 * The totals of the projects of a portfolio that share a currency: amounts are never added across
 * currencies. The earned value sums count the projects that could be measured; the indices are those
 * of the sums (CPI = sum EV / sum AC, SPI = sum EV / sum PV).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param currency the currency
 * @param projects how many projects are in this currency
 * @param measured how many of them have earned value figures
 * @param bac the sum of BAC of the measured projects
 * @param pv the sum of PV of the measured projects
 * @param ev the sum of EV of the measured projects
 * @param ac the sum of AC of the measured projects
 * @param cpi sum EV / sum AC, or undefined
 * @param spi sum EV / sum PV, or undefined
 * @param emvTotal the sum of the net EMV of the open risks
 * @param suggestedContingency the sum of the suggested contingency reserves
 */
public record PortfolioTotals(Currency currency, int projects, int measured, Money bac, Money pv, Money ev, Money ac,
        MetricValue cpi, MetricValue spi, Money emvTotal, Money suggestedContingency) {

    /**
     * Checks the parts.
     *
     * @param currency the currency
     * @param projects the project count
     * @param measured the measured count
     * @param bac the BAC sum
     * @param pv the PV sum
     * @param ev the EV sum
     * @param ac the AC sum
     * @param cpi the CPI
     * @param spi the SPI
     * @param emvTotal the EMV sum
     * @param suggestedContingency the contingency sum
     */
    public PortfolioTotals {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(bac, "bac");
        Objects.requireNonNull(pv, "pv");
        Objects.requireNonNull(ev, "ev");
        Objects.requireNonNull(ac, "ac");
        Objects.requireNonNull(cpi, "cpi");
        Objects.requireNonNull(spi, "spi");
        Objects.requireNonNull(emvTotal, "emvTotal");
        Objects.requireNonNull(suggestedContingency, "suggestedContingency");
    }
}
