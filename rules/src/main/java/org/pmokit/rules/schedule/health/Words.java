package org.pmokit.rules.schedule.health;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.pmokit.rules.Text;

/**
 * How the schedule pack writes numbers and lists into its texts. Rounding happens only here.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Words {

    /** The most items a message lists; the rest are counted. */
    static final int LISTED = 10;

    private Words() {
    }

    /**
     * Writes a count out of a population as a percentage with one decimal, rounded half-even:
     * 2 of 16 is {@code 12.5%}, 1 of 23 is {@code 4.3%}; 0 of 0 is {@code 0.0%}.
     */
    static String percent(int count, int population) {
        if (population == 0) {
            return "0.0%";
        }
        return BigDecimal.valueOf(count).movePointRight(2)
                .divide(BigDecimal.valueOf(population), 1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /** Writes a policy share as a percentage, as precise as written: 0.05 is {@code 5%}, 0.905 is {@code 90.5%}. */
    static String policyPercent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /** Writes an index with two decimals, rounded half-even: 79 / 98 is {@code 0.81}. */
    static String index(int numerator, int denominator) {
        return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_EVEN)
                .toPlainString();
    }

    /** Writes a policy value as written, without trailing zeros: 0.95 is {@code 0.95}, 1.0 is {@code 1}. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /** Writes a number of working days in English: {@code 1 working day}, {@code -2 working days}. */
    static String days(int n) {
        return n == 1 ? "1 working day" : n + " working days";
    }

    /** Writes a number of working days in English and Chinese: {@code 2 working days}, {@code 2 个工作日}. */
    static Text workingDays(int n) {
        return Text.of(days(n), n + " 个工作日");
    }

    /** Writes a number of activities in English: {@code 1 activity}, {@code 12 activities}. */
    static String activities(int n) {
        return n == 1 ? "1 activity" : n + " activities";
    }

    /** Lists items in English: {@code A1, A2}; beyond {@value #LISTED}, {@code A1, ..., A10 and 5 more}. */
    static String english(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join(", ", items);
        }
        return String.join(", ", items.subList(0, LISTED)) + " and " + (items.size() - LISTED) + " more";
    }

    /** Lists items in Chinese: {@code A1、A2}; beyond {@value #LISTED}, {@code A1、…、A10 等 15 项}. */
    static String chinese(List<String> items) {
        if (items.size() <= LISTED) {
            return String.join("、", items);
        }
        return String.join("、", items.subList(0, LISTED)) + " 等 " + items.size() + " 项";
    }
}
