package org.pmokit.core.project;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A decision on a change request by one person acting in one role, and the hash that seals it into
 * the change request's tamper-evident decision log.
 *
 * <p>The hash is the lower-case hexadecimal SHA-256 over the decision's content and the previous
 * decision's hash; {@code org.pmokit.rules.change.DecisionLog} computes and verifies it. A decision
 * recorded before the log was sealed has none.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param by who decided
 * @param role the role in which they decided
 * @param decision approve, reject or defer
 * @param at when, with the offset from UTC
 * @param comment why
 * @param hash the seal: 64 lower-case hexadecimal digits, if the decision is sealed
 */
public record Decision(
        @NonBlank @Size(max = Limits.NAME) String by,
        Role role,
        DecisionType decision,
        OffsetDateTime at,
        Optional<@Size(max = Limits.SHORT) String> comment,
        Optional<@Pattern(regexp = "[0-9a-f]{64}", message = Decision.HASH_EXAMPLE) String> hash) {

    /** An example of the form of a hash: the SHA-256 of no bytes. */
    static final String HASH_EXAMPLE = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /**
     * Checks the parts.
     *
     * @param by who decided
     * @param role the role
     * @param decision the decision
     * @param at when
     * @param comment the comment
     * @param hash the seal
     */
    public Decision {
        Checks.required(by, "by");
        Checks.required(role, "role");
        Checks.required(decision, "decision");
        Checks.required(at, "at");
        Checks.required(comment, "comment");
        Checks.required(hash, "hash");
    }

    /**
     * Makes a decision that is not sealed: it has no hash.
     *
     * @param by who decided
     * @param role the role
     * @param decision the decision
     * @param at when
     * @param comment the comment
     */
    public Decision(String by, Role role, DecisionType decision, OffsetDateTime at, Optional<String> comment) {
        this(by, role, decision, at, comment, Optional.empty());
    }

    /**
     * Returns this decision with a hash.
     *
     * @param newHash the seal, 64 lower-case hexadecimal digits
     * @return the sealed decision
     */
    public Decision withHash(String newHash) {
        return new Decision(by, role, decision, at, comment, Optional.of(Checks.required(newHash, "hash")));
    }

    /**
     * Returns this decision without its hash: its content alone.
     *
     * @return the decision, not sealed
     */
    public Decision withoutHash() {
        return new Decision(by, role, decision, at, comment, Optional.empty());
    }
}
