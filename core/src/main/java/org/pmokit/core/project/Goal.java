package org.pmokit.core.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A goal of the project, ideally SMART: a statement of what changes, a KPI that measures it, a
 * deadline, an owner, and a link to a business objective or to requirements.
 *
 * <p>The SMART rules judge how complete a goal is; the model accepts an incomplete one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier
 * @param statement what the goal is, in words
 * @param kpi how it is measured
 * @param deadline when it must be met
 * @param owner who is accountable
 * @param objective the business objective it serves
 * @param requirements the requirements it is linked to
 */
public record Goal(
        GoalId id,
        @NonBlank @Size(max = Limits.SHORT) String statement,
        Optional<@Valid Kpi> kpi,
        Optional<LocalDate> deadline,
        Optional<@NonBlank @Size(max = Limits.NAME) String> owner,
        Optional<@NonBlank @Size(max = Limits.SHORT) String> objective,
        List<RequirementId> requirements) implements Identified<GoalId> {

    /**
     * Checks and copies the parts.
     *
     * @param id the identifier
     * @param statement the statement
     * @param kpi the KPI
     * @param deadline the deadline
     * @param owner the owner
     * @param objective the objective
     * @param requirements the linked requirements
     */
    public Goal {
        Checks.required(id, "id");
        Checks.required(statement, "statement");
        Checks.required(kpi, "kpi");
        Checks.required(deadline, "deadline");
        Checks.required(owner, "owner");
        Checks.required(objective, "objective");
        requirements = List.copyOf(requirements);
    }

    /**
     * Returns a goal with only a statement; add the other parts with the {@code with} methods.
     *
     * @param id the identifier
     * @param statement the statement
     * @return the goal
     */
    public static Goal of(String id, String statement) {
        return new Goal(GoalId.of(id), statement, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    /**
     * Returns this goal with a KPI.
     *
     * @param newKpi the KPI
     * @return the changed goal
     */
    public Goal withKpi(Kpi newKpi) {
        return new Goal(id, statement, Optional.of(newKpi), deadline, owner, objective, requirements);
    }

    /**
     * Returns this goal with a deadline.
     *
     * @param newDeadline the deadline
     * @return the changed goal
     */
    public Goal withDeadline(LocalDate newDeadline) {
        return new Goal(id, statement, kpi, Optional.of(newDeadline), owner, objective, requirements);
    }

    /**
     * Returns this goal with an owner.
     *
     * @param newOwner the owner
     * @return the changed goal
     */
    public Goal withOwner(String newOwner) {
        return new Goal(id, statement, kpi, deadline, Optional.of(newOwner), objective, requirements);
    }

    /**
     * Returns this goal linked to a business objective.
     *
     * @param newObjective the objective
     * @return the changed goal
     */
    public Goal withObjective(String newObjective) {
        return new Goal(id, statement, kpi, deadline, owner, Optional.of(newObjective), requirements);
    }

    /**
     * Returns this goal linked to requirements.
     *
     * @param ids the requirement identifiers
     * @return the changed goal
     */
    public Goal withRequirements(String... ids) {
        return new Goal(id, statement, kpi, deadline, owner, objective,
                java.util.Arrays.stream(ids).map(RequirementId::of).toList());
    }
}
