package org.pmokit.core.json;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActivityModification;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Assignment;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.GoalId;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiReading;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.ProjectId;
import org.pmokit.core.project.Requirement;
import org.pmokit.core.project.RequirementId;
import org.pmokit.core.project.Resource;
import org.pmokit.core.project.ResourceId;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.StatusChange;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.InvalidValueException;
import org.pmokit.core.validation.Violation;
import org.pmokit.core.validation.ViolationCode;

/**
 * Turns the bound document into the model, collecting every value that the model refuses instead
 * of stopping at the first.
 *
 * <p>Each part is made on its own, so that a bad amount in one activity and a negative duration in
 * another are both reported. A part whose optional piece was refused is still made without that
 * piece, so that the part's own invariants are checked too; a part that misses a required piece is
 * not made. Each refusal becomes a {@link Violation} whose path is the model's, as
 * {@link org.pmokit.core.validation.ProjectValidator} writes it: entities with an identifier by
 * identifier ({@code activities[A12].duration}), others by position ({@code progress[3].percentComplete});
 * an entity whose identifier is itself invalid, by position. A path is written out only for a
 * violation (see {@link Place}): a valid document of 100,000 activities makes no path string at all.
 *
 * <p>What absence means: a required field is a {@link ViolationCode#VALUE_REQUIRED}; a list is
 * empty; a link is finish-to-start without lag; anything else optional is empty.
 *
 * <p>Not thread-safe: one per read.
 */
final class DocToModel {

    private static final Place CALENDAR = Place.ROOT.field("calendar");
    private static final Place BUDGET = Place.ROOT.field("budget");

    private final int maxDigits;
    private final List<Violation> violations = new ArrayList<>();
    /** The project's currency; null while unknown or invalid, when amounts are not checked. */
    private Currency currency;

    private DocToModel(int maxDigits) {
        this.maxDigits = maxDigits;
    }

    /** The project, or every violation found. */
    record Outcome(Project project, List<Violation> violations) {
    }

    /**
     * Maps a document.
     *
     * @param document the bound document
     * @param limits the limits, for the digits of decimals written as strings
     * @return the project, or the violations if there is any
     */
    static Outcome map(Doc.Project document, JsonLimits limits) {
        DocToModel mapper = new DocToModel(limits.maxNumberLength());
        Project project = mapper.project(document);
        return mapper.violations.isEmpty() ? new Outcome(project, List.of()) : new Outcome(null, List.copyOf(mapper.violations));
    }

    // --- the project --------------------------------------------------------------------------

    private Project project(Doc.Project d) {
        ProjectId id = id(d.id(), Place.ROOT, "id", ProjectId::of);
        String name = required(d.name(), Place.ROOT, "name");
        currency = currency(d.currency());
        WorkCalendar calendar = calendar(d.calendar());
        LocalDate start = required(d.start(), Place.ROOT, "start");
        Budget budget = d.budget() == null ? null : budget(d.budget());
        List<Goal> goals = entities(d.goals(), Place.ROOT, "goals", Doc.Goal::id, this::goal);
        List<Requirement> requirements = entities(d.requirements(), Place.ROOT, "requirements", Doc.Requirement::id,
                this::requirement);
        List<Resource> resources = entities(d.resources(), Place.ROOT, "resources", Doc.Resource::id, this::resource);
        List<Activity> activities = entities(d.activities(), Place.ROOT, "activities", Doc.Activity::id,
                this::activity);
        List<Milestone> milestones = entities(d.milestones(), Place.ROOT, "milestones", Doc.Milestone::id, this::milestone);
        List<Risk> risks = entities(d.risks(), Place.ROOT, "risks", Doc.Risk::id, this::risk);
        List<ChangeRequest> changes = entities(d.changeRequests(), Place.ROOT, "changeRequests", Doc.ChangeRequest::id,
                this::changeRequest);
        List<Baseline> baselines = indexed(d.baselines(), Place.ROOT, "baselines", this::baseline);
        List<ProgressRecord> progress = indexed(d.progress(), Place.ROOT, "progress", this::progress);
        List<ActualCost> actualCosts = indexed(d.actualCosts(), Place.ROOT, "actualCosts", this::actualCost);
        List<CashFlow> cashFlows = indexed(d.cashFlows(), Place.ROOT, "cashFlows", this::cashFlow);
        if (!violations.isEmpty()) {
            return null;
        }
        return make(Place.ROOT, () -> Project.builder(id.value(), name)
                .localName(d.localName()).description(d.description()).sponsor(d.sponsor())
                .manager(d.manager()).department(d.department())
                .currency(currency).calendar(calendar).start(start).statusDate(d.statusDate()).phase(d.phase())
                .budget(budget).goals(goals).requirements(requirements).resources(resources).activities(activities)
                .milestones(milestones).risks(risks).changeRequests(changes).baselines(baselines).progress(progress)
                .actualCosts(actualCosts).cashFlows(cashFlows).build());
    }

