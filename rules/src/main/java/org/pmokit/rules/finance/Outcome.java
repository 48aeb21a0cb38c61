package org.pmokit.rules.finance;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * The result of a finance calculation that may be undefined: a value, or the reason in English and
 * Simplified Chinese why there is none (FORMULAS.md section 5), such as "never pays back". An
 * undefined result is an expected outcome, not an error.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
public sealed interface Outcome<T> permits Outcome.Defined, Outcome.Undefined {

    /**
     * A defined result.
     *
     * @param <T> the type of the value
     * @param value the value
     */
    record Defined<T>(T value) implements Outcome<T> {
        /**
         * Checks the value.
         *
         * @param value the value
         */
        public Defined {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * An undefined result.
     *
     * @param <T> the type the value would have
     * @param reason why there is no value, in both languages
     */
    record Undefined<T>(Text reason) implements Outcome<T> {
        /**
         * Checks the reason.
         *
         * @param reason the reason
         */
        public Undefined {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Returns a defined result.
     *
     * @param <T> the type of the value
     * @param value the value
     * @return the result
     */
    static <T> Outcome<T> of(T value) {
        return new Defined<>(value);
    }

    /**
     * Returns an undefined result.
     *
     * @param <T> the type the value would have
     * @param reason why there is no value
     * @return the result
     */
    static <T> Outcome<T> undefined(Text reason) {
        return new Undefined<>(reason);
    }

    /**
     * Returns an undefined result.
     *
     * @param <T> the type the value would have
     * @param english why there is no value, in English
     * @param chinese why there is no value, in Simplified Chinese
     * @return the result
     */
    static <T> Outcome<T> undefined(String english, String chinese) {
        return new Undefined<>(Text.of(english, chinese));
    }

    /**
     * Returns whether there is a value.
     *
     * @return true if defined
     */
    default boolean isDefined() {
        return this instanceof Defined;
    }

    /**
     * Returns the value, if there is one.
     *
     * @return the value, or empty if undefined
     */
    default Optional<T> toOptional() {
        return this instanceof Defined<T> d ? Optional.of(d.value()) : Optional.empty();
    }

    /**
     * Returns the reason why there is no value, if there is none.
     *
     * @return the reason, or empty if defined
     */
    default Optional<Text> undefinedReason() {
        return this instanceof Undefined<T> u ? Optional.of(u.reason()) : Optional.empty();
    }

    /**
     * Returns the result of a function of the value; an undefined result stays undefined, with its
     * reason.
     *
     * @param <R> the type of the new value
     * @param function the function, which must not return null
     * @return the mapped result
     */
    default <R> Outcome<R> map(Function<? super T, ? extends R> function) {
        Objects.requireNonNull(function, "function");
        if (this instanceof Defined<T> d) {
            return new Defined<>(function.apply(d.value()));
        }
        return new Undefined<>(((Undefined<T>) this).reason());
    }

    /**
     * Returns the result of a calculation on the value that may itself be undefined.
     *
     * @param <R> the type of the new value
     * @param function the calculation
     * @return its result, or this result's reason if this is undefined
     */
    default <R> Outcome<R> flatMap(Function<? super T, Outcome<R>> function) {
        Objects.requireNonNull(function, "function");
        if (this instanceof Defined<T> d) {
            return Objects.requireNonNull(function.apply(d.value()), "function returned null");
        }
        return new Undefined<>(((Undefined<T>) this).reason());
    }

    /**
     * Returns the result as a metric: the value converted by a function, or
     * {@link MetricValue.Undefined} with the reason.
     *
     * @param toMetric converts a value to a metric
     * @return the metric
     */
    default MetricValue toMetric(Function<? super T, ? extends MetricValue> toMetric) {
        Objects.requireNonNull(toMetric, "toMetric");
        if (this instanceof Defined<T> d) {
            return toMetric.apply(d.value());
        }
        return new MetricValue.Undefined(((Undefined<T>) this).reason());
    }
}
