package org.pmokit.core.project;

/**
 * A part of the project that has an identifier; validation paths name it by that identifier
 * ({@code activities[A12]}).
 *
 * @param <I> the type of the identifier
 */
public interface Identified<I> {

    /**
     * Returns the identifier.
     *
     * @return the identifier
     */
    I id();
}