    private Currency currency(String code) {
        if (required(code, Place.ROOT, "currency") == null) {
            return null;
        }
        try {
            return Currency.getInstance(code);
        } catch (IllegalArgumentException e) {
            violations.add(Violation.of("currency", ViolationCode.VALUE_MALFORMED, "currency", "CNY",
                    Tokens.quote(code)));
            return null;
        }
    }

    private WorkCalendar calendar(Doc.Calendar c) {
        if (required(c, Place.ROOT, "calendar") == null) {
            return null;
        }
        if (c.name() != null) {
            return WorkCalendar.named(c.name()).orElseThrow();
        }
        Doc.CustomCalendar custom = c.custom();
        List<DayOfWeek> weekend = required(custom.weekend(), CALENDAR, "weekend");
        List<LocalDate> holidays = required(custom.holidays(), CALENDAR, "holidays");
        List<LocalDate> workdays = required(custom.workdays(), CALENDAR, "workdays");
        Integer first = custom.firstYear();
        Integer last = custom.lastYear();
        if (first != null && last == null) {
            required(null, CALENDAR, "lastYear");
        } else if (first == null && last != null) {
            required(null, CALENDAR, "firstYear");
        }
        if (weekend == null || holidays == null || workdays == null || (first == null) != (last == null)) {
            return null;
        }
        Set<DayOfWeek> days = weekend.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(weekend);
        if (days.size() != weekend.size()) {
            for (int i = 0; i < weekend.size(); i++) {
                if (weekend.indexOf(weekend.get(i)) < i) {
                    violations.add(Violation.of("calendar.weekend[" + i + "]", ViolationCode.ID_DUPLICATE,
                            "calendar.weekend", weekend.get(i)));
                }
            }
            return null;
        }
        try {
            return first == null ? WorkCalendar.custom(days, holidays, workdays)
                    : WorkCalendar.custom(days, holidays, workdays, Year.of(first), Year.of(last));
        } catch (IllegalArgumentException | DateTimeException e) {
            // The calendar's own rule, in its words: weekend, holidays and make-up days that do not fit.
            violations.add(Violation.of("calendar", ViolationCode.VALUE_MALFORMED, "calendar",
                    "{\"weekend\": [\"SATURDAY\", \"SUNDAY\"], \"holidays\": [], \"workdays\": []}", e.getMessage()));
            return null;
        }
    }

    private Budget budget(Doc.Budget b) {
        int before = violations.size();
        Money total = requiredMoney(b.approvedTotal(), BUDGET, "approvedTotal");
        Money contingency = money(b.contingencyReserve(), BUDGET, "contingencyReserve");
        Money management = money(b.managementReserve(), BUDGET, "managementReserve");
        if (total == null) {
            return null;
        }
        return made(before, make(BUDGET, () -> new Budget(total, opt(contingency), opt(management))));
    }

    // --- goals, requirements, resources -------------------------------------------------------

