package org.pmokit.core.project;

import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A risk: a threat or an opportunity (ISO 31000), with its probability, impact, owner, response
 * strategy and status.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier
 * @param title a short title
 * @param category the category
 * @param kind threat or opportunity
 * @param probability the probability that it happens, 0 to 1
 * @param impact what it would do
 * @param owner who is accountable for the response
 * @param strategy the response strategy
 * @param response the planned response
 * @param status where it stands
 * @param identified when it was identified
 * @param reviewed when it was last reviewed
 * @param activities the activities it affects
 * @param identifiedAt the instant it was identified, for the response deadline
 * @param responseStarted the instant the response started
 */
public record Risk(
        RiskId id,
        @NonBlank @Size(max = Limits.NAME) String title,
        RiskCategory category,
        RiskKind kind,
        BigDecimal probability,
        RiskImpact impact,
        Optional<@NonBlank @Size(max = Limits.NAME) String> owner,
        Optional<RiskStrategy> strategy,
        Optional<@NonBlank @Size(max = Limits.SHORT) String> response,
        RiskStatus status,
        Optional<LocalDate> identified,
        Optional<LocalDate> reviewed,
        List<ActivityId> activities,
        Optional<OffsetDateTime> identifiedAt,
        Optional<OffsetDateTime> responseStarted) implements Identified<RiskId> {

    /**
     * Checks and copies the parts: the probability must be within 0 to 1.
     *
     * @param id the identifier
     * @param title the title
     * @param category the category
     * @param kind the kind
     * @param probability the probability
     * @param impact the impact
     * @param owner the owner
     * @param strategy the strategy
     * @param response the response
     * @param status the status
     * @param identified the identification date
     * @param reviewed the last review date
     * @param activities the affected activities
     * @param identifiedAt the identification instant
     * @param responseStarted the response start instant
     */
    public Risk {
        Checks.required(id, "id");
        Checks.required(title, "title");
        Checks.required(category, "category");
        Checks.required(kind, "kind");
        Checks.probability(probability, "probability", "risk " + id);
        Checks.required(impact, "impact");
        Checks.required(owner, "owner");
        Checks.required(strategy, "strategy");
        Checks.required(response, "response");
        Checks.required(status, "status");
        Checks.required(identified, "identified");
        Checks.required(reviewed, "reviewed");
        activities = List.copyOf(activities);
        Checks.required(identifiedAt, "identifiedAt");
        Checks.required(responseStarted, "responseStarted");
    }

    /**
     * Returns a risk without the instants of identification and response start.
     *
     * @param id the identifier
     * @param title the title
     * @param category the category
     * @param kind the kind
     * @param probability the probability
     * @param impact the impact
     * @param owner the owner
     * @param strategy the strategy
     * @param response the response
     * @param status the status
     * @param identified the identification date
     * @param reviewed the last review date
     * @param activities the affected activities
     */
    public Risk(RiskId id, String title, RiskCategory category, RiskKind kind, BigDecimal probability, RiskImpact impact,
            Optional<String> owner, Optional<RiskStrategy> strategy, Optional<String> response, RiskStatus status,
            Optional<LocalDate> identified, Optional<LocalDate> reviewed, List<ActivityId> activities) {
        this(id, title, category, kind, probability, impact, owner, strategy, response, status, identified, reviewed,
                activities, Optional.empty(), Optional.empty());
    }

    /**
     * Returns this risk with the instants of identification and response start.
     *
     * @param newIdentifiedAt when it was identified
     * @param newResponseStarted when the response started, or null if it has not
     * @return the changed risk
     */
    public Risk withInstants(OffsetDateTime newIdentifiedAt, OffsetDateTime newResponseStarted) {
        return new Risk(id, title, category, kind, probability, impact, owner, strategy, response, status, identified,
                reviewed, activities, Optional.of(newIdentifiedAt), Optional.ofNullable(newResponseStarted));
    }
}
