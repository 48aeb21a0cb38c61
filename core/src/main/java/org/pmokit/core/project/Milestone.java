package org.pmokit.core.project;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A milestone (seed 002): the end of a phase, a key task or a deliverable, with a due date, the
 * deliverable, its acceptance criteria and an owner.
 *
 * <p>The SMART rules judge how complete a milestone is; the model accepts an incomplete one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier
 * @param name the name
 * @param kind phase, key task or deliverable
 * @param activity the activity whose finish marks it
 * @param due the planned date
 * @param deliverable what is handed over
 * @param acceptance the acceptance criteria
 * @param owner who is accountable
 * @param actual the date it was reached
 */
public record Milestone(
        MilestoneId id,
        @NonBlank @Size(max = Limits.NAME) String name,
        Optional<MilestoneKind> kind,
        Optional<ActivityId> activity,
        Optional<LocalDate> due,
        Optional<@NonBlank @Size(max = Limits.SHORT) String> deliverable,
        Optional<@NonBlank @Size(max = Limits.SHORT) String> acceptance,
        Optional<@NonBlank @Size(max = Limits.NAME) String> owner,
        Optional<LocalDate> actual) implements Identified<MilestoneId> {

    /**
     * Checks the parts.
     *
     * @param id the identifier
     * @param name the name
     * @param kind the kind
     * @param activity the linked activity
     * @param due the due date
     * @param deliverable the deliverable
     * @param acceptance the acceptance criteria
     * @param owner the owner
     * @param actual the actual date
     */
    public Milestone {
        Checks.required(id, "id");
        Checks.required(name, "name");
        Checks.required(kind, "kind");
        Checks.required(activity, "activity");
        Checks.required(due, "due");
        Checks.required(deliverable, "deliverable");
        Checks.required(acceptance, "acceptance");
        Checks.required(owner, "owner");
        Checks.required(actual, "actual");
    }
}