    private Goal goal(Doc.Goal g, Place at) {
        int before = violations.size();
        GoalId id = id(g.id(), at, "id", GoalId::of);
        String statement = required(g.statement(), at, "statement");
        Kpi kpi = g.kpi() == null ? null : kpi(g.kpi(), at.field("kpi"));
        List<RequirementId> requirements = ids(g.requirements(), at, "requirements", RequirementId::of);
        if (id == null || statement == null) {
            return null;
        }
        return made(before, make(at, () -> new Goal(id, statement, opt(kpi), Optional.ofNullable(g.deadline()),
                Optional.ofNullable(g.owner()), Optional.ofNullable(g.objective()), requirements)));
    }

    private Kpi kpi(Doc.Kpi k, Place at) {
        int before = violations.size();
        String name = required(k.name(), at, "name");
        BigDecimal baseline = decimal(k.baseline(), at, "baseline");
        BigDecimal target = decimal(k.target(), at, "target");
        List<KpiReading> readings = indexed(k.readings(), at, "readings", this::reading);
        if (name == null) {
            return null;
        }
        return made(before, make(at, () -> new Kpi(name, Optional.ofNullable(k.dimension()), Optional.ofNullable(k.unit()),
                opt(baseline), opt(target), Optional.ofNullable(k.direction()), readings)));
    }

    private KpiReading reading(Doc.KpiReading r, Place at) {
        int before = violations.size();
        LocalDate date = required(r.date(), at, "date");
        BigDecimal value = required(r.value(), at, "value") == null ? null : decimal(r.value(), at, "value");
        if (date == null || value == null) {
            return null;
        }
        return made(before, make(at, () -> new KpiReading(date, value)));
    }

    private Requirement requirement(Doc.Requirement r, Place at) {
        int before = violations.size();
        RequirementId id = id(r.id(), at, "id", RequirementId::of);
        Object type = required(r.type(), at, "type");
        String title = required(r.title(), at, "title");
        if (id == null || type == null || title == null) {
            return null;
        }
        return made(before, make(at, () -> new Requirement(id, r.type(), Optional.ofNullable(r.priority()), title,
                Optional.ofNullable(r.description()))));
    }

    private Resource resource(Doc.Resource r, Place at) {
        int before = violations.size();
        ResourceId id = id(r.id(), at, "id", ResourceId::of);
        String name = required(r.name(), at, "name");
        Object type = required(r.type(), at, "type");
        Money rate = money(r.rate(), at, "rate");
        if (id == null || name == null || type == null) {
            return null;
        }
        return made(before, make(at, () -> new Resource(id, name, r.type(), opt(rate), Optional.ofNullable(r.capacity()))));
    }

    // --- activities ---------------------------------------------------------------------------

    private Activity activity(Doc.Activity a, Place at) {
        int before = violations.size();
        ActivityId id = id(a.id(), at, "id", ActivityId::of);
        String name = required(a.name(), at, "name");
        Integer duration = required(a.duration(), at, "duration");
        Money budget = money(a.budget(), at, "budget");
        ActivityConstraint constraint = a.constraint() == null ? null : constraint(a.constraint(), at.field("constraint"));
        List<Dependency> predecessors = indexed(a.predecessors(), at, "predecessors", this::dependency);
        List<Assignment> resources = indexed(a.resources(), at, "resources", this::assignment);
        if (id == null || name == null || duration == null) {
            return null;
        }
        return made(before, make(at, () -> new Activity(id, name, Optional.ofNullable(a.wbs()),
                Optional.ofNullable(a.phase()), duration, opt(budget), Optional.ofNullable(a.earningRule()),
                Optional.ofNullable(a.curve()), opt(constraint), predecessors, resources)));
    }

    private ActivityConstraint constraint(Doc.Constraint c, Place at) {
        Object type = required(c.type(), at, "type");
        LocalDate date = required(c.date(), at, "date");
        if (type == null || date == null) {
            return null;
        }
        return make(at, () -> new ActivityConstraint(c.type(), date));
    }

    private Dependency dependency(Doc.Dependency d, Place at) {
        ActivityId predecessor = id(d.activity(), at, "activity", ActivityId::of);
        if (predecessor == null) {
            return null;
        }
        return make(at, () -> new Dependency(predecessor, linkType(d.type()), lag(d.lag())));
    }

