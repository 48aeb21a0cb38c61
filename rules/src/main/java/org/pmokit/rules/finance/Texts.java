package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.SortedSet;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Decimals;
import org.pmokit.rules.Display;
import org.pmokit.rules.Text;

/** How the finance pack writes numbers and shared reasons into its texts. */
final class Texts {

    /** The places of a fraction that a percentage with two decimals shows. */
    private static final int PLACES = 4;

    private Texts() {
    }

    /**
     * Writes a fraction as a percentage with at most two decimals: 0.175 is {@code 17.5%}, 0.2 is
     * {@code 20%}. As {@link #generalPercent}, but a fraction that, rounded half-even to four places,
     * has at most 14 digits is written from its unscaled value: no exponent, no trailing zeros.
     */
    static String percent(BigDecimal fraction) {
        // the fraction rounded half-even to 4 places is the percentage rounded to 2
        BigDecimal rounded = fraction.scale() <= PLACES ? fraction : fraction.setScale(PLACES, RoundingMode.HALF_EVEN);
        if (rounded.scale() < 0 || rounded.precision() > 14) { // 14 digits times 10^4 fit a long
            return generalPercent(fraction);
        }
        long units = rounded.unscaledValue().longValue() * Decimals.tenPower(PLACES - rounded.scale()); // hundredths of a percent
        long whole = Math.abs(units) / 100;
        int hundredths = (int) (Math.abs(units) % 100);
        StringBuilder text = new StringBuilder(24);
        if (units < 0) {
            text.append('-');
        }
        text.append(whole);
        if (hundredths != 0) { // the decimals without trailing zeros, as stripTrailingZeros leaves them
            text.append('.').append(hundredths / 10);
            if (hundredths % 10 != 0) {
                text.append(hundredths % 10);
            }
        }
        return text.append('%').toString();
    }

    /**
     * {@link #percent} the general way: the percentage rounded half-even to two places, trailing
     * zeros stripped, written without an exponent.
     */
    static String generalPercent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    /** Writes an amount with its currency and grouped digits, such as {@code CNY 8,000,000.00}. */
    static String money(Money money) {
        return Display.money(money);
    }

    /** Writes a band of fractions, such as {@code 15%-20%}. */
    static String band(BigDecimal low, BigDecimal high) {
        return percent(low) + "-" + percent(high);
    }

    /** The reason why a figure that would mix currencies is undefined. */
    static Text otherCurrency(String english, String chinese, SortedSet<String> others, Currency currency) {
        String code = currency.getCurrencyCode();
        return Text.of(english + " in " + String.join(", ", others) + ", not in the project's currency " + code,
                chinese + "币种 " + String.join("、", others) + " 与项目币种 " + code + " 不一致");
    }
}
