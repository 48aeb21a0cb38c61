package org.pmokit.core.validation;

import java.util.Locale;
import java.util.Objects;

/**
 * Thrown when a value of the model is made with a part that breaks one of its invariants, such as
 * a negative duration or a probability above 1.
 *
 * <p>It carries the {@link Violation}, with a path relative to the value being made
 * ({@code duration}), so that a reader of a project document can place it
 * ({@code activities[A12].duration}) and go on collecting the others. The message is the English
 * message of the violation: {@code activity A12: duration must not be negative: -3}.
 */
public final class InvalidValueException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The violation; records are serializable when their components are. */
    private final transient Violation violation;

    /**
     * Creates the exception.
     *
     * @param violation what is wrong
     */
    public InvalidValueException(Violation violation) {
        super(Objects.requireNonNull(violation, "violation").message(Locale.ENGLISH));
        this.violation = violation;
    }

    /**
     * Creates the exception for a violation at a path.
     *
     * @param path the path relative to the value being made, such as {@code duration}
     * @param code the rule broken
     * @param arguments the message arguments
     * @return the exception, to throw
     */
    public static InvalidValueException of(String path, ViolationCode code, Object... arguments) {
        return new InvalidValueException(Violation.of(path, code, arguments));
    }

    /**
     * Returns what is wrong.
     *
     * @return the violation
     */
    public Violation violation() {
        return violation;
    }
}