    private Assignment assignment(Doc.Assignment a, Place at) {
        ResourceId resource = id(a.resource(), at, "resource", ResourceId::of);
        BigDecimal units = required(a.units(), at, "units");
        if (resource == null || units == null) {
            return null;
        }
        return make(at, () -> new Assignment(resource, units));
    }

    // --- milestones and risks -----------------------------------------------------------------

    private Milestone milestone(Doc.Milestone m, Place at) {
        int before = violations.size();
        MilestoneId id = id(m.id(), at, "id", MilestoneId::of);
        String name = required(m.name(), at, "name");
        ActivityId activity = m.activity() == null ? null : id(m.activity(), at, "activity", ActivityId::of);
        if (id == null || name == null) {
            return null;
        }
        return made(before, make(at, () -> new Milestone(id, name, Optional.ofNullable(m.kind()), opt(activity),
                Optional.ofNullable(m.due()), Optional.ofNullable(m.deliverable()), Optional.ofNullable(m.acceptance()),
                Optional.ofNullable(m.owner()), Optional.ofNullable(m.actual()))));
    }

    private Risk risk(Doc.Risk r, Place at) {
        int before = violations.size();
        RiskId id = id(r.id(), at, "id", RiskId::of);
        String title = required(r.title(), at, "title");
        Object category = required(r.category(), at, "category");
        Object kind = required(r.kind(), at, "kind");
        BigDecimal probability = required(r.probability(), at, "probability");
        RiskImpact impact = required(r.impact(), at, "impact") == null ? null : riskImpact(r.impact(), at.field("impact"));
        Object status = required(r.status(), at, "status");
        List<ActivityId> activities = ids(r.activities(), at, "activities", ActivityId::of);
        if (id == null || title == null || category == null || kind == null || probability == null || impact == null
                || status == null) {
            return null;
        }
        return made(before, make(at, () -> new Risk(id, title, r.category(), r.kind(), probability, impact,
                Optional.ofNullable(r.owner()), Optional.ofNullable(r.strategy()), Optional.ofNullable(r.response()),
                r.status(), Optional.ofNullable(r.identified()), Optional.ofNullable(r.reviewed()), activities,
                Optional.ofNullable(r.identifiedAt()), Optional.ofNullable(r.responseStarted()))));
    }

    private RiskImpact riskImpact(Doc.RiskImpact i, Place at) {
        int before = violations.size();
        Money cost = money(i.cost(), at, "cost");
        return made(before, make(at, () -> new RiskImpact(opt(cost), optInt(i.scheduleDays()), optInt(i.level()))));
    }

    // --- change requests ----------------------------------------------------------------------

    private ChangeRequest changeRequest(Doc.ChangeRequest c, Place at) {
        int before = violations.size();
        ChangeRequestId id = id(c.id(), at, "id", ChangeRequestId::of);
        String title = required(c.title(), at, "title");
        Object type = required(c.type(), at, "type");
        String requester = required(c.requester(), at, "requester");
        ImpactAssessment impact = c.impact() == null ? null : impact(c.impact(), at.field("impact"));
        Object status = required(c.status(), at, "status");
        List<Decision> decisions = indexed(c.decisions(), at, "decisions", this::decision);
        ActivityChanges changes = c.activities() == null ? null : changes(c.activities(), at.field("activities"));
        List<StatusChange> history = indexed(c.history(), at, "history", this::statusChange);
        if (id == null || title == null || type == null || requester == null || status == null) {
            return null;
        }
        return made(before, make(at, () -> new ChangeRequest(id, title, c.type(), requester,
                Optional.ofNullable(c.submitted()), opt(impact), c.status(), decisions, opt(changes), history)));
    }

    private ImpactAssessment impact(Doc.Impact i, Place at) {
        Money cost = requiredMoney(i.cost(), at, "cost");
        Integer days = required(i.scheduleDays(), at, "scheduleDays");
        Object business = required(i.business(), at, "business");
        Object system = required(i.system(), at, "system");
        Object resource = required(i.resource(), at, "resource");
        Boolean compliance = required(i.compliance(), at, "compliance");
        if (cost == null || days == null || business == null || system == null || resource == null || compliance == null) {
            return null;
        }
        return make(at, () -> new ImpactAssessment(cost, days, i.business(), i.system(), i.resource(), compliance));
    }

