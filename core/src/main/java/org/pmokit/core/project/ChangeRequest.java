package org.pmokit.core.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A change request: what is asked, by whom, its assessed impact, where it stands in the
 * change-control workflow, the decisions taken on it, and the activity edits it proposes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier
 * @param title what is asked
 * @param type the kind of change
 * @param requester who asked
 * @param submitted when it was submitted
 * @param impact the impact assessment
 * @param status where it stands
 * @param decisions the decisions, in the order taken
 * @param activities the proposed activity edits
 * @param history the workflow steps taken, oldest first; empty for a change request recorded without them
 */
public record ChangeRequest(
        ChangeRequestId id,
        @NonBlank @Size(max = Limits.NAME) String title,
        ChangeType type,
        @NonBlank @Size(max = Limits.NAME) String requester,
        Optional<LocalDate> submitted,
        Optional<ImpactAssessment> impact,
        ChangeStatus status,
        List<@Valid Decision> decisions,
        Optional<@Valid ActivityChanges> activities,
        List<@Valid StatusChange> history) implements Identified<ChangeRequestId> {

    /**
     * Checks and copies the parts.
     *
     * @param id the identifier
     * @param title the title
     * @param type the type
     * @param requester the requester
     * @param submitted the submission date
     * @param impact the impact assessment
     * @param status the status
     * @param decisions the decisions
     * @param activities the proposed edits
     * @param history the workflow steps
     */
    public ChangeRequest {
        Checks.required(id, "id");
        Checks.required(title, "title");
        Checks.required(type, "type");
        Checks.required(requester, "requester");
        Checks.required(submitted, "submitted");
        Checks.required(impact, "impact");
        Checks.required(status, "status");
        decisions = List.copyOf(decisions);
        Checks.required(activities, "activities");
        history = List.copyOf(history);
    }

    /**
     * Makes a change request without a recorded history.
     *
     * @param id the identifier
     * @param title the title
     * @param type the type
     * @param requester the requester
     * @param submitted the submission date
     * @param impact the impact assessment
     * @param status the status
     * @param decisions the decisions
     * @param activities the proposed edits
     */
    public ChangeRequest(ChangeRequestId id, String title, ChangeType type, String requester, Optional<LocalDate> submitted,
            Optional<ImpactAssessment> impact, ChangeStatus status, List<Decision> decisions,
            Optional<ActivityChanges> activities) {
        this(id, title, type, requester, submitted, impact, status, decisions, activities, List.of());
    }
}
