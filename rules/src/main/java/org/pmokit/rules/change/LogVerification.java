package org.pmokit.rules.change;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.rules.Text;

/**
 * What {@link DecisionLog#verify} found in the decision log of one change request: whether it is
 * intact and, if not, the first decision that does not match, with the hash expected there and the
 * one found.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param change the change request
 * @param status what was found
 * @param firstMismatch the 0-based index of the first decision that does not match; for a log that
 *     no longer holds its anchor, the number of decisions (the first missing position); empty when
 *     the log is intact or not sealed
 * @param expected the hash that the decision should have, when it can be computed
 * @param found the hash that the decision has, if any
 * @param message what was found, in both languages, naming the decision 1-based
 */
public record LogVerification(ChangeRequestId change, Status status, OptionalInt firstMismatch,
        Optional<String> expected, Optional<String> found, Text message) {

    /** What a verification found. */
    public enum Status {
        /** Every decision is sealed and matches its hash; an empty log is intact. */
        INTACT,
        /** No decision has a hash: a log recorded before sealing, which cannot be checked. */
        UNSEALED,
        /** A decision of a sealed log has no hash: it was inserted, or its hash was removed. */
        MISSING_HASH,
        /** A decision does not match its hash: it was edited, or one before it deleted, inserted or moved. */
        MISMATCH,
        /** The log no longer holds the decision sealed with the anchor hash: its end was cut or it was sealed again. */
        ANCHOR_NOT_FOUND
    }

    /**
     * Checks the parts: a mismatch index exactly for the broken statuses.
     *
     * @param change the change request
     * @param status the status
     * @param firstMismatch the first mismatching index
     * @param expected the expected hash
     * @param found the found hash
     * @param message the message
     */
    public LogVerification {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(firstMismatch, "firstMismatch");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(message, "message");
        boolean broken = status != Status.INTACT && status != Status.UNSEALED;
        if (broken != firstMismatch.isPresent()) {
            throw new IllegalArgumentException("status " + status + (broken ? " needs a" : " has no")
                    + " first mismatching decision: " + firstMismatch);
        }
    }

    /**
     * Returns whether every decision is sealed and matches.
     *
     * @return true if intact
     */
    public boolean isIntact() {
        return status == Status.INTACT;
    }

    /**
     * Returns whether the log shows tampering: a missing hash, a mismatch or a missing anchor.
     *
     * @return true if broken
     */
    public boolean isBroken() {
        return firstMismatch.isPresent();
    }
}