    private Decision decision(Doc.Decision d, Place at) {
        String by = required(d.by(), at, "by");
        Object role = required(d.role(), at, "role");
        Object decision = required(d.decision(), at, "decision");
        Object when = required(d.at(), at, "at");
        if (by == null || role == null || decision == null || when == null) {
            return null;
        }
        return make(at, () -> new Decision(by, d.role(), d.decision(), d.at(), Optional.ofNullable(d.comment()),
                Optional.ofNullable(d.hash())));
    }

    private StatusChange statusChange(Doc.StatusChange s, Place at) {
        Object status = required(s.status(), at, "status");
        String by = required(s.by(), at, "by");
        Object when = required(s.at(), at, "at");
        if (status == null || by == null || when == null) {
            return null;
        }
        return make(at, () -> new StatusChange(s.status(), by, s.at()));
    }

    private ActivityChanges changes(Doc.ActivityChanges c, Place at) {
        int before = violations.size();
        List<Activity> add = entities(c.add(), at, "add", Doc.Activity::id, this::activity);
        List<ActivityId> remove = ids(c.remove(), at, "remove", ActivityId::of);
        List<ActivityModification> modify = indexed(c.modify(), at, "modify", this::modification);
        List<PredecessorAddition> links = indexed(c.addPredecessors(), at, "addPredecessors", this::addition);
        return made(before, make(at, () -> new ActivityChanges(add, remove, modify, links)));
    }

    private ActivityModification modification(Doc.Modification m, Place at) {
        int before = violations.size();
        ActivityId activity = id(m.activity(), at, "activity", ActivityId::of);
        Money budget = money(m.budget(), at, "budget");
        if (activity == null) {
            return null;
        }
        return made(before, make(at, () -> new ActivityModification(activity, Optional.ofNullable(m.name()),
                optInt(m.duration()), opt(budget))));
    }

    private PredecessorAddition addition(Doc.PredecessorAddition a, Place at) {
        ActivityId activity = id(a.activity(), at, "activity", ActivityId::of);
        ActivityId predecessor = id(a.predecessor(), at, "predecessor", ActivityId::of);
        if (activity == null || predecessor == null) {
            return null;
        }
        return make(at, () -> new PredecessorAddition(activity, predecessor, linkType(a.type()), lag(a.lag())));
    }

    // --- baselines, progress, actual costs, cash flows ----------------------------------------

    private Baseline baseline(Doc.Baseline b, Place at) {
        int before = violations.size();
        Integer version = required(b.version(), at, "version");
        LocalDate approved = required(b.approved(), at, "approved");
        List<BaselineActivity> activities = indexed(b.activities(), at, "activities", this::baselineActivity);
        ChangeRequestId change = b.change() == null ? null : id(b.change(), at, "change", ChangeRequestId::of);
        if (version == null || approved == null) {
            return null;
        }
        return made(before, make(at, () -> new Baseline(version, approved, activities, opt(change))));
    }

    private BaselineActivity baselineActivity(Doc.BaselineActivity a, Place at) {
        ActivityId activity = id(a.activity(), at, "activity", ActivityId::of);
        LocalDate start = required(a.start(), at, "start");
        LocalDate finish = required(a.finish(), at, "finish");
        Money budget = requiredMoney(a.budget(), at, "budget");
        if (activity == null || start == null || finish == null || budget == null) {
            return null;
        }
        return make(at, () -> new BaselineActivity(activity, start, finish, budget));
    }

    private ProgressRecord progress(Doc.Progress r, Place at) {
        LocalDate date = required(r.date(), at, "date");
        ActivityId activity = id(r.activity(), at, "activity", ActivityId::of);
        BigDecimal percent = required(r.percentComplete(), at, "percentComplete");
        if (date == null || activity == null || percent == null) {
            return null;
        }
        return make(at, () -> new ProgressRecord(date, activity, percent, Optional.ofNullable(r.actualStart()),
                Optional.ofNullable(r.actualFinish()), optInt(r.remainingDuration())));
    }

