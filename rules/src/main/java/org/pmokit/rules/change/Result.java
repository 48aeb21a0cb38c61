package org.pmokit.rules.change;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The outcome of a change-control step: the accepted value, or the {@link Refusal} that says why
 * not. A refusal is an expected outcome, not an error.
 *
 * <p>This class is immutable and thread-safe if the value is.
 *
 * @param <T> the type of the value
 */
public sealed interface Result<T> permits Result.Accepted, Result.Refused {

    /**
     * An accepted step.
     *
     * @param <T> the type of the value
     * @param value the value
     */
    record Accepted<T>(T value) implements Result<T> {
        /**
         * Checks the value.
         *
         * @param value the value
         */
        public Accepted {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A refused step.
     *
     * @param <T> the type the value would have
     * @param refusal why
     */
    record Refused<T>(Refusal refusal) implements Result<T> {
        /**
         * Checks the refusal.
         *
         * @param refusal why
         */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * Returns an accepted result.
     *
     * @param <T> the type of the value
     * @param value the value
     * @return the result
     */
    static <T> Result<T> accepted(T value) {
        return new Accepted<>(value);
    }

    /**
     * Returns a refused result.
     *
     * @param <T> the type the value would have
     * @param refusal why
     * @return the result
     */
    static <T> Result<T> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /**
     * Returns whether the step was accepted.
     *
     * @return true if accepted
     */
    default boolean isAccepted() {
        return this instanceof Accepted;
    }

    /**
     * Returns the value of an accepted step.
     *
     * @return the value, or empty if refused
     */
    default Optional<T> toOptional() {
        return this instanceof Accepted<T> a ? Optional.of(a.value()) : Optional.empty();
    }

    /**
     * Returns the refusal of a refused step.
     *
     * @return the refusal, or empty if accepted
     */
    default Optional<Refusal> why() {
        return this instanceof Refused<T> r ? Optional.of(r.refusal()) : Optional.empty();
    }

    /**
     * Returns the value of an accepted step, or throws.
     *
     * @return the value
     * @throws IllegalStateException with the refusal's English message if the step was refused
     */
    default T orElseThrow() {
        if (this instanceof Accepted<T> a) {
            return a.value();
        }
        throw new IllegalStateException(((Refused<T>) this).refusal().message().english());
    }

    /**
     * Applies a function to the value of an accepted step; a refusal passes through.
     *
     * @param <U> the type of the new value
     * @param f the function
     * @return the mapped result
     */
    default <U> Result<U> map(Function<? super T, ? extends U> f) {
        Objects.requireNonNull(f, "f");
        return this instanceof Accepted<T> a ? accepted(f.apply(a.value())) : refused(((Refused<T>) this).refusal());
    }

    /**
     * Continues an accepted step with another that may be refused; a refusal passes through.
     *
     * @param <U> the type of the new value
     * @param f the next step
     * @return its result, or this refusal
     */
    default <U> Result<U> flatMap(Function<? super T, Result<U>> f) {
        Objects.requireNonNull(f, "f");
        return this instanceof Accepted<T> a ? Objects.requireNonNull(f.apply(a.value()), "result")
                : refused(((Refused<T>) this).refusal());
    }
}
