package org.pmokit.rules;

/**
 * Thrown when a policy is given a key it does not know, a value of the wrong type or outside the
 * key's range, or thresholds that contradict each other. The message names the key.
 */
public final class PolicyException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is wrong, naming the key
     */
    public PolicyException(String message) {
        super(message);
    }
}