    private ActualCost actualCost(Doc.ActualCost c, Place at) {
        LocalDate date = required(c.date(), at, "date");
        ActivityId activity = id(c.activity(), at, "activity", ActivityId::of);
        Money amount = requiredMoney(c.amount(), at, "amount");
        if (date == null || activity == null || amount == null) {
            return null;
        }
        return make(at, () -> new ActualCost(date, activity, amount));
    }

    private CashFlow cashFlow(Doc.CashFlow c, Place at) {
        Integer period = required(c.period(), at, "period");
        Money amount = requiredMoney(c.amount(), at, "amount");
        if (period == null || amount == null) {
            return null;
        }
        return make(at, () -> new CashFlow(period, amount, Optional.ofNullable(c.description())));
    }

    // --- values -------------------------------------------------------------------------------

    /** A required value: reports it missing. */
    private <T> T required(T value, Place at, String field) {
        if (value == null) {
            String path = at.path(field);
            violations.add(Violation.of(path, ViolationCode.VALUE_REQUIRED, path));
        }
        return value;
    }

    /** A required identifier: reports it missing or malformed (in the model's words). */
    private <I> I id(String value, Place at, String field, Function<String, I> of) {
        if (required(value, at, field) == null) {
            return null;
        }
        try {
            return of.apply(value);
        } catch (InvalidValueException e) {
            violations.add(e.violation().under(at.path(field)));
            return null;
        }
    }

    /** A list of identifiers, each by position. */
    private <I> List<I> ids(List<String> values, Place at, String list, Function<String, I> of) {
        return indexed(values, at, list, (value, item) -> id(value, item, null, of));
    }

    /**
     * An optional amount in the project's currency; null if absent, refused or not checkable. A
     * refusal shows the form of an amount in that currency ({@code 1234.00} for CNY) or, for too
     * many digits, the range of amounts.
     */
    private Money money(Doc.NumberText amount, Place at, String field) {
        if (amount == null || currency == null) {
            return null;
        }
        String text = amount.text();
        try {
            return Money.of(currency, text);
        } catch (ArithmeticException | NumberFormatException e) {
            // Too many decimal places for the currency, or no decimal at all.
            String shown = e instanceof ArithmeticException ? Tokens.abbreviate(text) : Tokens.quote(text);
            String path = at.path(field);
            violations.add(Violation.of(path, ViolationCode.VALUE_MALFORMED, path,
                    Money.of(currency, 1234).amount().toPlainString(), shown));
        } catch (IllegalArgumentException e) {
            // More integer digits than any amount may have.
            String largest = Money.of(currency, "9".repeat(Money.MAX_INTEGER_DIGITS)).amount().toPlainString();
            String path = at.path(field);
            violations.add(Violation.of(path, ViolationCode.VALUE_OUT_OF_RANGE, path, "-" + largest, largest,
                    Tokens.abbreviate(text)));
        }
        return null;
    }

    /** A required amount: reports it missing; null also when the currency is not known. */
    private Money requiredMoney(Doc.NumberText amount, Place at, String field) {
        return required(amount, at, field) == null ? null : money(amount, at, field);
    }

