package org.pmokit.rules.change;

import java.util.Objects;
import org.pmokit.rules.Text;

/**
 * Why the change-control workflow refused a step: a stable reason and a message in English and
 * Simplified Chinese that names the change request, the value and the rule, such as "cannot implement
 * change request CR2: it is assessed; only an approved change can be implemented".
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reason the kind of refusal, stable for programs
 * @param message what was refused and why, for people
 */
public record Refusal(Reason reason, Text message) {

    /** The kinds of refusal. */
    public enum Reason {
        /** The project has no change request with the given id. */
        UNKNOWN_CHANGE,
        /** The step is not allowed from the change request's status. */
        INVALID_TRANSITION,
        /** The change request has no impact assessment, which assessing and deciding need. */
        NO_IMPACT_ASSESSMENT,
        /** The step is dated before the last recorded step, or a re-submission not after the deferral. */
        OUT_OF_ORDER,
        /** The decision is made in a role that the approval route does not call for. */
        ROLE_NOT_REQUIRED,
        /** The authority or the compliance officer has already decided in this round. */
        ALREADY_DECIDED,
        /** The person has already decided on the change request in this round. */
        ALREADY_VOTED,
        /** Maker-checker: the requester or assessor approving, or the implementer verifying, their own work. */
        OWN_CHANGE,
        /** The decision log does not verify, so nothing may be added to it. */
        LOG_BROKEN,
        /** The proposed activity changes do not apply to the project, or leave it impossible to schedule. */
        NOT_APPLICABLE
    }

    /**
     * Checks the parts.
     *
     * @param reason the reason
     * @param message the message
     */
    public Refusal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(message, "message");
    }

    /**
     * Returns a refusal.
     *
     * @param reason the reason
     * @param english the message in English
     * @param chinese the message in Simplified Chinese
     * @return the refusal
     */
    static Refusal of(Reason reason, String english, String chinese) {
        return new Refusal(reason, Text.of(english, chinese));
    }

    /**
     * Returns the English message.
     *
     * @return the message in English
     */
    @Override
    public String toString() {
        return reason + ": " + message.english();
    }
}
