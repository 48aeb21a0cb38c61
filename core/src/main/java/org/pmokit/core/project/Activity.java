package org.pmokit.core.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.validation.InvalidValueException;
import org.pmokit.core.validation.ViolationCode;

/**
 * An activity of the schedule: a piece of work with a duration in working days, a budget, its
 * place in the work breakdown structure, and the links to the activities it depends on.
 *
 * <p>A duration of 0 makes it a milestone. Optional parts have documented defaults that the
 * engines apply: earning rule {@link EarningRule#PERCENT_COMPLETE}, spread curve
 * {@link SpreadCurve#LINEAR}, budget zero.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the identifier
 * @param name the name
 * @param wbs the work breakdown structure code, such as {@code 3.1.2}
 * @param phase the life-cycle phase it belongs to
 * @param duration the duration in working days, not negative
 * @param budget the budgeted cost
 * @param earningRule how it earns value
 * @param curve how its budget is spread over its working days
 * @param constraint a date constraint
 * @param predecessors the activities it depends on
 * @param resources the resources assigned to it
 */
public record Activity(
        ActivityId id,
        @NonBlank @Size(max = Limits.NAME) String name,
        Optional<@Pattern(regexp = "[0-9]{1,6}(\\.[0-9]{1,6}){0,19}", message = "3.1.2") String> wbs,
        Optional<Phase> phase,
        @Max(Limits.MAX_DURATION) int duration,
        Optional<Money> budget,
        Optional<EarningRule> earningRule,
        Optional<SpreadCurve> curve,
        Optional<ActivityConstraint> constraint,
        List<@Valid Dependency> predecessors,
        List<Assignment> resources) implements Identified<ActivityId> {

    /**
     * Checks and copies the parts: the duration must not be negative, nor the budget.
     *
     * @param id the identifier
     * @param name the name
     * @param wbs the WBS code
     * @param phase the phase
     * @param duration the duration in working days
     * @param budget the budget
     * @param earningRule the earning rule
     * @param curve the spread curve
     * @param constraint the date constraint
     * @param predecessors the predecessors
     * @param resources the assigned resources
     * @throws InvalidValueException if the duration or the budget is negative
     */
    public Activity {
        Checks.required(id, "id");
        Checks.required(name, "name");
        Checks.required(wbs, "wbs");
        Checks.required(phase, "phase");
        if (duration < 0) {
            throw InvalidValueException.of("duration", ViolationCode.ACTIVITY_DURATION_NEGATIVE, id, duration);
        }
        // The subject "activity <id>" is written out only for a negative budget, not on every read.
        if (Checks.required(budget, "budget").isPresent() && budget.get().isNegative()) {
            Checks.nonNegative(budget.get(), "budget", "activity " + id);
        }
        Checks.required(earningRule, "earningRule");
        Checks.required(curve, "curve");
        Checks.required(constraint, "constraint");
        predecessors = List.copyOf(predecessors);
        resources = List.copyOf(resources);
    }

    /**
     * Returns whether this is a milestone, an activity of duration 0.
     *
     * @return true if the duration is 0
     */
    public boolean isMilestone() {
        return duration == 0;
    }

    /**
     * Returns a builder for an activity.
     *
     * @param id the identifier
     * @param name the name
     * @return the builder
     */
    public static Builder builder(String id, String name) {
        return new Builder(ActivityId.of(id), name);
    }

    /**
     * Returns a builder that starts from this activity, to make a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, name);
        b.wbs = wbs.orElse(null);
        b.phase = phase.orElse(null);
        b.duration = duration;
        b.budget = budget.orElse(null);
        b.earningRule = earningRule.orElse(null);
        b.curve = curve.orElse(null);
        b.constraint = constraint.orElse(null);
        b.predecessors.addAll(predecessors);
        b.resources.addAll(resources);
        return b;
    }

    /** Builds an {@link Activity}; not thread-safe. */
    public static final class Builder {
        private final ActivityId id;
        private String name;
        private String wbs;
        private Phase phase;
        private int duration;
        private Money budget;
        private EarningRule earningRule;
        private SpreadCurve curve;
        private ActivityConstraint constraint;
        private final List<Dependency> predecessors = new ArrayList<>();
        private final List<Assignment> resources = new ArrayList<>();

        private Builder(ActivityId id, String name) {
            this.id = Objects.requireNonNull(id, "id");
            this.name = Objects.requireNonNull(name, "name");
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = Objects.requireNonNull(value, "name");
            return this;
        }

        /**
         * Sets the WBS code.
         *
         * @param value such as {@code 3.1}
         * @return this builder
         */
        public Builder wbs(String value) {
            this.wbs = value;
            return this;
        }

        /**
         * Sets the phase.
         *
         * @param value the phase
         * @return this builder
         */
        public Builder phase(Phase value) {
            this.phase = value;
            return this;
        }

        /**
         * Sets the duration.
         *
         * @param workingDays the duration in working days
         * @return this builder
         */
        public Builder duration(int workingDays) {
            this.duration = workingDays;
            return this;
        }

        /**
         * Sets the budget.
         *
         * @param value the budget
         * @return this builder
         */
        public Builder budget(Money value) {
            this.budget = value;
            return this;
        }

        /**
         * Sets the earning rule.
         *
         * @param value the rule
         * @return this builder
         */
        public Builder earningRule(EarningRule value) {
            this.earningRule = value;
            return this;
        }

        /**
         * Sets the spread curve.
         *
         * @param value the curve
         * @return this builder
         */
        public Builder curve(SpreadCurve value) {
            this.curve = value;
            return this;
        }

        /**
         * Sets a date constraint.
         *
         * @param value the constraint, or null for none
         * @return this builder
         */
        public Builder constraint(ActivityConstraint value) {
            this.constraint = value;
            return this;
        }

        /**
         * Adds a finish-to-start predecessor without lag.
         *
         * @param activityId the predecessor's identifier
         * @return this builder
         */
        public Builder predecessor(String activityId) {
            return predecessor(Dependency.fs(activityId));
        }

        /**
         * Adds a predecessor.
         *
         * @param dependency the link
         * @return this builder
         */
        public Builder predecessor(Dependency dependency) {
            predecessors.add(Objects.requireNonNull(dependency, "dependency"));
            return this;
        }

        /**
         * Replaces the predecessors.
         *
         * @param dependencies the links
         * @return this builder
         */
        public Builder predecessors(List<Dependency> dependencies) {
            predecessors.clear();
            predecessors.addAll(dependencies);
            return this;
        }

        /**
         * Assigns a resource.
         *
         * @param assignment the assignment
         * @return this builder
         */
        public Builder resource(Assignment assignment) {
            resources.add(Objects.requireNonNull(assignment, "assignment"));
            return this;
        }

        /**
         * Replaces the assigned resources.
         *
         * @param assignments the assignments
         * @return this builder
         */
        public Builder resources(List<Assignment> assignments) {
            resources.clear();
            resources.addAll(assignments);
            return this;
        }

        /**
         * Builds the activity.
         *
         * @return the activity
         * @throws InvalidValueException if a part breaks an invariant
         */
        public Activity build() {
            return new Activity(id, name, Optional.ofNullable(wbs), Optional.ofNullable(phase), duration,
                    Optional.ofNullable(budget), Optional.ofNullable(earningRule), Optional.ofNullable(curve),
                    Optional.ofNullable(constraint), predecessors, resources);
        }
    }
}
