package org.pmokit.rules;

/**
 * A computation over a project that several rules share, such as the risk scores or a critical
 * path. {@link RuleInput#get(Analysis)} runs each analysis at most once per evaluation.
 *
 * <p>Implementations are pure and thread-safe; they are compared by identity, so each is a
 * single shared instance.
 *
 * @param <T> the type of the result
 */
@FunctionalInterface
public interface Analysis<T> {

    /**
     * Computes the result.
     *
     * @param input the project and the context
     * @return the result
     */
    T analyse(RuleInput input);
}
