package org.pmokit.rules;

import java.math.BigDecimal;
import java.util.Objects;
import org.pmokit.core.money.Money;

/**
 * How rule messages show values to a reader, the same in every pack.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Display {

    private Display() {
    }

    /**
     * Writes an amount with its currency and its integer digits grouped in threes by commas, at the
     * currency's scale, as {@code String.format("%,.2f")} would in an English locale but without
     * its cost: {@code CNY 8,000,000.00}, {@code CNY -545,000.00}, {@code JPY 1,500}.
     *
     * @param money the amount
     * @return the text
     */
    public static String money(Money money) {
        Objects.requireNonNull(money, "money");
        return money.currency().getCurrencyCode() + " " + grouped(money.amount());
    }

    private static String grouped(BigDecimal amount) {
        String plain = amount.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        if (point < 0) {
            point = plain.length();
        }
        StringBuilder out = new StringBuilder(plain.length() + (point - start) / 3);
        out.append(plain, 0, start);
        for (int i = start; i < point; i++) {
            if (i > start && (point - i) % 3 == 0) {
                out.append(',');
            }
            out.append(plain.charAt(i));
        }
        return out.append(plain, point, plain.length()).toString();
    }
}
