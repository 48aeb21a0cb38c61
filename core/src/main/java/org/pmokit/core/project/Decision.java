package org.pmokit.core.project;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A decision on a change request by one person acting in one role.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param by who decided
 * @param role the role in which they decided
 * @param decision approve, reject or defer
 * @param at when, with the offset from UTC
 * @param comment why
 */
public record Decision(
        @NonBlank @Size(max = Limits.NAME) String by,
        Role role,
        DecisionType decision,
        OffsetDateTime at,
        Optional<@Size(max = Limits.SHORT) String> comment) {

    /**
     * Checks the parts.
     *
     * @param by who decided
     * @param role the role
     * @param decision the decision
     * @param at when
     * @param comment the comment
     */
    public Decision {
        Checks.required(by, "by");
        Checks.required(role, "role");
        Checks.required(decision, "decision");
        Checks.required(at, "at");
        Checks.required(comment, "comment");
    }
}
