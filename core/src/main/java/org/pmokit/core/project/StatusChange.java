package org.pmokit.core.project;

import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;

/**
 * One step of a change request through the change-control workflow: the status it moved to, who
 * moved it and when. The steps, in order, are the change request's history: who submitted and who
 * assessed it (which the maker-checker control needs), and when it was approved, implemented and
 * verified (which the overdue checks measure from).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param status the status the change request moved to
 * @param by who moved it
 * @param at when, with the offset from UTC
 */
public record StatusChange(ChangeStatus status, @NonBlank @Size(max = Limits.NAME) String by, OffsetDateTime at) {

    /**
     * Checks the parts.
     *
     * @param status the new status
     * @param by who moved it
     * @param at when
     */
    public StatusChange {
        Checks.required(status, "status");
        Checks.required(by, "by");
        Checks.required(at, "at");
    }
}