    /** An optional decimal written as a string (or a number); null if absent or refused. */
    private BigDecimal decimal(Doc.NumberText number, Place at, String field) {
        if (number == null) {
            return null;
        }
        String text = number.text();
        if (text.length() <= maxDigits * 2 + 8) {
            try {
                BigDecimal value = new BigDecimal(text);
                if (StrictValues.fits(value, maxDigits)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
        }
        String path = at.path(field);
        violations.add(Violation.of(path, ViolationCode.VALUE_MALFORMED, path, "29200000.5", Tokens.quote(text)));
        return null;
    }

    private static DependencyType linkType(DependencyType type) {
        return type == null ? DependencyType.FS : type;
    }

    private static int lag(Integer lag) {
        return lag == null ? 0 : lag;
    }

    private static <T> Optional<T> opt(T value) {
        return Optional.ofNullable(value);
    }

    private static OptionalInt optInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    // --- parts and lists ----------------------------------------------------------------------

    /** Makes a part, turning the model's refusal into a violation under the part's path. */
    private <T> T make(Place at, Supplier<T> maker) {
        return make(at, null, maker);
    }

    /** Makes a field of a part, turning the model's refusal into a violation under the field's path. */
    private <T> T make(Place at, String field, Supplier<T> maker) {
        try {
            return maker.get();
        } catch (InvalidValueException e) {
            violations.add(e.violation().under(at.path(field)));
            return null;
        }
    }

    /** The part if nothing was refused since {@code before}, else null. */
    private <T> T made(int before, T part) {
        return violations.size() == before ? part : null;
    }

    /** The entities of a list, each under {@code list[id]}, or {@code list[i]} if its identifier is invalid. */
    private <D, T> List<T> entities(List<D> items, Place at, String list, Function<D, String> idOf,
            BiFunction<D, Place, T> mapper) {
        if (items == null) {
            return List.of();
        }
        Place place = at.field(list);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            D item = items.get(i);
            add(out, mapper.apply(item, place.item(idOf.apply(item), i)));
        }
        return out;
    }

    /** The parts of a list, each under {@code list[i]}. */
    private <D, T> List<T> indexed(List<D> items, Place at, String list, BiFunction<D, Place, T> mapper) {
        if (items == null) {
            return List.of();
        }
        Place place = at.field(list);
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            add(out, mapper.apply(items.get(i), place.item(i)));
        }
        return out;
    }

    private static <T> void add(List<T> parts, T part) {
        if (part != null) {
            parts.add(part);
        }
    }

    /** Whether a text has the form of an identifier, so that a path may name the entity by it. */
    private static boolean isIdentifier(String id) {
        if (id == null || id.isEmpty() || id.length() > 64) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
                    || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A place in the model, as a violation's path names it ({@code changeRequests[C1].activities.add[A9]}):
     * a field of its parent place or an item of its parent list, by identifier or position. The path
     * is written out only when a violation names it, so that a valid document costs one small object
     * per part rather than a string per value. Immutable.
     */
    static final class Place {
        /** The project itself: its fields' paths are their names. */
        static final Place ROOT = new Place(null, null, null, -1);

        private final Place parent;
        /** The field's name, or null for an item of a list. */
        private final String field;
        /** The item's identifier as written (null if none); it names the item if it is well-formed. */
        private final String id;
        private final int index;

        private Place(Place parent, String field, String id, int index) {
            this.parent = parent;
            this.field = field;
            this.id = id;
            this.index = index;
        }

        /** A field of this place: {@code budget} of the project, {@code impact} of a risk. */
        Place field(String name) {
            return new Place(this, name, null, -1);
        }

        /**
         * An item of this list by its identifier, {@code activities[A1]}, or by its position,
         * {@code activities[0]}, if the identifier is missing or malformed. Which one is decided
         * only when the path is written.
         *
         * @param identifier the item's identifier as written, or null
         * @param position its position
         */
        Place item(String identifier, int position) {
            return new Place(this, null, identifier, position);
        }

        /** An item of this list by its position: {@code progress[0]}. */
        Place item(int position) {
            return new Place(this, null, null, position);
        }

        /** The path of this place. */
        String path() {
            StringBuilder out = new StringBuilder(48);
            write(out);
            return out.toString();
        }

        /** The path of a field of this place, or of this place itself if the field is null. */
        String path(String name) {
            if (name == null) {
                return path();
            }
            StringBuilder out = new StringBuilder(48);
            write(out);
            if (out.length() > 0) {
                out.append('.');
            }
            return out.append(name).toString();
        }

        private void write(StringBuilder out) {
            if (parent == null) {
                return;
            }
            parent.write(out);
            if (field != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(field);
            } else if (isIdentifier(id)) {
                out.append('[').append(id).append(']');
            } else {
                out.append('[').append(index).append(']');
            }
        }

        @Override
        public String toString() {
            return path();
        }
    }
}
