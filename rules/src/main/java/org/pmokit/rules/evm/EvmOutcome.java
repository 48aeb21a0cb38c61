package org.pmokit.rules.evm;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.pmokit.rules.Text;

/**
 * The result of an earned value analysis that may be undefined: a value, or the reason in English
 * and Simplified Chinese why there is none (no baseline, an amount in another currency, a date the
 * calendar does not cover). An undefined result is an expected outcome that rules report as
 * silence and metrics as {@link org.pmokit.rules.MetricValue.Undefined}, not an error.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 * @param value the value, if defined
 * @param reason why it is undefined, if it is
 */
public record EvmOutcome<T>(Optional<T> value, Optional<Text> reason) {

    /**
     * Checks that exactly one of the value and the reason is present.
     *
     * @param value the value
     * @param reason the reason
     */
    public EvmOutcome {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(reason, "reason");
        if (value.isPresent() == reason.isPresent()) {
            throw new IllegalArgumentException("an outcome has either a value or a reason: " + value + ", " + reason);
        }
    }

    /**
     * Returns a defined outcome.
     *
     * @param <T> the type of the value
     * @param value the value
     * @return the outcome
     */
    public static <T> EvmOutcome<T> of(T value) {
        return new EvmOutcome<>(Optional.of(value), Optional.empty());
    }

    /**
     * Returns an undefined outcome.
     *
     * @param <T> the type the value would have
     * @param reason why there is no value
     * @return the outcome
     */
    public static <T> EvmOutcome<T> undefined(Text reason) {
        return new EvmOutcome<>(Optional.empty(), Optional.of(reason));
    }

    /**
     * Returns the outcome of a function of the value; undefined with the reason of an
     * {@link EvmInputException} that it throws, or with this outcome's reason.
     *
     * @param <U> the type of the new value
     * @param f the function
     * @return the new outcome
     */
    public <U> EvmOutcome<U> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "f");
        if (value.isEmpty()) {
            return undefined(reason.orElseThrow());
        }
        try {
            return of(f.apply(value.get()));
        } catch (EvmInputException e) {
            return undefined(e.reason());
        }
    }
}
