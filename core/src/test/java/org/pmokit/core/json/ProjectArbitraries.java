package org.pmokit.core.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.domains.DomainContextBase;
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
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.GoalId;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.KpiReading;
import org.pmokit.core.project.Limits;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.Priority;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Requirement;
import org.pmokit.core.project.RequirementId;
import org.pmokit.core.project.RequirementType;
import org.pmokit.core.project.Resource;
import org.pmokit.core.project.ResourceId;
import org.pmokit.core.project.ResourceType;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.project.Role;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.project.StatusChange;
import org.pmokit.core.time.WorkCalendar;

/**
 * A jqwik domain of random <b>valid</b> projects: every part of the model is present, in random
 * sizes, and every reference resolves, so that {@code ProjectValidator.standard()} finds nothing.
 *
 * <ul>
 *   <li>money in CNY (two decimals) and JPY (none), up to the 30 integer digits that {@link Money}
 *       allows, negative where the model allows it (actual costs, cash flows, impact costs);</li>
 *   <li>calendars {@code MON_FRI}, {@code CN} (every date within its 2025-2026 coverage) and custom
 *       ones, with covered years derived from their dates or given, and every date within them;</li>
 *   <li>activities that form a DAG (each depends only on activities made before it, then the list is
 *       shuffled), with all four link types, lags from -100,000 to 100,000, constraints, earning
 *       rules, curves and assignments of known resources;</li>
 *   <li>texts with Chinese, emoji (surrogate pairs and joiners), JSON's special characters (quotes,
 *       backslashes, every kind of control character including NUL) and names of exactly the
 *       longest allowed length;</li>
 *   <li>change requests with decisions (sealed with a hash or not) and a workflow history, and
 *       baselines made for one of the change requests or for none;</li>
 *   <li>dates that must not be after the status date (progress, actual costs, milestones reached)
 *       are not, and started-before-finished holds.</li>
 * </ul>
 */
class ProjectArbitraries extends DomainContextBase {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    /** Pieces of text; the first piece of a non-blank text comes from {@link #VISIBLE}. */
    private static final List<String> PIECES = List.of(
            "a", "Z", "7", " ", "项目", "客户关系管理", "升级", "里程碑", "\uD83D\uDE00", "\uD83D\uDE80",
            "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\"", "\\", "/", "\\\"", "\\u0000", "\u0000",
            "\u0001", "\u001F", "\b", "\f", "\n", "\r\n", "\t", "\u007F", "\u2028", "\u2029", "\uFEFF", "\u00A0",
            "{", "}", "[", "]", ":", ",", "'", "<script>", "&amp;", "é", "Ω", "null", "1e9", "—", "~1", "%s",
            "${x}", "\uFFFF", "\uD834\uDD1E");
    private static final List<String> VISIBLE = List.of("a", "Z", "项", "客户", "\uD83D\uDE00", "\"", "\\", "{",
            "\u0000", "\u007F");
    private static final String ID_CHARACTERS = "abcXYZ0189._-";

    /** The largest project: activities, and the other lists. */
    private static final int MAX_ACTIVITIES = 12;
    private static final int MAX_PARTS = 4;

    /**
     * Valid projects of up to {@value #MAX_ACTIVITIES} activities, with every other list of 1 to
     * {@value #MAX_PARTS} entries.
     *
     * @return the projects
     */
    @Provide
    Arbitrary<Project> projects() {
        return projects(MAX_ACTIVITIES, MAX_PARTS);
    }

    /**
     * Valid projects of a size.
     *
     * @param maxActivities the most activities, at least 1
     * @param maxParts the most entries of every other list, at least 1
     * @return the projects
     */
    static Arbitrary<Project> projects(int maxActivities, int maxParts) {
        return settings(maxActivities, maxParts).flatMap(s -> project(s).withoutEdgeCases());
    }

    // --- the setting that every part depends on -----------------------------------------------

    /** What the parts must agree on: currency, calendar and its dates, and the identifiers to refer to. */
    record Setting(Currency currency, WorkCalendar calendar, LocalDate first, LocalDate last, LocalDate start,
            Optional<LocalDate> status, List<String> activities, List<String> resources, List<String> requirements,
            int maxParts) {

        /** The last date that a fact (progress, an actual cost, a reached milestone) may have. */
        LocalDate lastFact() {
            return status.orElse(last);
        }
    }

