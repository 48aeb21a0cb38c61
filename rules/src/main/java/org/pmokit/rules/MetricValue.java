package org.pmokit.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.pmokit.core.money.Money;

/**
 * A computed metric: an amount of money, a ratio, a quantity with a unit, a date, or an explicit
 * "undefined, because ..." (FORMULAS.md section 5) — never 0, NaN, infinity or null in its place.
 */
public sealed interface MetricValue {

    /**
     * An amount of money, exact.
     *
     * @param money the amount
     */
    record Amount(Money money) implements MetricValue {
        /**
         * Checks the amount.
         *
         * @param money the amount
         */
        public Amount {
            Objects.requireNonNull(money, "money");
        }
    }

    /**
     * A ratio or index, such as CPI, or a share as a fraction (0.175 for 17.5%).
     *
     * @param value the ratio, finite
     */
    record Ratio(double value) implements MetricValue {
        /**
         * Checks that the ratio is finite.
         *
         * @param value the ratio
         */
        public Ratio {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a ratio must be finite; use Undefined: " + value);
            }
        }
    }

    /**
     * A quantity with a unit, such as working days or a count.
     *
     * @param value the quantity, finite
     * @param unit the unit, such as {@code days} or {@code risks}
     */
    record Quantity(double value, String unit) implements MetricValue {
        /**
         * Checks the parts.
         *
         * @param value the quantity
         * @param unit the unit
         */
        public Quantity {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("a quantity must be finite; use Undefined: " + value);
            }
            Objects.requireNonNull(unit, "unit");
        }
    }

    /**
     * A date, such as a forecast finish.
     *
     * @param date the date
     */
    record Date(LocalDate date) implements MetricValue {
        /**
         * Checks the date.
         *
         * @param date the date
         */
        public Date {
            Objects.requireNonNull(date, "date");
        }
    }

    /**
     * A metric that cannot be computed, with the reason.
     *
     * @param reason why, in both languages, such as "nothing planned yet"
     */
    record Undefined(Text reason) implements MetricValue {
        /**
         * Checks the reason.
         *
         * @param reason the reason
         */
        public Undefined {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
