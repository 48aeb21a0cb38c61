package org.pmokit.core.project;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.InvalidValueException;
import org.pmokit.core.validation.ViolationCode;

/**
 * A project: the aggregate of everything PMO Kit knows about one project, as the project document
 * describes it.
 *
 * <p>Make one with {@link #builder(String, String)}; change one with {@link #toBuilder()}, which
 * leaves this project as it is. Making a project checks only that its required parts are there;
 * {@link org.pmokit.core.validation.ProjectValidator} reports every other problem at once.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Project implements Identified<ProjectId> {
    private final ProjectId id;
    private final @NonBlank @Size(max = Limits.NAME) String name;
    private final Optional<@NonBlank @Size(max = Limits.NAME) String> localName;
    private final Optional<@Size(max = Limits.LONG) String> description;
    private final Optional<@NonBlank @Size(max = Limits.NAME) String> sponsor;
    private final Optional<@NonBlank @Size(max = Limits.NAME) String> manager;
    private final Optional<@NonBlank @Size(max = Limits.NAME) String> department;
    private final Currency currency;
    private final WorkCalendar calendar;
    private final LocalDate start;
    private final Optional<LocalDate> statusDate;
    private final Optional<Phase> phase;
    private final Optional<Budget> budget;
    private final List<@Valid Goal> goals;
    private final List<@Valid Requirement> requirements;
    private final List<@Valid Resource> resources;
    private final List<@Valid Activity> activities;
    private final List<@Valid Milestone> milestones;
    private final List<@Valid Risk> risks;
    private final List<@Valid ChangeRequest> changeRequests;
    private final List<@Valid Baseline> baselines;
    private final List<ProgressRecord> progress;
    private final List<ActualCost> actualCosts;
    private final List<@Valid CashFlow> cashFlows;
    /** The baseline with the highest version, found once: rules ask for it many times per evaluation. */
    private final Optional<Baseline> currentBaseline;

    private Project(Builder b) {
        this.id = required(b.id, "id");
        this.name = required(b.name, "name");
        this.localName = Optional.ofNullable(b.localName);
        this.description = Optional.ofNullable(b.description);
        this.sponsor = Optional.ofNullable(b.sponsor);
        this.manager = Optional.ofNullable(b.manager);
        this.department = Optional.ofNullable(b.department);
        this.currency = required(b.currency, "currency");
        this.calendar = required(b.calendar, "calendar");
        this.start = required(b.start, "start");
        this.statusDate = Optional.ofNullable(b.statusDate);
        this.phase = Optional.ofNullable(b.phase);
        this.budget = Optional.ofNullable(b.budget);
        this.goals = List.copyOf(b.goals);
        this.requirements = List.copyOf(b.requirements);
        this.resources = List.copyOf(b.resources);
        this.activities = List.copyOf(b.activities);
        this.milestones = List.copyOf(b.milestones);
        this.risks = List.copyOf(b.risks);
        this.changeRequests = List.copyOf(b.changeRequests);
        this.baselines = List.copyOf(b.baselines);
        this.progress = List.copyOf(b.progress);
        this.actualCosts = List.copyOf(b.actualCosts);
        this.cashFlows = List.copyOf(b.cashFlows);
        this.currentBaseline = highestVersion(baselines);
    }

    /** The first baseline with the highest version, as {@code stream().max(comparingInt(version))} picks. */
    private static Optional<Baseline> highestVersion(List<Baseline> baselines) {
        Baseline best = null;
        for (Baseline candidate : baselines) {
            if (best == null || candidate.version() > best.version()) {
                best = candidate;
            }
        }
        return Optional.ofNullable(best);
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw InvalidValueException.of(field, ViolationCode.VALUE_REQUIRED, "project " + field);
        }
        return value;
    }

    /**
     * Returns a builder for a project; its currency, calendar and start must be set before
     * {@link Builder#build()}.
     *
     * @param id the identifier
     * @param name the name
     * @return the builder
     */
    public static Builder builder(String id, String name) {
        return new Builder().id(ProjectId.of(id)).name(name);
    }

    /**
     * Returns a builder holding every part of this project, to make a changed copy.
     *
     * @return the builder
     */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.id = id;
        b.name = name;
        b.localName = localName.orElse(null);
        b.description = description.orElse(null);
        b.sponsor = sponsor.orElse(null);
        b.manager = manager.orElse(null);
        b.department = department.orElse(null);
        b.currency = currency;
        b.calendar = calendar;
        b.start = start;
        b.statusDate = statusDate.orElse(null);
        b.phase = phase.orElse(null);
        b.budget = budget.orElse(null);
        b.goals.addAll(goals);
        b.requirements.addAll(requirements);
        b.resources.addAll(resources);
        b.activities.addAll(activities);
        b.milestones.addAll(milestones);
        b.risks.addAll(risks);
        b.changeRequests.addAll(changeRequests);
        b.baselines.addAll(baselines);
        b.progress.addAll(progress);
        b.actualCosts.addAll(actualCosts);
        b.cashFlows.addAll(cashFlows);
        return b;
    }

    @Override
    public ProjectId id() {
        return id;
    }

    /**
     * Returns the name.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * Returns the name in the local language, such as Chinese, if known.
     *
     * @return the name in the local language, such as Chinese
     */
    public Optional<String> localName() {
        return localName;
    }

    /**
     * Returns what the project is for, if known.
     *
     * @return what the project is for
     */
    public Optional<String> description() {
        return description;
    }

    /**
     * Returns who sponsors it, if known.
     *
     * @return who sponsors it
     */
    public Optional<String> sponsor() {
        return sponsor;
    }

    /**
     * Returns who manages it, if known.
     *
     * @return who manages it
     */
    public Optional<String> manager() {
        return manager;
    }

    /**
     * Returns the department that owns it, if known.
     *
     * @return the department that owns it
     */
    public Optional<String> department() {
        return department;
    }

    /**
     * Returns the currency of every amount.
     *
     * @return the currency of every amount
     */
    public Currency currency() {
        return currency;
    }

    /**
     * Returns the working-day calendar.
     *
     * @return the working-day calendar
     */
    public WorkCalendar calendar() {
        return calendar;
    }

    /**
     * Returns the planned start date.
     *
     * @return the planned start date
     */
    public LocalDate start() {
        return start;
    }

    /**
     * Returns the date progress and costs are reported to (inclusive), if known.
     *
     * @return the date progress and costs are reported to (inclusive)
     */
    public Optional<LocalDate> statusDate() {
        return statusDate;
    }

    /**
     * Returns the current life-cycle phase, if known.
     *
     * @return the current life-cycle phase
     */
    public Optional<Phase> phase() {
        return phase;
    }

    /**
     * Returns the approved budget and reserves, if known.
     *
     * @return the approved budget and reserves
     */
    public Optional<Budget> budget() {
        return budget;
    }

    /**
     * Returns the goals, in document order.
     *
     * @return the goals, unmodifiable
     */
    public List<Goal> goals() {
        return goals;
    }

    /**
     * Returns the requirements, in document order.
     *
     * @return the requirements, unmodifiable
     */
    public List<Requirement> requirements() {
        return requirements;
    }

    /**
     * Returns the resources, in document order.
     *
     * @return the resources, unmodifiable
     */
    public List<Resource> resources() {
        return resources;
    }

    /**
     * Returns the activities, in document order.
     *
     * @return the activities, unmodifiable
     */
    public List<Activity> activities() {
        return activities;
    }

    /**
     * Returns the milestones, in document order.
     *
     * @return the milestones, unmodifiable
     */
    public List<Milestone> milestones() {
        return milestones;
    }

    /**
     * Returns the risks, in document order.
     *
     * @return the risks, unmodifiable
     */
    public List<Risk> risks() {
        return risks;
    }

    /**
     * Returns the change requests, in document order.
     *
     * @return the change requests, unmodifiable
     */
    public List<ChangeRequest> changeRequests() {
        return changeRequests;
    }

    /**
     * Returns the baselines, oldest first, in document order.
     *
     * @return the baselines, oldest first, unmodifiable
     */
    public List<Baseline> baselines() {
        return baselines;
    }

    /**
     * Returns the progress records, in document order.
     *
     * @return the progress records, unmodifiable
     */
    public List<ProgressRecord> progress() {
        return progress;
    }

    /**
     * Returns the actual costs, in document order.
     *
     * @return the actual costs, unmodifiable
     */
    public List<ActualCost> actualCosts() {
        return actualCosts;
    }

    /**
     * Returns the cash flows of the investment case, in document order.
     *
     * @return the cash flows, unmodifiable
     */
    public List<CashFlow> cashFlows() {
        return cashFlows;
    }

    /**
     * Returns the current baseline: the one with the highest version (the first of them, should
     * two share it).
     *
     * @return the current baseline, if the project has one
     */
    public Optional<Baseline> currentBaseline() {
        return currentBaseline;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Project p)) {
            return false;
        }
        return Objects.equals(id, p.id)
                && Objects.equals(name, p.name)
                && Objects.equals(localName, p.localName)
                && Objects.equals(description, p.description)
                && Objects.equals(sponsor, p.sponsor)
                && Objects.equals(manager, p.manager)
                && Objects.equals(department, p.department)
                && Objects.equals(currency, p.currency)
                && Objects.equals(calendar, p.calendar)
                && Objects.equals(start, p.start)
                && Objects.equals(statusDate, p.statusDate)
                && Objects.equals(phase, p.phase)
                && Objects.equals(budget, p.budget)
                && goals.equals(p.goals)
                && requirements.equals(p.requirements)
                && resources.equals(p.resources)
                && activities.equals(p.activities)
                && milestones.equals(p.milestones)
                && risks.equals(p.risks)
                && changeRequests.equals(p.changeRequests)
                && baselines.equals(p.baselines)
                && progress.equals(p.progress)
                && actualCosts.equals(p.actualCosts)
                && cashFlows.equals(p.cashFlows);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, localName, description, sponsor, manager, department, currency, calendar, start, statusDate, phase, budget, goals, requirements, resources, activities, milestones, risks, changeRequests, baselines, progress, actualCosts, cashFlows);
    }

    /**
     * Returns a short description: identifier, name and size.
     *
     * @return such as {@code Project[CRM-2026 "CRM upgrade 2026", 14 activities]}
     */
    @Override
    public String toString() {
        return "Project[" + id + " \"" + name + "\", " + activities.size() + " activities]";
    }

    /** Builds a {@link Project}; not thread-safe. */
    public static final class Builder {
        private ProjectId id;
        private String name;
        private String localName;
        private String description;
        private String sponsor;
        private String manager;
        private String department;
        private Currency currency;
        private WorkCalendar calendar;
        private LocalDate start;
        private LocalDate statusDate;
        private Phase phase;
        private Budget budget;
        private final List<Goal> goals = new ArrayList<>();
        private final List<Requirement> requirements = new ArrayList<>();
        private final List<Resource> resources = new ArrayList<>();
        private final List<Activity> activities = new ArrayList<>();
        private final List<Milestone> milestones = new ArrayList<>();
        private final List<Risk> risks = new ArrayList<>();
        private final List<ChangeRequest> changeRequests = new ArrayList<>();
        private final List<Baseline> baselines = new ArrayList<>();
        private final List<ProgressRecord> progress = new ArrayList<>();
        private final List<ActualCost> actualCosts = new ArrayList<>();
        private final List<CashFlow> cashFlows = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the identifier.
         *
         * @param value the identifier
         * @return this builder
         */
        public Builder id(ProjectId value) {
            this.id = value;
            return this;
        }

        /**
         * Sets the name.
         *
         * @param value the name
         * @return this builder
         */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /**
         * Sets the name in the local language, such as Chinese.
         *
         * @param value the name in the local language, such as Chinese, or null for none
         * @return this builder
         */
        public Builder localName(String value) {
            this.localName = value;
            return this;
        }

        /**
         * Sets what the project is for.
         *
         * @param value what the project is for, or null for none
         * @return this builder
         */
        public Builder description(String value) {
            this.description = value;
            return this;
        }

        /**
         * Sets who sponsors it.
         *
         * @param value who sponsors it, or null for none
         * @return this builder
         */
        public Builder sponsor(String value) {
            this.sponsor = value;
            return this;
        }

        /**
         * Sets who manages it.
         *
         * @param value who manages it, or null for none
         * @return this builder
         */
        public Builder manager(String value) {
            this.manager = value;
            return this;
        }

        /**
         * Sets the department that owns it.
         *
         * @param value the department that owns it, or null for none
         * @return this builder
         */
        public Builder department(String value) {
            this.department = value;
            return this;
        }

        /**
         * Sets the currency of every amount.
         *
         * @param value the currency of every amount
         * @return this builder
         */
        public Builder currency(Currency value) {
            this.currency = value;
            return this;
        }

        /**
         * Sets the working-day calendar.
         *
         * @param value the working-day calendar
         * @return this builder
         */
        public Builder calendar(WorkCalendar value) {
            this.calendar = value;
            return this;
        }

        /**
         * Sets the planned start date.
         *
         * @param value the planned start date
         * @return this builder
         */
        public Builder start(LocalDate value) {
            this.start = value;
            return this;
        }

        /**
         * Sets the date progress and costs are reported to (inclusive).
         *
         * @param value the date progress and costs are reported to (inclusive), or null for none
         * @return this builder
         */
        public Builder statusDate(LocalDate value) {
            this.statusDate = value;
            return this;
        }

        /**
         * Sets the current life-cycle phase.
         *
         * @param value the current life-cycle phase, or null for none
         * @return this builder
         */
        public Builder phase(Phase value) {
            this.phase = value;
            return this;
        }

        /**
         * Sets the approved budget and reserves.
         *
         * @param value the approved budget and reserves, or null for none
         * @return this builder
         */
        public Builder budget(Budget value) {
            this.budget = value;
            return this;
        }

        /**
         * Adds to the goals.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder goal(Goal value) {
            goals.add(Objects.requireNonNull(value, "goal"));
            return this;
        }

        /**
         * Replaces the goals.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder goals(Collection<? extends Goal> values) {
            List<Goal> copy = List.copyOf(values);
            goals.clear();
            goals.addAll(copy);
            return this;
        }

        /**
         * Adds to the requirements.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder requirement(Requirement value) {
            requirements.add(Objects.requireNonNull(value, "requirement"));
            return this;
        }

        /**
         * Replaces the requirements.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder requirements(Collection<? extends Requirement> values) {
            List<Requirement> copy = List.copyOf(values);
            requirements.clear();
            requirements.addAll(copy);
            return this;
        }

        /**
         * Adds to the resources.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder resource(Resource value) {
            resources.add(Objects.requireNonNull(value, "resource"));
            return this;
        }

        /**
         * Replaces the resources.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder resources(Collection<? extends Resource> values) {
            List<Resource> copy = List.copyOf(values);
            resources.clear();
            resources.addAll(copy);
            return this;
        }

        /**
         * Adds to the activities.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder activity(Activity value) {
            activities.add(Objects.requireNonNull(value, "activity"));
            return this;
        }

        /**
         * Replaces the activities.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder activities(Collection<? extends Activity> values) {
            List<Activity> copy = List.copyOf(values);
            activities.clear();
            activities.addAll(copy);
            return this;
        }

        /**
         * Adds to the milestones.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder milestone(Milestone value) {
            milestones.add(Objects.requireNonNull(value, "milestone"));
            return this;
        }

        /**
         * Replaces the milestones.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder milestones(Collection<? extends Milestone> values) {
            List<Milestone> copy = List.copyOf(values);
            milestones.clear();
            milestones.addAll(copy);
            return this;
        }

        /**
         * Adds to the risks.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder risk(Risk value) {
            risks.add(Objects.requireNonNull(value, "risk"));
            return this;
        }

        /**
         * Replaces the risks.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder risks(Collection<? extends Risk> values) {
            List<Risk> copy = List.copyOf(values);
            risks.clear();
            risks.addAll(copy);
            return this;
        }

        /**
         * Adds to the change requests.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder changeRequest(ChangeRequest value) {
            changeRequests.add(Objects.requireNonNull(value, "changeRequest"));
            return this;
        }

        /**
         * Replaces the change requests.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder changeRequests(Collection<? extends ChangeRequest> values) {
            List<ChangeRequest> copy = List.copyOf(values);
            changeRequests.clear();
            changeRequests.addAll(copy);
            return this;
        }

        /**
         * Adds to the baselines, oldest first.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder baseline(Baseline value) {
            baselines.add(Objects.requireNonNull(value, "baseline"));
            return this;
        }

        /**
         * Replaces the baselines, oldest first.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder baselines(Collection<? extends Baseline> values) {
            List<Baseline> copy = List.copyOf(values);
            baselines.clear();
            baselines.addAll(copy);
            return this;
        }

        /**
         * Adds to the progress records.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder progressRecord(ProgressRecord value) {
            progress.add(Objects.requireNonNull(value, "progress"));
            return this;
        }

        /**
         * Replaces the progress records.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder progress(Collection<? extends ProgressRecord> values) {
            List<ProgressRecord> copy = List.copyOf(values);
            progress.clear();
            progress.addAll(copy);
            return this;
        }

        /**
         * Adds to the actual costs.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder actualCost(ActualCost value) {
            actualCosts.add(Objects.requireNonNull(value, "actualCost"));
            return this;
        }

        /**
         * Replaces the actual costs.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder actualCosts(Collection<? extends ActualCost> values) {
            List<ActualCost> copy = List.copyOf(values);
            actualCosts.clear();
            actualCosts.addAll(copy);
            return this;
        }

        /**
         * Adds to the cash flows of the investment case.
         *
         * @param value the one to add
         * @return this builder
         */
        public Builder cashFlow(CashFlow value) {
            cashFlows.add(Objects.requireNonNull(value, "cashFlow"));
            return this;
        }

        /**
         * Replaces the cash flows of the investment case.
         *
         * @param values the new ones
         * @return this builder
         */
        public Builder cashFlows(Collection<? extends CashFlow> values) {
            List<CashFlow> copy = List.copyOf(values);
            cashFlows.clear();
            cashFlows.addAll(copy);
            return this;
        }

        /**
         * Sets the currency by its ISO 4217 code.
         *
         * @param code such as {@code CNY}
         * @return this builder
         */
        public Builder currency(String code) {
            return currency(Currency.getInstance(code));
        }

        /**
         * Builds the project.
         *
         * @return the project
         * @throws InvalidValueException if the identifier, name, currency, calendar or start is missing
         */
        public Project build() {
            return new Project(this);
        }
    }
}
