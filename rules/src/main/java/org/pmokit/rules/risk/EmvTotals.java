package org.pmokit.rules.risk;

import java.util.Currency;
import java.util.List;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.rules.MoneySum;

/**
 * The EMV totals of a list of scored risks (FORMULAS.md section 6), for {@link RiskAssessment}:
 * the sum of the threats' EMVs, the sum of the opportunities', and the exposure of each category,
 * the sum of |EMV| of its risks. Amounts in another currency than the totals' are left out, as
 * {@link MoneySum#add} leaves them out.
 *
 * <p>The general way sums {@link Money} with {@link MoneySum}. The fast way sums the EMVs' minor
 * units in {@code long}s ({@link MinorUnits}), which makes no {@link MoneySum} and no |EMV| per
 * threat; it gives up, and the general way runs, as soon as an amount has more than 18 digits or
 * is not at the scale of the first one, or a partial sum overflows. Where every partial sum fits,
 * both ways add the same integers exactly, neither reaches {@link MoneySum}'s limit of
 * {@link Money#MAX_INTEGER_DIGITS} integer digits, and both end in {@link Money#ofMinor}: the
 * totals are equal, scale included.
 *
 * <p>This class is immutable and thread-safe.
 */
final class EmvTotals {

    private static final RiskCategory[] CATEGORIES = RiskCategory.values();

    private final Money threats;
    private final Money opportunities;
    /** The exposure of each category, by ordinal. */
    private final Money[] exposure;

    private EmvTotals(Money threats, Money opportunities, Money[] exposure) {
        this.threats = threats;
        this.opportunities = opportunities;
        this.exposure = exposure;
    }

    /**
     * Returns the totals of the results: the fast way where it fits, else the general way.
     *
     * @param currency the currency of the totals
     * @param results the results to sum, such as the open risks
     * @return the totals
     */
    static EmvTotals of(Currency currency, List<RiskResult> results) {
        EmvTotals fast = inMinorUnits(currency, results);
        return fast != null ? fast : general(currency, results);
    }

    /**
     * Returns the totals summed in minor units.
     *
     * @param currency the currency of the totals
     * @param results the results to sum
     * @return the totals, or null where a value or a partial sum does not fit in a {@code long}
     */
    static EmvTotals inMinorUnits(Currency currency, List<RiskResult> results) {
        long threats = 0;
        long opportunities = 0;
        long[] byCategory = new long[CATEGORIES.length];
        int scale = -1;
        for (int i = 0, n = results.size(); i < n; i++) {
            RiskResult r = results.get(i);
            Money emv = r.emv();
            if (!emv.currency().equals(currency)) {
                continue;
            }
            if (scale < 0) {
                scale = emv.amount().scale();
            }
            long minor = MinorUnits.unscaled(emv.amount());
            if (minor == MinorUnits.NONE || emv.amount().scale() != scale) {
                return null;
            }
            if (r.isThreat()) {
                threats = MinorUnits.plus(threats, minor);
            } else {
                opportunities = MinorUnits.plus(opportunities, minor);
            }
            int c = r.risk().category().ordinal();
            byCategory[c] = MinorUnits.plus(byCategory[c], Math.abs(minor)); // minor is not NONE: |minor| fits
            if (threats == MinorUnits.NONE || opportunities == MinorUnits.NONE || byCategory[c] == MinorUnits.NONE) {
                return null;
            }
        }
        Money[] exposure = new Money[byCategory.length];
        for (int c = 0; c < exposure.length; c++) {
            exposure[c] = Money.ofMinor(currency, byCategory[c]);
        }
        return new EmvTotals(Money.ofMinor(currency, threats), Money.ofMinor(currency, opportunities), exposure);
    }

    /**
     * Returns the totals summed with {@link MoneySum}.
     *
     * @param currency the currency of the totals
     * @param results the results to sum
     * @return the totals
     */
    static EmvTotals general(Currency currency, List<RiskResult> results) {
        MoneySum threatSum = new MoneySum(currency);
        MoneySum opportunitySum = new MoneySum(currency);
        MoneySum[] byCategory = new MoneySum[CATEGORIES.length];
        for (int c = 0; c < byCategory.length; c++) {
            byCategory[c] = new MoneySum(currency);
        }
        for (RiskResult r : results) {
            (r.isThreat() ? threatSum : opportunitySum).add(r.emv());
            byCategory[r.risk().category().ordinal()].add(r.emv().abs());
        }
        Money[] exposure = new Money[byCategory.length];
        for (int c = 0; c < exposure.length; c++) {
            exposure[c] = byCategory[c].total();
        }
        return new EmvTotals(threatSum.total(), opportunitySum.total(), exposure);
    }

    /**
     * Returns the sum of the threats' EMVs.
     *
     * @return the sum, zero or negative for the EMVs of threats
     */
    Money threats() {
        return threats;
    }

    /**
     * Returns the sum of the opportunities' EMVs.
     *
     * @return the sum
     */
    Money opportunities() {
        return opportunities;
    }

    /**
     * Returns the exposure of a category.
     *
     * @param category the category
     * @return the sum of |EMV| of its risks
     */
    Money exposure(RiskCategory category) {
        return exposure[category.ordinal()];
    }
}
