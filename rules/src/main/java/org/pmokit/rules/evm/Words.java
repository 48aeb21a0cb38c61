package org.pmokit.rules.evm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Display;

/** How the earned value rules write numbers into their texts; rounding happens only here. */
final class Words {

    private Words() {
    }

    /** An index with three decimals, half-even: 0.936315... is {@code 0.936}. */
    static String index(double value) {
        return BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Working days with one decimal, half-even: 78.35 is {@code 78.4}. */
    static String days(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** A threshold as the policy holds it, such as {@code 0.95}. */
    static String threshold(BigDecimal value) {
        return value.toPlainString();
    }

    /** An amount with its currency and grouped digits, such as {@code CNY 8,000,000.00}. */
    static String money(Money money) {
        return Display.money(money);
    }
}
