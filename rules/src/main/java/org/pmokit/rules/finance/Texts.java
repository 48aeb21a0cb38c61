package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.SortedSet;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Display;
import org.pmokit.rules.Text;

/** How the finance pack writes numbers and shared reasons into its texts. */
final class Texts {

    private Texts() {
    }

    /**
     * Writes a fraction as a percentage with at most two decimals: 0.175 is {@code 17.5%}, 0.2 is
     * {@code 20%}.
     */
    static String percent(BigDecimal fraction) {
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
