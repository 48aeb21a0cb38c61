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
 * an entity whose identifier is itself invalid, by position.
 *
 * <p>What absence means: a required field is a {@link ViolationCode#VALUE_REQUIRED}; a list is
 * empty; a link is finish-to-start without lag; anything else optional is empty.
 *
 * <p>Not thread-safe: one per read.
 */
final class DocToModel {

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
        ProjectId id = id(d.id(), "id", ProjectId::of);
        String name = required(d.name(), "name");
        currency = currency(d.currency());
        WorkCalendar calendar = calendar(d.calendar());
        LocalDate start = required(d.start(), "start");
        Budget budget = d.budget() == null ? null : budget(d.budget());
        List<Goal> goals = entities(d.goals(), "goals", Doc.Goal::id, this::goal);
        List<Requirement> requirements = entities(d.requirements(), "requirements", Doc.Requirement::id, this::requirement);
        List<Resource> resources = entities(d.resources(), "resources", Doc.Resource::id, this::resource);
        List<Activity> activities = entities(d.activities(), "activities", Doc.Activity::id, this::activity);
        List<Milestone> milestones = entities(d.milestones(), "milestones", Doc.Milestone::id, this::milestone);
        List<Risk> risks = entities(d.risks(), "risks", Doc.Risk::id, this::risk);
        List<ChangeRequest> changes = entities(d.changeRequests(), "changeRequests", Doc.ChangeRequest::id,
                this::changeRequest);
        List<Baseline> baselines = indexed(d.baselines(), "baselines", this::baseline);
        List<ProgressRecord> progress = indexed(d.progress(), "progress", this::progress);
        List<ActualCost> actualCosts = indexed(d.actualCosts(), "actualCosts", this::actualCost);
        List<CashFlow> cashFlows = indexed(d.cashFlows(), "cashFlows", this::cashFlow);
        if (!violations.isEmpty()) {
            return null;
        }
        return make("", () -> Project.builder(id.value(), name)
                .localName(d.localName()).description(d.description()).sponsor(d.sponsor())
                .manager(d.manager()).department(d.department())
                .currency(currency).calendar(calendar).start(start).statusDate(d.statusDate()).phase(d.phase())
                .budget(budget).goals(goals).requirements(requirements).resources(resources).activities(activities)
                .milestones(milestones).risks(risks).changeRequests(changes).baselines(baselines).progress(progress)
                .actualCosts(actualCosts).cashFlows(cashFlows).build());
    }

    private Currency currency(String code) {
        if (required(code, "currency") == null) {
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
        if (required(c, "calendar") == null) {
            return null;
        }
        if (c.name() != null) {
            return WorkCalendar.named(c.name()).orElseThrow();
        }
        Doc.CustomCalendar custom = c.custom();
        List<DayOfWeek> weekend = required(custom.weekend(), "calendar.weekend");
        List<LocalDate> holidays = required(custom.holidays(), "calendar.holidays");
        List<LocalDate> workdays = required(custom.workdays(), "calendar.workdays");
        Integer first = custom.firstYear();
        Integer last = custom.lastYear();
        if (first != null && last == null) {
            required(null, "calendar.lastYear");
        } else if (first == null && last != null) {
            required(null, "calendar.firstYear");
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
        Money total = requiredMoney(b.approvedTotal(), "budget.approvedTotal");
        Money contingency = money(b.contingencyReserve(), "budget.contingencyReserve");
        Money management = money(b.managementReserve(), "budget.managementReserve");
        if (total == null) {
            return null;
        }
        return made(before, make("budget", () -> new Budget(total, opt(contingency), opt(management))));
    }

    // --- goals, requirements, resources -------------------------------------------------------

    private Goal goal(Doc.Goal g, String path) {
        int before = violations.size();
        GoalId id = id(g.id(), path + ".id", GoalId::of);
        String statement = required(g.statement(), path + ".statement");
        Kpi kpi = g.kpi() == null ? null : kpi(g.kpi(), path + ".kpi");
        List<RequirementId> requirements = ids(g.requirements(), path + ".requirements", RequirementId::of);
        if (id == null || statement == null) {
            return null;
        }
        return made(before, make(path, () -> new Goal(id, statement, opt(kpi), Optional.ofNullable(g.deadline()),
                Optional.ofNullable(g.owner()), Optional.ofNullable(g.objective()), requirements)));
    }

    private Kpi kpi(Doc.Kpi k, String path) {
        int before = violations.size();
        String name = required(k.name(), path + ".name");
        BigDecimal baseline = decimal(k.baseline(), path + ".baseline");
        BigDecimal target = decimal(k.target(), path + ".target");
        List<KpiReading> readings = indexed(k.readings(), path + ".readings", this::reading);
        if (name == null) {
            return null;
        }
        return made(before, make(path, () -> new Kpi(name, Optional.ofNullable(k.dimension()), Optional.ofNullable(k.unit()),
                opt(baseline), opt(target), Optional.ofNullable(k.direction()), readings)));
    }

    private KpiReading reading(Doc.KpiReading r, String path) {
        int before = violations.size();
        LocalDate date = required(r.date(), path + ".date");
        BigDecimal value = required(r.value(), path + ".value") == null ? null : decimal(r.value(), path + ".value");
        if (date == null || value == null) {
            return null;
        }
        return made(before, make(path, () -> new KpiReading(date, value)));
    }

    private Requirement requirement(Doc.Requirement r, String path) {
        int before = violations.size();
        RequirementId id = id(r.id(), path + ".id", RequirementId::of);
        Object type = required(r.type(), path + ".type");
        String title = required(r.title(), path + ".title");
        if (id == null || type == null || title == null) {
            return null;
        }
        return made(before, make(path, () -> new Requirement(id, r.type(), Optional.ofNullable(r.priority()), title,
                Optional.ofNullable(r.description()))));
    }

    private Resource resource(Doc.Resource r, String path) {
        int before = violations.size();
        ResourceId id = id(r.id(), path + ".id", ResourceId::of);
        String name = required(r.name(), path + ".name");
        Object type = required(r.type(), path + ".type");
        Money rate = money(r.rate(), path + ".rate");
        if (id == null || name == null || type == null) {
            return null;
        }
        return made(before, make(path, () -> new Resource(id, name, r.type(), opt(rate), Optional.ofNullable(r.capacity()))));
    }

    // --- activities ---------------------------------------------------------------------------

    private Activity activity(Doc.Activity a, String path) {
        int before = violations.size();
        ActivityId id = id(a.id(), path + ".id", ActivityId::of);
        String name = required(a.name(), path + ".name");
        Integer duration = required(a.duration(), path + ".duration");
        Money budget = money(a.budget(), path + ".budget");
        ActivityConstraint constraint = a.constraint() == null ? null : constraint(a.constraint(), path + ".constraint");
        List<Dependency> predecessors = indexed(a.predecessors(), path + ".predecessors", this::dependency);
        List<Assignment> resources = indexed(a.resources(), path + ".resources", this::assignment);
        if (id == null || name == null || duration == null) {
            return null;
        }
        return made(before, make(path, () -> new Activity(id, name, Optional.ofNullable(a.wbs()),
                Optional.ofNullable(a.phase()), duration, opt(budget), Optional.ofNullable(a.earningRule()),
                Optional.ofNullable(a.curve()), opt(constraint), predecessors, resources)));
    }

    private ActivityConstraint constraint(Doc.Constraint c, String path) {
        Object type = required(c.type(), path + ".type");
        LocalDate date = required(c.date(), path + ".date");
        if (type == null || date == null) {
            return null;
        }
        return make(path, () -> new ActivityConstraint(c.type(), date));
    }

    private Dependency dependency(Doc.Dependency d, String path) {
        ActivityId predecessor = id(d.activity(), path + ".activity", ActivityId::of);
        if (predecessor == null) {
            return null;
        }
        return make(path, () -> new Dependency(predecessor, linkType(d.type()), lag(d.lag())));
    }

    private Assignment assignment(Doc.Assignment a, String path) {
        ResourceId resource = id(a.resource(), path + ".resource", ResourceId::of);
        BigDecimal units = required(a.units(), path + ".units");
        if (resource == null || units == null) {
            return null;
        }
        return make(path, () -> new Assignment(resource, units));
    }

    // --- milestones and risks -----------------------------------------------------------------

    private Milestone milestone(Doc.Milestone m, String path) {
        int before = violations.size();
        MilestoneId id = id(m.id(), path + ".id", MilestoneId::of);
        String name = required(m.name(), path + ".name");
        ActivityId activity = m.activity() == null ? null : id(m.activity(), path + ".activity", ActivityId::of);
        if (id == null || name == null) {
            return null;
        }
        return made(before, make(path, () -> new Milestone(id, name, Optional.ofNullable(m.kind()), opt(activity),
                Optional.ofNullable(m.due()), Optional.ofNullable(m.deliverable()), Optional.ofNullable(m.acceptance()),
                Optional.ofNullable(m.owner()), Optional.ofNullable(m.actual()))));
    }

    private Risk risk(Doc.Risk r, String path) {
        int before = violations.size();
        RiskId id = id(r.id(), path + ".id", RiskId::of);
        String title = required(r.title(), path + ".title");
        Object category = required(r.category(), path + ".category");
        Object kind = required(r.kind(), path + ".kind");
        BigDecimal probability = required(r.probability(), path + ".probability");
        RiskImpact impact = required(r.impact(), path + ".impact") == null ? null : riskImpact(r.impact(), path + ".impact");
        Object status = required(r.status(), path + ".status");
        List<ActivityId> activities = ids(r.activities(), path + ".activities", ActivityId::of);
        if (id == null || title == null || category == null || kind == null || probability == null || impact == null
                || status == null) {
            return null;
        }
        return made(before, make(path, () -> new Risk(id, title, r.category(), r.kind(), probability, impact,
                Optional.ofNullable(r.owner()), Optional.ofNullable(r.strategy()), Optional.ofNullable(r.response()),
                r.status(), Optional.ofNullable(r.identified()), Optional.ofNullable(r.reviewed()), activities,
                Optional.ofNullable(r.identifiedAt()), Optional.ofNullable(r.responseStarted()))));
    }

    private RiskImpact riskImpact(Doc.RiskImpact i, String path) {
        int before = violations.size();
        Money cost = money(i.cost(), path + ".cost");
        return made(before, make(path, () -> new RiskImpact(opt(cost), optInt(i.scheduleDays()), optInt(i.level()))));
    }

    // --- change requests ----------------------------------------------------------------------

    private ChangeRequest changeRequest(Doc.ChangeRequest c, String path) {
        int before = violations.size();
        ChangeRequestId id = id(c.id(), path + ".id", ChangeRequestId::of);
        String title = required(c.title(), path + ".title");
        Object type = required(c.type(), path + ".type");
        String requester = required(c.requester(), path + ".requester");
        ImpactAssessment impact = c.impact() == null ? null : impact(c.impact(), path + ".impact");
        Object status = required(c.status(), path + ".status");
        List<Decision> decisions = indexed(c.decisions(), path + ".decisions", this::decision);
        ActivityChanges changes = c.activities() == null ? null : changes(c.activities(), path + ".activities");
        if (id == null || title == null || type == null || requester == null || status == null) {
            return null;
        }
        return made(before, make(path, () -> new ChangeRequest(id, title, c.type(), requester,
                Optional.ofNullable(c.submitted()), opt(impact), c.status(), decisions, opt(changes))));
    }

    private ImpactAssessment impact(Doc.Impact i, String path) {
        Money cost = requiredMoney(i.cost(), path + ".cost");
        Integer days = required(i.scheduleDays(), path + ".scheduleDays");
        Object business = required(i.business(), path + ".business");
        Object system = required(i.system(), path + ".system");
        Object resource = required(i.resource(), path + ".resource");
        Boolean compliance = required(i.compliance(), path + ".compliance");
        if (cost == null || days == null || business == null || system == null || resource == null || compliance == null) {
            return null;
        }
        return make(path, () -> new ImpactAssessment(cost, days, i.business(), i.system(), i.resource(), compliance));
    }

    private Decision decision(Doc.Decision d, String path) {
        String by = required(d.by(), path + ".by");
        Object role = required(d.role(), path + ".role");
        Object decision = required(d.decision(), path + ".decision");
        Object at = required(d.at(), path + ".at");
        if (by == null || role == null || decision == null || at == null) {
            return null;
        }
        return make(path, () -> new Decision(by, d.role(), d.decision(), d.at(), Optional.ofNullable(d.comment())));
    }

    private ActivityChanges changes(Doc.ActivityChanges c, String path) {
        int before = violations.size();
        List<Activity> add = entities(c.add(), path + ".add", Doc.Activity::id, this::activity);
        List<ActivityId> remove = ids(c.remove(), path + ".remove", ActivityId::of);
        List<ActivityModification> modify = indexed(c.modify(), path + ".modify", this::modification);
        List<PredecessorAddition> links = indexed(c.addPredecessors(), path + ".addPredecessors", this::addition);
        return made(before, make(path, () -> new ActivityChanges(add, remove, modify, links)));
    }

    private ActivityModification modification(Doc.Modification m, String path) {
        int before = violations.size();
        ActivityId activity = id(m.activity(), path + ".activity", ActivityId::of);
        Money budget = money(m.budget(), path + ".budget");
        if (activity == null) {
            return null;
        }
        return made(before, make(path, () -> new ActivityModification(activity, Optional.ofNullable(m.name()),
                optInt(m.duration()), opt(budget))));
    }

    private PredecessorAddition addition(Doc.PredecessorAddition a, String path) {
        ActivityId activity = id(a.activity(), path + ".activity", ActivityId::of);
        ActivityId predecessor = id(a.predecessor(), path + ".predecessor", ActivityId::of);
        if (activity == null || predecessor == null) {
            return null;
        }
        return make(path, () -> new PredecessorAddition(activity, predecessor, linkType(a.type()), lag(a.lag())));
    }

    // --- baselines, progress, actual costs, cash flows ----------------------------------------

    private Baseline baseline(Doc.Baseline b, String path) {
        int before = violations.size();
        Integer version = required(b.version(), path + ".version");
        LocalDate approved = required(b.approved(), path + ".approved");
        List<BaselineActivity> activities = indexed(b.activities(), path + ".activities", this::baselineActivity);
        if (version == null || approved == null) {
            return null;
        }
        return made(before, make(path, () -> new Baseline(version, approved, activities)));
    }

    private BaselineActivity baselineActivity(Doc.BaselineActivity a, String path) {
        ActivityId activity = id(a.activity(), path + ".activity", ActivityId::of);
        LocalDate start = required(a.start(), path + ".start");
        LocalDate finish = required(a.finish(), path + ".finish");
        Money budget = requiredMoney(a.budget(), path + ".budget");
        if (activity == null || start == null || finish == null || budget == null) {
            return null;
        }
        return make(path, () -> new BaselineActivity(activity, start, finish, budget));
    }

    private ProgressRecord progress(Doc.Progress r, String path) {
        LocalDate date = required(r.date(), path + ".date");
        ActivityId activity = id(r.activity(), path + ".activity", ActivityId::of);
        BigDecimal percent = required(r.percentComplete(), path + ".percentComplete");
        if (date == null || activity == null || percent == null) {
            return null;
        }
        return make(path, () -> new ProgressRecord(date, activity, percent, Optional.ofNullable(r.actualStart()),
                Optional.ofNullable(r.actualFinish()), optInt(r.remainingDuration())));
    }

    private ActualCost actualCost(Doc.ActualCost c, String path) {
        LocalDate date = required(c.date(), path + ".date");
        ActivityId activity = id(c.activity(), path + ".activity", ActivityId::of);
        Money amount = requiredMoney(c.amount(), path + ".amount");
        if (date == null || activity == null || amount == null) {
            return null;
        }
        return make(path, () -> new ActualCost(date, activity, amount));
    }

    private CashFlow cashFlow(Doc.CashFlow c, String path) {
        Integer period = required(c.period(), path + ".period");
        Money amount = requiredMoney(c.amount(), path + ".amount");
        if (period == null || amount == null) {
            return null;
        }
        return make(path, () -> new CashFlow(period, amount, Optional.ofNullable(c.description())));
    }

    // --- values -------------------------------------------------------------------------------

    /** A required value: reports it missing. */
    private <T> T required(T value, String path) {
        if (value == null) {
            violations.add(Violation.of(path, ViolationCode.VALUE_REQUIRED, path));
        }
        return value;
    }

    /** A required identifier: reports it missing or malformed. */
    private <I> I id(String value, String path, Function<String, I> of) {
        if (required(value, path) == null) {
            return null;
        }
        return make(path, () -> of.apply(value));
    }

    /** A list of identifiers, each by position. */
    private <I> List<I> ids(List<String> values, String path, Function<String, I> of) {
        return indexed(values, path, (value, at) -> id(value, at, of));
    }

    /**
     * An optional amount in the project's currency; null if absent, refused or not checkable. A
     * refusal shows the form of an amount in that currency ({@code 1234.00} for CNY) or, for too
     * many digits, the range of amounts.
     */
    private Money money(Doc.NumberText amount, String path) {
        if (amount == null || currency == null) {
            return null;
        }
        String text = amount.text();
        try {
            return Money.of(currency, text);
        } catch (ArithmeticException | NumberFormatException e) {
            // Too many decimal places for the currency, or no decimal at all.
            String shown = e instanceof ArithmeticException ? Tokens.abbreviate(text) : Tokens.quote(text);
            violations.add(Violation.of(path, ViolationCode.VALUE_MALFORMED, path,
                    Money.of(currency, 1234).amount().toPlainString(), shown));
        } catch (IllegalArgumentException e) {
            // More integer digits than any amount may have.
            String largest = Money.of(currency, "9".repeat(Money.MAX_INTEGER_DIGITS)).amount().toPlainString();
            violations.add(Violation.of(path, ViolationCode.VALUE_OUT_OF_RANGE, path, "-" + largest, largest,
                    Tokens.abbreviate(text)));
        }
        return null;
    }

    /** A required amount: reports it missing; null also when the currency is not known. */
    private Money requiredMoney(Doc.NumberText amount, String path) {
        return required(amount, path) == null ? null : money(amount, path);
    }

    /** An optional decimal written as a string (or a number); null if absent or refused. */
    private BigDecimal decimal(Doc.NumberText number, String path) {
        if (number == null) {
            return null;
        }
        String text = number.text();
        if (text.length() <= maxDigits * 2 + 8) {
            try {
                BigDecimal value = new BigDecimal(text);
                if (StrictDeserializers.fits(value, maxDigits)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
        }
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
    private <T> T make(String path, Supplier<T> maker) {
        try {
            return maker.get();
        } catch (InvalidValueException e) {
            violations.add(e.violation().under(path));
            return null;
        }
    }

    /** The part if nothing was refused since {@code before}, else null. */
    private <T> T made(int before, T part) {
        return violations.size() == before ? part : null;
    }

    /** The entities of a list, each under {@code list[id]}, or {@code list[i]} if its identifier is invalid. */
    private <D, T> List<T> entities(List<D> items, String list, Function<D, String> idOf, BiFunction<D, String, T> mapper) {
        return mapped(items, list, (item, i) -> {
            String id = idOf.apply(item);
            return list + "[" + (isIdentifier(id) ? id : Integer.toString(i)) + "]";
        }, mapper);
    }

    /** The parts of a list, each under {@code list[i]}. */
    private <D, T> List<T> indexed(List<D> items, String list, BiFunction<D, String, T> mapper) {
        return mapped(items, list, (item, i) -> list + "[" + i + "]", mapper);
    }

    private <D, T> List<T> mapped(List<D> items, String list, BiFunction<D, Integer, String> pathOf,
            BiFunction<D, String, T> mapper) {
        if (items == null) {
            return List.of();
        }
        List<T> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            D item = items.get(i);
            T part = mapper.apply(item, pathOf.apply(item, i));
            if (part != null) {
                out.add(part);
            }
        }
        return out;
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
}
