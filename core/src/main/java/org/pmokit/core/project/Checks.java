package org.pmokit.core.project;

import java.math.BigDecimal;
import java.util.Objects;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.InvalidValueException;
import org.pmokit.core.validation.ViolationCode;

/**
 * The invariant checks that the model's constructors share. Messages name the value's subject, then
 * the rule and the offending value: {@code activity A12: budget must not be negative: CNY -1.00}.
 */
final class Checks {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Checks() {
    }

    static <T> T required(T value, String field) {
        return Objects.requireNonNull(value, field);
    }

    static int nonNegative(int value, String field, String subject) {
        if (value < 0) {
            throw InvalidValueException.of(field, ViolationCode.VALUE_NEGATIVE, subject + ": " + field, value);
        }
        return value;
    }

    static BigDecimal nonNegative(BigDecimal value, String field, String subject) {
        required(value, field);
        if (value.signum() < 0) {
            throw InvalidValueException.of(field, ViolationCode.VALUE_NEGATIVE, subject + ": " + field, value.toPlainString());
        }
        return value;
    }

    static Money nonNegative(Money value, String field, String subject) {
        required(value, field);
        if (value.isNegative()) {
            throw InvalidValueException.of(field, ViolationCode.VALUE_NEGATIVE, subject + ": " + field, value);
        }
        return value;
    }

    static int atLeast(int value, int min, String field, String subject) {
        if (value < min) {
            throw InvalidValueException.of(field, ViolationCode.VALUE_TOO_SMALL, subject + ": " + field, min, value);
        }
        return value;
    }

    static int between(int value, int min, int max, String field, String subject) {
        if (value < min || value > max) {
            throw InvalidValueException.of(field, ViolationCode.VALUE_OUT_OF_RANGE, subject + ": " + field, min, max, value);
        }
        return value;
    }

    static BigDecimal percent(BigDecimal value, String field, String subject) {
        required(value, field);
        if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
            throw InvalidValueException.of(field, ViolationCode.PERCENT_COMPLETE_OUT_OF_RANGE, subject, value.toPlainString());
        }
        return value;
    }

    static BigDecimal probability(BigDecimal value, String field, String subject) {
        required(value, field);
        if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw InvalidValueException.of(field, ViolationCode.PROBABILITY_OUT_OF_RANGE, subject, value.toPlainString());
        }
        return value;
    }
}