    private static Arbitrary<Setting> settings(int maxActivities, int maxParts) {
        return Combinators.combine(Arbitraries.of(CNY, JPY), calendars(), Arbitraries.integers().between(1, maxActivities),
                Arbitraries.integers().between(1, maxParts), Arbitraries.integers().between(1, maxParts))
                .flatAs((currency, calendar, activities, resources, requirements) -> {
                    LocalDate first = LocalDate.of(calendar.firstCoveredYear().map(Year::getValue).orElse(2020), 1, 1);
                    LocalDate last = LocalDate.of(calendar.lastCoveredYear().map(Year::getValue).orElse(2030), 12, 31);
                    return dates(first, last).flatMap(start -> Combinators.combine(dates(start, last).optional(0.8),
                            ids("A", activities), ids("R", resources), ids("Q", requirements))
                            .as((status, a, r, q) -> new Setting(currency, calendar, first, last, start, status, a, r, q,
                                    maxParts)));
                });
    }

    /** MON_FRI, CN, or a custom calendar. */
    static Arbitrary<WorkCalendar> calendars() {
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(1, Arbitraries.just(WorkCalendar.MON_FRI)),
                Tuple.of(1, Arbitraries.just(WorkCalendar.CN)),
                Tuple.of(2, customCalendars())));
    }

    private static Arbitrary<WorkCalendar> customCalendars() {
        Arbitrary<List<DayOfWeek>> weekend = Arbitraries.of(DayOfWeek.class).list().uniqueElements().ofMaxSize(6);
        return Combinators.combine(weekend, Arbitraries.integers().between(2020, 2030), Arbitraries.integers().between(0, 2),
                Arbitraries.of(true, false)).flatAs((days, firstYear, span, explicit) -> {
                    int lastYear = firstYear + span;
                    Arbitrary<LocalDate> inYears = dates(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
                    Arbitrary<List<LocalDate>> workdays = days.isEmpty() ? Arbitraries.just(List.of())
                            : Combinators.combine(inYears, Arbitraries.of(days)).as((d, day) -> {
                                LocalDate next = d.with(TemporalAdjusters.nextOrSame(day));
                                return next.getYear() <= lastYear ? next : d.with(TemporalAdjusters.previousOrSame(day));
                            }).list().ofMaxSize(4);
                    return Combinators.combine(inYears.list().ofMaxSize(8), workdays).as((holidays, make) -> {
                        List<LocalDate> on = make.stream().filter(d -> !holidays.contains(d)).toList();
                        EnumSet<DayOfWeek> off = days.isEmpty() ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(days);
                        return explicit ? WorkCalendar.custom(off, holidays, on, Year.of(firstYear), Year.of(lastYear))
                                : WorkCalendar.custom(off, holidays, on);
                    });
                });
    }

    /** {@code n} distinct identifiers: the prefix and the index, then maybe a dot and more identifier characters. */
    private static Arbitrary<List<String>> ids(String prefix, int n) {
        return Arbitraries.strings().withChars(ID_CHARACTERS).ofMaxLength(20).list().ofSize(n)
                .map(tails -> IntStream.range(0, n)
                        .mapToObj(i -> prefix + i + (tails.get(i).isEmpty() ? "" : "." + tails.get(i)))
                        .toList());
    }

    // --- the project --------------------------------------------------------------------------

    private record Header(String name, Optional<String> localName, Optional<String> description, Optional<String> sponsor,
            Optional<String> manager, Optional<String> department, Optional<Phase> phase) {
    }

    private record Plan(List<Goal> goals, List<Requirement> requirements, List<Resource> resources,
            List<Activity> activities, List<Milestone> milestones, Optional<Budget> budget, List<Risk> risks) {
    }

    private record Record(List<ChangeRequest> changeRequests, List<Baseline> baselines, List<ProgressRecord> progress,
            List<ActualCost> actualCosts, List<CashFlow> cashFlows) {
    }

    private static Arbitrary<Project> project(Setting s) {
        Arbitrary<Header> header = Combinators.combine(nonBlank(Limits.NAME), nonBlank(Limits.NAME).optional(),
                text(Limits.LONG).optional(), nonBlank(Limits.NAME).optional(), nonBlank(Limits.NAME).optional(),
                nonBlank(Limits.NAME).optional(), Arbitraries.of(Phase.class).optional()).as(Header::new);
        Arbitrary<Plan> plan = Combinators.combine(parts(s, "G", i -> goal(s, i)),
                each(s.requirements(), ProjectArbitraries::requirement), each(s.resources(), id -> resource(s, id)),
                activities(s), parts(s, "M", i -> milestone(s, i)), budget(s).optional(),
                parts(s, "K", i -> risk(s, i))).as(Plan::new);
        Arbitrary<Record> record = parts(s, "C", i -> changeRequest(s, i)).flatMap(changes -> Combinators.combine(
                Arbitraries.just(changes), baselines(s, changes.stream().map(c -> c.id().value()).toList()),
                parts(s, "P", id -> progress(s)), parts(s, "AC", id -> actualCost(s)), parts(s, "CF", id -> cashFlow(s)))
                .as(Record::new));
        Arbitrary<String> id = Arbitraries.strings().withChars(ID_CHARACTERS).ofMinLength(1).ofMaxLength(64);
        return Combinators.combine(id, header, plan, record).as((projectId, h, p, r) -> Project.builder(projectId, h.name())
                .localName(h.localName().orElse(null)).description(h.description().orElse(null))
                .sponsor(h.sponsor().orElse(null)).manager(h.manager().orElse(null))
                .department(h.department().orElse(null)).phase(h.phase().orElse(null))
                .currency(s.currency()).calendar(s.calendar()).start(s.start()).statusDate(s.status().orElse(null))
                .budget(p.budget().orElse(null)).goals(p.goals()).requirements(p.requirements()).resources(p.resources())
                .activities(p.activities()).milestones(p.milestones()).risks(p.risks())
                .changeRequests(r.changeRequests()).baselines(r.baselines()).progress(r.progress())
                .actualCosts(r.actualCosts()).cashFlows(r.cashFlows())
                .build());
    }

    // --- goals, requirements, resources -------------------------------------------------------

    private static Arbitrary<Goal> goal(Setting s, String id) {
        return Combinators.combine(nonBlank(Limits.SHORT), kpi(s).optional(), date(s).optional(),
                nonBlank(Limits.NAME).optional(), nonBlank(Limits.SHORT).optional(), someOf(s.requirements()))
                .as((statement, kpi, deadline, owner, objective, requirements) -> new Goal(GoalId.of(id), statement, kpi,
                        deadline, owner, objective, requirements.stream().map(RequirementId::of).toList()));
    }

    private static Arbitrary<Kpi> kpi(Setting s) {
        Arbitrary<KpiReading> reading = Combinators.combine(date(s), decimal()).as(KpiReading::new);
        return Combinators.combine(nonBlank(Limits.NAME), Arbitraries.of(KpiDimension.class).optional(),
                nonBlank(Limits.NAME).optional(), decimal().optional(), decimal().optional(),
                Arbitraries.of(Direction.class).optional(), reading.list().ofMaxSize(s.maxParts())).as(Kpi::new);
    }

    private static Arbitrary<Requirement> requirement(String id) {
        return Combinators.combine(Arbitraries.of(RequirementType.class), Arbitraries.of(Priority.class).optional(),
                nonBlank(Limits.NAME), nonBlank(Limits.LONG).optional())
                .as((type, priority, title, description) -> new Requirement(RequirementId.of(id), type, priority, title,
                        description));
    }

    private static Arbitrary<Resource> resource(Setting s, String id) {
        return Combinators.combine(nonBlank(Limits.NAME), Arbitraries.of(ResourceType.class),
                money(s.currency(), false).optional(), nonNegative().optional())
                .as((name, type, rate, capacity) -> new Resource(ResourceId.of(id), name, type, rate, capacity));
    }

    // --- activities ---------------------------------------------------------------------------

    private record ActivityHead(String name, Optional<String> wbs, Optional<Phase> phase, int duration,
            Optional<Money> budget, Optional<EarningRule> earningRule, Optional<SpreadCurve> curve,
            Optional<ActivityConstraint> constraint) {
    }

    /** The activities in a random order; each depends only on activities before it in {@code s.activities()}. */
    private static Arbitrary<List<Activity>> activities(Setting s) {
        List<String> ids = s.activities();
        Arbitrary<List<Activity>> inOrder = sequence(ids.size(), i -> activity(s, ids.get(i), ids.subList(0, i)));
        return Combinators.combine(inOrder, Arbitraries.shuffle(IntStream.range(0, ids.size()).boxed().toList()))
                .as((list, order) -> order.stream().map(list::get).toList());
    }

    private static Arbitrary<Activity> activity(Setting s, String id, List<String> earlier) {
        Arbitrary<ActivityConstraint> constraint = Combinators.combine(Arbitraries.of(ConstraintType.class), date(s))
                .as(ActivityConstraint::new);
        Arbitrary<ActivityHead> head = Combinators.combine(nonBlank(Limits.NAME), wbs().optional(),
                Arbitraries.of(Phase.class).optional(), durations(), money(s.currency(), false).optional(),
                Arbitraries.of(EarningRule.class).optional(), Arbitraries.of(SpreadCurve.class).optional(),
                constraint.optional()).as(ActivityHead::new);
        Arbitrary<List<Dependency>> predecessors = earlier.isEmpty() ? Arbitraries.just(List.of())
                : Combinators.combine(Arbitraries.of(earlier), Arbitraries.of(DependencyType.class), lags())
                        .as(Dependency::of).list().ofMaxSize(3);
        Arbitrary<List<Assignment>> assignments = Combinators.combine(Arbitraries.of(s.resources()), nonNegative())
                .as((resource, units) -> new Assignment(ResourceId.of(resource), units)).list().ofMaxSize(3);
        return Combinators.combine(head, predecessors, assignments).as((h, p, r) -> new Activity(ActivityId.of(id),
                h.name(), h.wbs(), h.phase(), h.duration(), h.budget(), h.earningRule(), h.curve(), h.constraint(), p, r));
    }

    private static Arbitrary<String> wbs() {
        return Arbitraries.integers().between(0, 999_999).list().ofMinSize(1).ofMaxSize(5)
                .map(parts -> String.join(".", parts.stream().map(String::valueOf).toList()));
    }

    private static Arbitrary<Integer> durations() {
        return Arbitraries.frequencyOf(List.of(Tuple.of(9, Arbitraries.integers().between(0, 60)),
                Tuple.of(1, Arbitraries.integers().between(0, Limits.MAX_DURATION))));
    }

    private static Arbitrary<Integer> lags() {
        return Arbitraries.frequencyOf(List.of(Tuple.of(6, Arbitraries.just(0)),
                Tuple.of(3, Arbitraries.integers().between(-10, 10)),
                Tuple.of(1, Arbitraries.integers().between(-Limits.MAX_LAG, Limits.MAX_LAG))));
    }

    // --- milestones, budget, risks ------------------------------------------------------------

    private record MilestoneHead(String name, Optional<MilestoneKind> kind, Optional<String> activity,
            Optional<LocalDate> due) {
    }

    private static Arbitrary<Milestone> milestone(Setting s, String id) {
        Arbitrary<MilestoneHead> head = Combinators.combine(nonBlank(Limits.NAME), Arbitraries.of(MilestoneKind.class)
                .optional(), Arbitraries.of(s.activities()).optional(), date(s).optional()).as(MilestoneHead::new);
        return Combinators.combine(head, nonBlank(Limits.SHORT).optional(), nonBlank(Limits.SHORT).optional(),
                nonBlank(Limits.NAME).optional(), fact(s).optional())
                .as((h, deliverable, acceptance, owner, actual) -> new Milestone(MilestoneId.of(id), h.name(), h.kind(),
                        h.activity().map(ActivityId::of), h.due(), deliverable, acceptance, owner, actual));
    }

    private static Arbitrary<Budget> budget(Setting s) {
        return Combinators.combine(money(s.currency(), false), money(s.currency(), false).optional(),
                money(s.currency(), false).optional()).as(Budget::new);
    }

    private record RiskHead(String title, RiskCategory category, RiskKind kind, BigDecimal probability, RiskImpact impact,
            Optional<String> owner, Optional<String> response, RiskStatus status) {
    }

    private static Arbitrary<Risk> risk(Setting s, String id) {
        Arbitrary<RiskImpact> impact = Combinators.combine(money(s.currency(), false).optional(),
                Arbitraries.integers().between(0, 400).optional(), Arbitraries.integers().between(1, 5).optional())
                .as((cost, days, level) -> new RiskImpact(cost, optionalInt(days), optionalInt(level)));
        Arbitrary<BigDecimal> probability = Arbitraries.integers().between(0, 4).flatMap(scale -> Arbitraries.longs()
                .between(0, BigInteger.TEN.pow(scale).longValueExact()).map(u -> BigDecimal.valueOf(u, scale)));
        Arbitrary<RiskHead> head = Combinators.combine(nonBlank(Limits.NAME), Arbitraries.of(RiskCategory.class),
                Arbitraries.of(RiskKind.class), probability, impact, nonBlank(Limits.NAME).optional(),
                nonBlank(Limits.SHORT).optional(), Arbitraries.of(RiskStatus.class)).as(RiskHead::new);
        return head.flatMap(h -> {
            List<RiskStrategy> strategies = h.kind() == RiskKind.THREAT
                    ? List.of(RiskStrategy.AVOID, RiskStrategy.MITIGATE, RiskStrategy.TRANSFER, RiskStrategy.ACCEPT,
                            RiskStrategy.ESCALATE)
                    : List.of(RiskStrategy.EXPLOIT, RiskStrategy.ENHANCE, RiskStrategy.SHARE, RiskStrategy.ACCEPT,
                            RiskStrategy.ESCALATE);
            Arbitrary<Optional<OffsetDateTime[]>> instants = Combinators.combine(instant(s), instant(s).optional())
                    .as((identifiedAt, started) -> new OffsetDateTime[] {identifiedAt, started.orElse(null)}).optional();
            return Combinators.combine(Arbitraries.of(strategies).optional(), date(s).optional(), date(s).optional(),
                    someOf(s.activities()), instants).as((strategy, identified, reviewed, activities, at) -> {
                        Risk risk = new Risk(RiskId.of(id), h.title(), h.category(), h.kind(), h.probability(), h.impact(),
                                h.owner(), strategy, h.response(), h.status(), identified, reviewed,
                                activities.stream().map(ActivityId::of).toList());
                        return at.map(pair -> risk.withInstants(pair[0], pair[1])).orElse(risk);
                    });
        });
    }

    // --- change requests ----------------------------------------------------------------------

    private record ChangeHead(String title, ChangeType type, String requester, Optional<LocalDate> submitted,
            Optional<ImpactAssessment> impact, ChangeStatus status) {
    }

    private static Arbitrary<ChangeRequest> changeRequest(Setting s, String id) {
        Arbitrary<ImpactAssessment> impact = Combinators.combine(money(s.currency(), true),
                Arbitraries.integers().between(-30, 400), Arbitraries.of(ImpactLevel.class), Arbitraries.of(ImpactLevel.class),
                Arbitraries.of(ImpactLevel.class), Arbitraries.of(true, false)).as(ImpactAssessment::new);
        Arbitrary<ChangeHead> head = Combinators.combine(nonBlank(Limits.NAME), Arbitraries.of(ChangeType.class),
                nonBlank(Limits.NAME), date(s).optional(), impact.optional(), Arbitraries.of(ChangeStatus.class))
                .as(ChangeHead::new);
        Arbitrary<String> hash = Arbitraries.strings().withChars("0123456789abcdef").ofLength(64);
        Arbitrary<Decision> decision = Combinators.combine(nonBlank(Limits.NAME), Arbitraries.of(Role.class),
                Arbitraries.of(DecisionType.class), instant(s), text(Limits.SHORT).optional(), hash.optional())
                .as(Decision::new);
        Arbitrary<StatusChange> step = Combinators.combine(Arbitraries.of(ChangeStatus.class), nonBlank(Limits.NAME),
                instant(s)).as(StatusChange::new);
        return Combinators.combine(head, decision.list().ofMaxSize(s.maxParts()), changes(s, id).optional(),
                step.list().ofMaxSize(s.maxParts()))
                .as((h, decisions, changes, history) -> new ChangeRequest(ChangeRequestId.of(id), h.title(), h.type(),
                        h.requester(), h.submitted(), h.impact(), h.status(), decisions, changes, history));
    }

    /** Edits that refer to the project's activities and to those the change adds, which are new. */
    private static Arbitrary<ActivityChanges> changes(Setting s, String changeId) {
        return Arbitraries.integers().between(0, s.maxParts()).flatMap(n -> {
            List<String> added = IntStream.range(0, n).mapToObj(i -> "N" + i + "." + changeId).toList();
            List<String> after = new ArrayList<>(s.activities());
            after.addAll(added);
            Arbitrary<List<Activity>> add = sequence(n, i -> activity(s, added.get(i), after.subList(0, s.activities().size() + i)));
            Arbitrary<ActivityModification> modification = Combinators.combine(Arbitraries.of(s.activities()),
                    nonBlank(Limits.NAME).optional(), durations().optional(), money(s.currency(), false).optional())
                    .as((activity, name, duration, budget) -> new ActivityModification(ActivityId.of(activity), name,
                            optionalInt(duration), budget));
            Arbitrary<PredecessorAddition> link = Combinators.combine(Arbitraries.of(after), Arbitraries.of(after),
                    Arbitraries.of(DependencyType.class), lags()).as((activity, predecessor, type, lag) ->
                            new PredecessorAddition(ActivityId.of(activity), ActivityId.of(predecessor), type, lag));
            return Combinators.combine(add, someOf(s.activities()), modification.list().ofMaxSize(s.maxParts()),
                    link.list().ofMaxSize(s.maxParts())).as((a, remove, modify, links) -> new ActivityChanges(a,
                            remove.stream().map(ActivityId::of).toList(), modify, links));
        });
    }

    // --- baselines, progress, actual costs, cash flows ----------------------------------------

    /** Baselines, each made for one of the change requests or for none. */
    private static Arbitrary<List<Baseline>> baselines(Setting s, List<String> changeRequests) {
        Arbitrary<List<Integer>> versions = Arbitraries.integers().between(1, 1_000).list().uniqueElements()
                .ofMinSize(1).ofMaxSize(s.maxParts());
        return versions.flatMap(vs -> sequence(vs.size(), i -> Combinators.combine(date(s), someOf(s.activities())
                .flatMap(ids -> sequence(ids.size(), k -> Combinators.combine(date(s), date(s), money(s.currency(), false))
                        .as((a, b, budget) -> new BaselineActivity(ActivityId.of(ids.get(k)), a.isAfter(b) ? b : a,
                                a.isAfter(b) ? a : b, budget)))), Arbitraries.of(changeRequests).optional())
                .as((approved, activities, change) -> new Baseline(vs.get(i), approved, activities,
                        change.map(ChangeRequestId::of)))));
    }

    private static Arbitrary<ProgressRecord> progress(Setting s) {
        Arbitrary<BigDecimal> percent = Arbitraries.integers().between(0, 2).flatMap(scale -> Arbitraries.longs()
                .between(0, 100 * BigInteger.TEN.pow(scale).longValueExact()).map(u -> BigDecimal.valueOf(u, scale)));
        // Nothing, a start, or a start and a finish not before it.
        Arbitrary<LocalDate[]> actual = Combinators.combine(Arbitraries.integers().between(0, 2), fact(s), fact(s))
                .as((k, a, b) -> k == 0 ? new LocalDate[0]
                        : k == 1 ? new LocalDate[] {a} : new LocalDate[] {a.isAfter(b) ? b : a, a.isAfter(b) ? a : b});
        return Combinators.combine(fact(s), Arbitraries.of(s.activities()), percent, actual,
                Arbitraries.integers().between(0, 500).optional())
                .as((date, activity, complete, dates, remaining) -> new ProgressRecord(date, ActivityId.of(activity),
                        complete, dates.length > 0 ? Optional.of(dates[0]) : Optional.empty(),
                        dates.length > 1 ? Optional.of(dates[1]) : Optional.empty(), optionalInt(remaining)));
    }

    private static Arbitrary<ActualCost> actualCost(Setting s) {
        return Combinators.combine(fact(s), Arbitraries.of(s.activities()), money(s.currency(), true))
                .as((date, activity, amount) -> new ActualCost(date, ActivityId.of(activity), amount));
    }

    private static Arbitrary<CashFlow> cashFlow(Setting s) {
        return Combinators.combine(Arbitraries.integers().between(0, Limits.MAX_PERIOD), money(s.currency(), true),
                nonBlank(Limits.SHORT).optional()).as(CashFlow::new);
    }

    // --- values -------------------------------------------------------------------------------

    // Made once: jqwik builds a generator for each arbitrary, which costs more than the values.
    private static final Map<Integer, Arbitrary<String>> NON_BLANK = Map.of(
            Limits.NAME, makeNonBlank(Limits.NAME), Limits.SHORT, makeNonBlank(Limits.SHORT),
            Limits.LONG, makeNonBlank(Limits.LONG));
    private static final Map<Integer, Arbitrary<String>> TEXT = Map.of(
            Limits.SHORT, makeText(Limits.SHORT), Limits.LONG, makeText(Limits.LONG));
    private static final Map<String, Arbitrary<Money>> MONEY = Map.of(
            "CNY", makeMoney(CNY, false), "-CNY", makeMoney(CNY, true),
            "JPY", makeMoney(JPY, false), "-JPY", makeMoney(JPY, true));
    private static final Arbitrary<BigDecimal> DECIMAL = makeDecimal();
    private static final Arbitrary<BigDecimal> NON_NEGATIVE = makeNonNegative();

    /** A text that is not blank, of at most {@code max} characters (a limit of the model), sometimes exactly {@code max}. */
    static Arbitrary<String> nonBlank(int max) {
        return NON_BLANK.get(max);
    }

    /** A text of at most {@code max} characters (a limit of the model), maybe empty or blank. */
    static Arbitrary<String> text(int max) {
        return TEXT.get(max);
    }

    /** An amount in the currency, maybe negative if {@code signed}. */
    private static Arbitrary<Money> money(Currency currency, boolean signed) {
        return MONEY.get((signed ? "-" : "") + currency.getCurrencyCode());
    }

    private static Arbitrary<BigDecimal> decimal() {
        return DECIMAL;
    }

    private static Arbitrary<BigDecimal> nonNegative() {
        return NON_NEGATIVE;
    }

    /** A text that is not blank, of at most {@code max} characters, sometimes exactly {@code max}. */
    private static Arbitrary<String> makeNonBlank(int max) {
        Arbitrary<String> pieces = Combinators.combine(Arbitraries.of(VISIBLE), Arbitraries.of(PIECES).list().ofMaxSize(20))
                .as((first, rest) -> first + String.join("", rest));
        return Arbitraries.frequencyOf(List.of(Tuple.of(30, pieces),
                Tuple.of(1, Arbitraries.of("名", "\"", "\\", "x").map(c -> c.repeat(max)))));
    }

    /** A text of at most {@code max} characters, maybe empty or blank. */
    private static Arbitrary<String> makeText(int max) {
        return Arbitraries.frequencyOf(List.of(Tuple.of(10, Arbitraries.of(PIECES).list().ofMaxSize(20).map(l -> String.join("", l))),
                Tuple.of(1, Arbitraries.of("", " ", "\n\t", "\u3000")),
                Tuple.of(1, Arbitraries.just("\u2028".repeat(max)))));
    }

    /** An amount at the currency's scale, of up to the 30 integer digits that {@link Money} allows. */
    private static Arbitrary<Money> makeMoney(Currency currency, boolean signed) {
        int scale = currency.getDefaultFractionDigits();
        BigInteger most = BigInteger.TEN.pow(Money.MAX_INTEGER_DIGITS + scale).subtract(BigInteger.ONE);
        Arbitrary<BigInteger> unscaled = Arbitraries.frequencyOf(List.of(
                Tuple.of(8, Arbitraries.longs().between(0, 10_000_000_000L).map(BigInteger::valueOf)),
                Tuple.of(1, Arbitraries.bigIntegers().between(BigInteger.ZERO, most))));
        return Combinators.combine(unscaled, Arbitraries.of(false, signed))
                .as((u, negative) -> Money.of(currency, new BigDecimal(negative ? u.negate() : u, scale)));
    }

    /** A decimal of either sign with 0 to 6 decimals, its trailing zeros kept. */
    private static Arbitrary<BigDecimal> makeDecimal() {
        return Combinators.combine(Arbitraries.longs().between(-1_000_000_000_000L, 1_000_000_000_000L),
                Arbitraries.integers().between(0, 6)).as(BigDecimal::valueOf);
    }

    private static Arbitrary<BigDecimal> makeNonNegative() {
        return Combinators.combine(Arbitraries.longs().between(0, 10_000_000L), Arbitraries.integers().between(0, 3))
                .as(BigDecimal::valueOf);
    }

    /** A date that the calendar covers. */
    private static Arbitrary<LocalDate> date(Setting s) {
        return dates(s.first(), s.last());
    }

    /** A date that the calendar covers and that is not after the status date. */
    private static Arbitrary<LocalDate> fact(Setting s) {
        return dates(s.first(), s.lastFact());
    }

    private static Arbitrary<LocalDate> dates(LocalDate from, LocalDate to) {
        return Arbitraries.longs().between(0, ChronoUnit.DAYS.between(from, to)).map(from::plusDays);
    }

    /** An instant with a random time, fraction of a second and offset, on a covered date. */
    private static Arbitrary<OffsetDateTime> instant(Setting s) {
        Arbitrary<Integer> nanos = Arbitraries.frequencyOf(List.of(Tuple.of(3, Arbitraries.just(0)),
                Tuple.of(1, Arbitraries.integers().between(0, 999).map(ms -> ms * 1_000_000)),
                Tuple.of(1, Arbitraries.integers().between(0, 999_999_999))));
        return Combinators.combine(date(s), Arbitraries.integers().between(0, 86_399), nanos,
                Arbitraries.integers().between(-18 * 4, 18 * 4))
                .as((date, second, nano, quarters) -> OffsetDateTime.of(date, LocalTime.ofSecondOfDay(second).withNano(nano),
                        ZoneOffset.ofTotalSeconds(quarters * 900)));
    }

    // --- lists --------------------------------------------------------------------------------

    /** One to {@code maxParts} parts, each given a distinct identifier that starts with the prefix. */
    private static <T> Arbitrary<List<T>> parts(Setting s, String prefix, Function<String, Arbitrary<T>> part) {
        return Arbitraries.integers().between(1, s.maxParts()).flatMap(n -> ids(prefix, n)
                .flatMap(ids -> sequence(n, i -> part.apply(ids.get(i)))));
    }

    /** A part for each identifier. */
    private static <T> Arbitrary<List<T>> each(List<String> ids, Function<String, Arbitrary<T>> part) {
        return sequence(ids.size(), i -> part.apply(ids.get(i)));
    }

    /** Part {@code i} from {@code part.apply(i)}, for i from 0 to n - 1. */
    private static <T> Arbitrary<List<T>> sequence(int n, IntFunction<Arbitrary<T>> part) {
        if (n == 0) {
            return Arbitraries.just(List.of());
        }
        return Combinators.combine(IntStream.range(0, n).mapToObj(part).toList()).as(List::copyOf);
    }

    /** Some of the identifiers, each at most once, in a random order. */
    private static Arbitrary<List<String>> someOf(List<String> ids) {
        return Arbitraries.of(ids).list().uniqueElements().ofMaxSize(ids.size());
    }

    private static OptionalInt optionalInt(Optional<Integer> value) {
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }
}
