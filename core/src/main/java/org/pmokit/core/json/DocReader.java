package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.Priority;
import org.pmokit.core.project.RequirementType;
import org.pmokit.core.project.ResourceType;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.project.Role;
import org.pmokit.core.project.SpreadCurve;

/**
 * Reads the {@link Doc} records from a streaming parser, one token after the other, checking the
 * document's shape as it goes: each object's fields are looked up by name in a {@code switch}
 * (Jackson hands over canonical field names), each value is read by {@link StrictValues} or, for
 * objects and arrays, by the reader of its record or list.
 *
 * <p>The first structural problem stops the read with a {@link FormatProblem} at the offending
 * token: a value of the wrong kind or a {@code null}, an unknown field (strict) at its name, the
 * activity beyond {@link JsonLimits#maxActivities()} at its start (counted in {@code activities}
 * and in every change request's {@code activities.add}), anything after the document. A lenient
 * reader records unknown fields as {@link IgnoredField}s and skips them without keeping them.
 *
 * <p>A reader is <b>exact</b> when the parser's locations are the document's lines and character
 * columns and the parser refuses duplicate field names itself. An inexact reader (over UTF-8 bytes,
 * whose columns count bytes, without duplicate detection in the parser) leaves what it cannot
 * place to an exact one: a duplicate known field or, when lenient, an unknown field ends its read
 * with {@link Inexact}, so that the caller reads again exactly.
 *
 * <p>Not thread-safe: one per read. The document nests at most eight levels, so the recursion of
 * the record readers is bounded; skipped subtrees are skipped by the parser, without recursion.
 */
final class DocReader {

    private static final Fields PROJECT = Fields.of(Doc.Project.class);
    private static final Fields CUSTOM_CALENDAR = Fields.of(Doc.CustomCalendar.class);
    private static final Fields GOAL = Fields.of(Doc.Goal.class);
    private static final Fields KPI = Fields.of(Doc.Kpi.class);
    private static final Fields KPI_READING = Fields.of(Doc.KpiReading.class);
    private static final Fields REQUIREMENT = Fields.of(Doc.Requirement.class);
    private static final Fields RESOURCE = Fields.of(Doc.Resource.class);
    private static final Fields ACTIVITY = Fields.of(Doc.Activity.class);
    private static final Fields DEPENDENCY = Fields.of(Doc.Dependency.class);
    private static final Fields ASSIGNMENT = Fields.of(Doc.Assignment.class);
    private static final Fields CONSTRAINT = Fields.of(Doc.Constraint.class);
    private static final Fields MILESTONE = Fields.of(Doc.Milestone.class);
    private static final Fields BUDGET = Fields.of(Doc.Budget.class);
    private static final Fields RISK = Fields.of(Doc.Risk.class);
    private static final Fields RISK_IMPACT = Fields.of(Doc.RiskImpact.class);
    private static final Fields CHANGE_REQUEST = Fields.of(Doc.ChangeRequest.class);
    private static final Fields IMPACT = Fields.of(Doc.Impact.class);
    private static final Fields DECISION = Fields.of(Doc.Decision.class);
    private static final Fields STATUS_CHANGE = Fields.of(Doc.StatusChange.class);
    private static final Fields ACTIVITY_CHANGES = Fields.of(Doc.ActivityChanges.class);
    private static final Fields MODIFICATION = Fields.of(Doc.Modification.class);
    private static final Fields PREDECESSOR_ADDITION = Fields.of(Doc.PredecessorAddition.class);
    private static final Fields BASELINE = Fields.of(Doc.Baseline.class);
    private static final Fields BASELINE_ACTIVITY = Fields.of(Doc.BaselineActivity.class);
    private static final Fields PROGRESS = Fields.of(Doc.Progress.class);
    private static final Fields ACTUAL_COST = Fields.of(Doc.ActualCost.class);
    private static final Fields CASH_FLOW = Fields.of(Doc.CashFlow.class);

    private static final StrictValues.Names<Phase> PHASES = StrictValues.Names.of(Phase.class);
    private static final StrictValues.Names<DayOfWeek> DAYS = StrictValues.Names.of(DayOfWeek.class);
    private static final StrictValues.Names<KpiDimension> DIMENSIONS = StrictValues.Names.of(KpiDimension.class);
    private static final StrictValues.Names<Direction> DIRECTIONS = StrictValues.Names.of(Direction.class);
    private static final StrictValues.Names<RequirementType> REQUIREMENT_TYPES = StrictValues.Names.of(RequirementType.class);
    private static final StrictValues.Names<Priority> PRIORITIES = StrictValues.Names.of(Priority.class);
    private static final StrictValues.Names<ResourceType> RESOURCE_TYPES = StrictValues.Names.of(ResourceType.class);
    private static final StrictValues.Names<EarningRule> EARNING_RULES = StrictValues.Names.of(EarningRule.class);
    private static final StrictValues.Names<SpreadCurve> CURVES = StrictValues.Names.of(SpreadCurve.class);
    private static final StrictValues.Names<DependencyType> LINK_TYPES = StrictValues.Names.of(DependencyType.class);
    private static final StrictValues.Names<ConstraintType> CONSTRAINT_TYPES = StrictValues.Names.of(ConstraintType.class);
    private static final StrictValues.Names<MilestoneKind> MILESTONE_KINDS = StrictValues.Names.of(MilestoneKind.class);
    private static final StrictValues.Names<RiskCategory> RISK_CATEGORIES = StrictValues.Names.of(RiskCategory.class);
    private static final StrictValues.Names<RiskKind> RISK_KINDS = StrictValues.Names.of(RiskKind.class);
    private static final StrictValues.Names<RiskStrategy> RISK_STRATEGIES = StrictValues.Names.of(RiskStrategy.class);
    private static final StrictValues.Names<RiskStatus> RISK_STATUSES = StrictValues.Names.of(RiskStatus.class);
    private static final StrictValues.Names<ChangeType> CHANGE_TYPES = StrictValues.Names.of(ChangeType.class);
    private static final StrictValues.Names<ImpactLevel> IMPACT_LEVELS = StrictValues.Names.of(ImpactLevel.class);
    private static final StrictValues.Names<ChangeStatus> CHANGE_STATUSES = StrictValues.Names.of(ChangeStatus.class);
    private static final StrictValues.Names<Role> ROLES = StrictValues.Names.of(Role.class);
    private static final StrictValues.Names<DecisionType> DECISION_TYPES = StrictValues.Names.of(DecisionType.class);

    private static final String END = "the end of the document";

    private final JsonParser p;
    private final boolean lenient;
    private final boolean exact;
    private final int maxActivities;
    private final int maxDigits;
    private final List<IgnoredField> ignored = new ArrayList<>();
    private int activities;
    private boolean documentComplete;

    // The readers of list elements, made once per read rather than once per list.
    private final Part<String> strings = this::stringElement;
    private final Part<LocalDate> dates = this::dateElement;
    private final Part<DayOfWeek> days = this::dayElement;
    private final Part<Doc.Goal> goals = this::goal;
    private final Part<Doc.KpiReading> readings = this::reading;
    private final Part<Doc.Requirement> requirements = this::requirement;
    private final Part<Doc.Resource> resources = this::resource;
    private final Part<Doc.Activity> countedActivities = this::countedActivity;
    private final Part<Doc.Dependency> dependencies = this::dependency;
    private final Part<Doc.Assignment> assignments = this::assignment;
    private final Part<Doc.Milestone> milestones = this::milestone;
    private final Part<Doc.Risk> risks = this::risk;
    private final Part<Doc.ChangeRequest> changeRequests = this::changeRequest;
    private final Part<Doc.Decision> decisions = this::decision;
    private final Part<Doc.StatusChange> statusChanges = this::statusChange;
    private final Part<Doc.Modification> modifications = this::modification;
    private final Part<Doc.PredecessorAddition> additions = this::addition;
    private final Part<Doc.Baseline> baselines = this::baseline;
    private final Part<Doc.BaselineActivity> baselineActivities = this::baselineActivity;
    private final Part<Doc.Progress> progress = this::progress;
    private final Part<Doc.ActualCost> actualCosts = this::actualCost;
    private final Part<Doc.CashFlow> cashFlows = this::cashFlow;

    /**
     * Creates the reader of one document.
     *
     * @param parser the parser, before the document's first token
     * @param lenient whether unknown fields are skipped rather than refused
     * @param limits the limits, for the activities and the digits of decimals
     * @param exact whether the parser's locations are lines and character columns and the parser
     *        refuses duplicate field names
     */
    DocReader(JsonParser parser, boolean lenient, JsonLimits limits, boolean exact) {
        this.p = parser;
        this.lenient = lenient;
        this.exact = exact;
        this.maxActivities = limits.maxActivities();
        this.maxDigits = limits.maxNumberLength();
    }

    /**
     * Reads the document: one object, and nothing after it.
     *
     * @return the document
     * @throws IOException at the first structural problem ({@link FormatProblem}), at a syntax
     *         error or limit of the parser, or if the source fails
     * @throws Inexact if an inexact reader meets what an exact one must place
     */
    Doc.Project read() throws IOException {
        JsonToken t = p.nextToken();
        if (t != JsonToken.START_OBJECT) {
            throw notA(t == JsonToken.VALUE_NULL ? "an object" : "an object (the project document)");
        }
        Doc.Project document = project();
        documentComplete = true;
        if (p.nextToken() != null) {
            throw FormatProblem.wrongValue(p, END);
        }
        return document;
    }

    /**
     * Returns the parser, for the place of a problem.
     *
     * @return the parser
     */
    JsonParser parser() {
        return p;
    }

    /**
     * Returns whether the document's object has been read completely, so that any further token
     * or problem is content after the document.
     *
     * @return true after the document's closing brace
     */
    boolean isDocumentComplete() {
        return documentComplete;
    }

    /**
     * Returns the fields skipped so far (lenient only), in document order.
     *
     * @return the ignored fields
     */
    List<IgnoredField> ignoredFields() {
        return Collections.unmodifiableList(ignored);
    }

    // --- the project --------------------------------------------------------------------------

    private Doc.Project project() throws IOException {
        Integer schemaVersion = null;
        String id = null;
        String name = null;
        String localName = null;
        String description = null;
        String sponsor = null;
        String manager = null;
        String department = null;
        String currency = null;
        Doc.Calendar calendar = null;
        LocalDate start = null;
        LocalDate statusDate = null;
        Phase phase = null;
        List<Doc.Goal> goalList = null;
        List<Doc.Requirement> requirementList = null;
        List<Doc.Resource> resourceList = null;
        List<Doc.Activity> activityList = null;
        List<Doc.Milestone> milestoneList = null;
        Doc.Budget budget = null;
        List<Doc.Risk> riskList = null;
        List<Doc.ChangeRequest> changeList = null;
        List<Doc.Baseline> baselineList = null;
        List<Doc.Progress> progressList = null;
        List<Doc.ActualCost> actualCostList = null;
        List<Doc.CashFlow> cashFlowList = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "schemaVersion" -> {
                    value(schemaVersion);
                    schemaVersion = StrictValues.schemaVersion(p);
                }
                case "id" -> id = text(id);
                case "name" -> name = text(name);
                case "localName" -> localName = text(localName);
                case "description" -> description = text(description);
                case "sponsor" -> sponsor = text(sponsor);
                case "manager" -> manager = text(manager);
                case "department" -> department = text(department);
                case "currency" -> currency = text(currency);
                case "calendar" -> calendar = calendar(calendar);
                case "start" -> start = date(start);
                case "statusDate" -> statusDate = date(statusDate);
                case "phase" -> phase = constant(phase, PHASES);
                case "goals" -> goalList = list(goalList, goals);
                case "requirements" -> requirementList = list(requirementList, requirements);
                case "resources" -> resourceList = list(resourceList, resources);
                case "activities" -> activityList = list(activityList, countedActivities);
                case "milestones" -> milestoneList = list(milestoneList, milestones);
                case "budget" -> {
                    value(budget);
                    budget = budget();
                }
                case "risks" -> riskList = list(riskList, risks);
                case "changeRequests" -> changeList = list(changeList, changeRequests);
                case "baselines" -> baselineList = list(baselineList, baselines);
                case "progress" -> progressList = list(progressList, progress);
                case "actualCosts" -> actualCostList = list(actualCostList, actualCosts);
                case "cashFlows" -> cashFlowList = list(cashFlowList, cashFlows);
                default -> unknown(PROJECT);
            }
        }
        return new Doc.Project(schemaVersion, id, name, localName, description, sponsor, manager, department, currency,
                calendar, start, statusDate, phase, goalList, requirementList, resourceList, activityList, milestoneList,
                budget, riskList, changeList, baselineList, progressList, actualCostList, cashFlowList);
    }

    /** {@code "CN"}, {@code "MON_FRI"} or a custom calendar object. */
    private Doc.Calendar calendar(Doc.Calendar previous) throws IOException {
        JsonToken t = value(previous);
        if (t == JsonToken.VALUE_STRING) {
            String name = p.getText();
            if (name.equals("CN") || name.equals("MON_FRI")) {
                return new Doc.Calendar(name, null);
            }
        } else if (t == JsonToken.START_OBJECT) {
            return new Doc.Calendar(null, customCalendar());
        }
        throw FormatProblem.wrongValue(p, "\"CN\", \"MON_FRI\" or a custom calendar object");
    }

    private Doc.CustomCalendar customCalendar() throws IOException {
        List<DayOfWeek> weekend = null;
        List<LocalDate> holidays = null;
        List<LocalDate> workdays = null;
        Integer firstYear = null;
        Integer lastYear = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "weekend" -> weekend = list(weekend, days);
                case "holidays" -> holidays = list(holidays, dates);
                case "workdays" -> workdays = list(workdays, dates);
                case "firstYear" -> firstYear = integer(firstYear);
                case "lastYear" -> lastYear = integer(lastYear);
                default -> unknown(CUSTOM_CALENDAR);
            }
        }
        return new Doc.CustomCalendar(weekend, holidays, workdays, firstYear, lastYear);
    }

    private Doc.Budget budget() throws IOException {
        start();
        Doc.NumberText approvedTotal = null;
        Doc.NumberText contingencyReserve = null;
        Doc.NumberText managementReserve = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "approvedTotal" -> approvedTotal = amount(approvedTotal);
                case "contingencyReserve" -> contingencyReserve = amount(contingencyReserve);
                case "managementReserve" -> managementReserve = amount(managementReserve);
                default -> unknown(BUDGET);
            }
        }
        return new Doc.Budget(approvedTotal, contingencyReserve, managementReserve);
    }

    // --- goals, requirements, resources -------------------------------------------------------

    private Doc.Goal goal() throws IOException {
        start();
        String id = null;
        String statement = null;
        Doc.Kpi kpi = null;
        LocalDate deadline = null;
        String owner = null;
        String objective = null;
        List<String> requirementIds = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text(id);
                case "statement" -> statement = text(statement);
                case "kpi" -> {
                    value(kpi);
                    kpi = kpi();
                }
                case "deadline" -> deadline = date(deadline);
                case "owner" -> owner = text(owner);
                case "objective" -> objective = text(objective);
                case "requirements" -> requirementIds = list(requirementIds, strings);
                default -> unknown(GOAL);
            }
        }
        return new Doc.Goal(id, statement, kpi, deadline, owner, objective, requirementIds);
    }

    private Doc.Kpi kpi() throws IOException {
        start();
        String name = null;
        KpiDimension dimension = null;
        String unit = null;
        Doc.NumberText baseline = null;
        Doc.NumberText target = null;
        Direction direction = null;
        List<Doc.KpiReading> readingList = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "name" -> name = text(name);
                case "dimension" -> dimension = constant(dimension, DIMENSIONS);
                case "unit" -> unit = text(unit);
                case "baseline" -> baseline = amount(baseline);
                case "target" -> target = amount(target);
                case "direction" -> direction = constant(direction, DIRECTIONS);
                case "readings" -> readingList = list(readingList, readings);
                default -> unknown(KPI);
            }
        }
        return new Doc.Kpi(name, dimension, unit, baseline, target, direction, readingList);
    }

    private Doc.KpiReading reading() throws IOException {
        start();
        LocalDate date = null;
        Doc.NumberText value = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "date" -> date = date(date);
                case "value" -> value = amount(value);
                default -> unknown(KPI_READING);
            }
        }
        return new Doc.KpiReading(date, value);
    }

    private Doc.Requirement requirement() throws IOException {
        start();
        String id = null;
        RequirementType type = null;
        Priority priority = null;
        String title = null;
        String description = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text(id);
                case "type" -> type = constant(type, REQUIREMENT_TYPES);
                case "priority" -> priority = constant(priority, PRIORITIES);
                case "title" -> title = text(title);
                case "description" -> description = text(description);
                default -> unknown(REQUIREMENT);
            }
        }
        return new Doc.Requirement(id, type, priority, title, description);
    }

    private Doc.Resource resource() throws IOException {
        start();
        String id = null;
        String name = null;
        ResourceType type = null;
        Doc.NumberText rate = null;
        BigDecimal capacity = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text(id);
                case "name" -> name = text(name);
                case "type" -> type = constant(type, RESOURCE_TYPES);
                case "rate" -> rate = amount(rate);
                case "capacity" -> capacity = decimal(capacity);
                default -> unknown(RESOURCE);
            }
        }
        return new Doc.Resource(id, name, type, rate, capacity);
    }

    // --- activities ---------------------------------------------------------------------------

    /** An activity of {@code activities} or of a change request's {@code activities.add}, counted as it starts. */
    private Doc.Activity countedActivity() throws IOException {
        if (p.currentToken() == JsonToken.START_OBJECT && ++activities > maxActivities) {
            throw FormatProblem.at(p, "at most " + maxActivities + " activities", "more",
                    "the document has more activities than the limit of " + maxActivities);
        }
        return activity();
    }

    private Doc.Activity activity() throws IOException {
        start();
        String id = null;
        String name = null;
        String wbs = null;
        Phase phase = null;
        Integer duration = null;
        Doc.NumberText budget = null;
        EarningRule earningRule = null;
        SpreadCurve curve = null;
        List<Doc.Dependency> predecessors = null;
        List<Doc.Assignment> assigned = null;
        Doc.Constraint constraint = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text(id);
                case "name" -> name = text(name);
                case "wbs" -> wbs = text(wbs);
                case "phase" -> phase = constant(phase, PHASES);
                case "duration" -> duration = integer(duration);
                case "budget" -> budget = amount(budget);
                case "earningRule" -> earningRule = constant(earningRule, EARNING_RULES);
                case "curve" -> curve = constant(curve, CURVES);
                case "predecessors" -> predecessors = list(predecessors, dependencies);
                case "resources" -> assigned = list(assigned, assignments);
                case "constraint" -> {
                    value(constraint);
                    constraint = constraint();
                }
                default -> unknown(ACTIVITY);
            }
        }
        return new Doc.Activity(id, name, wbs, phase, duration, budget, earningRule, curve, predecessors, assigned,
                constraint);
    }

    private Doc.Dependency dependency() throws IOException {
        start();
        String activity = null;
        DependencyType type = null;
        Integer lag = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "activity" -> activity = text(activity);
                case "type" -> type = constant(type, LINK_TYPES);
                case "lag" -> lag = integer(lag);
                default -> unknown(DEPENDENCY);
            }
        }
        return new Doc.Dependency(activity, type, lag);
    }

    private Doc.Assignment assignment() throws IOException {
        start();
        String resource = null;
        BigDecimal units = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "resource" -> resource = text(resource);
                case "units" -> units = decimal(units);
                default -> unknown(ASSIGNMENT);
            }
        }
        return new Doc.Assignment(resource, units);
    }

    private Doc.Constraint constraint() throws IOException {
        start();
        ConstraintType type = null;
        LocalDate date = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "type" -> type = constant(type, CONSTRAINT_TYPES);
                case "date" -> date = date(date);
                default -> unknown(CONSTRAINT);
            }
        }
        return new Doc.Constraint(type, date);
    }

    // --- milestones and risks -----------------------------------------------------------------

    private Doc.Milestone milestone() throws IOException {
        start();
        String id = null;
        String name = null;
        MilestoneKind kind = null;
        String activity = null;
        LocalDate due = null;
        String deliverable = null;
        String acceptance = null;
        String owner = null;
        LocalDate actual = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text(id);
                case "name" -> name = text(name);
                case "kind" -> kind = constant(kind, MILESTONE_KINDS);
                case "activity" -> activity = text(activity);
                case "due" -> due = date(due);
                case "deliverable" -> deliverable = text(deliverable);
                case "acceptance" -> acceptance = text(acceptance);
                case "owner" -> owner = text(owner);
                case "actual" -> actual = date(actual);
                default -> unknown(MILESTONE);
            }
        }
        return new Doc.Milestone(id, name, kind, activity, due, deliverable, acceptance, owner, actual);
    }

    private Doc.Risk risk() throws IOException {
        start();
        String id = null;
        String title = null;
        RiskCategory category = null;
        RiskKind kind = null;
        BigDecimal probability = null;
        Doc.RiskImpact impact = null;
        String owner = null;
        RiskStrategy strategy = null;
        String response = null;
        RiskStatus status = null;
        LocalDate identified = null;
        LocalDate reviewed = null;
        List<String> activityIds = null;
        OffsetDateTime identifiedAt = null;
        OffsetDateTime responseStarted = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text(id);
                case "title" -> title = text(title);
                case "category" -> category = constant(category, RISK_CATEGORIES);
                case "kind" -> kind = constant(kind, RISK_KINDS);
                case "probability" -> probability = decimal(probability);
                case "impact" -> {
                    value(impact);
                    impact = riskImpact();
                }
                case "owner" -> owner = text(owner);
                case "strategy" -> strategy = constant(strategy, RISK_STRATEGIES);
                case "response" -> response = text(response);
                case "status" -> status = constant(status, RISK_STATUSES);
                case "identified" -> identified = date(identified);
                case "reviewed" -> reviewed = date(reviewed);
                case "activities" -> activityIds = list(activityIds, strings);
                case "identifiedAt" -> identifiedAt = dateTime(identifiedAt);
                case "responseStarted" -> responseStarted = dateTime(responseStarted);
                default -> unknown(RISK);
            }
        }
        return new Doc.Risk(id, title, category, kind, probability, impact, owner, strategy, response, status, identified,
                reviewed, activityIds, identifiedAt, responseStarted);
    }

    private Doc.RiskImpact riskImpact() throws IOException {
        start();
        Doc.NumberText cost = null;
        Integer scheduleDays = null;
        Integer level = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "cost" -> cost = amount(cost);
                case "scheduleDays" -> scheduleDays = integer(scheduleDays);
                case "level" -> level = integer(level);
                default -> unknown(RISK_IMPACT);
            }
        }
        return new Doc.RiskImpact(cost, scheduleDays, level);
    }

    // --- change requests ----------------------------------------------------------------------

    private Doc.ChangeRequest changeRequest() throws IOException {
        start();
        String id = null;
        String title = null;
        ChangeType type = null;
        String requester = null;
        LocalDate submitted = null;
        Doc.Impact impact = null;
        ChangeStatus status = null;
        List<Doc.Decision> decisionList = null;
        Doc.ActivityChanges changes = null;
        List<Doc.StatusChange> history = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "id" -> id = text(id);
                case "title" -> title = text(title);
                case "type" -> type = constant(type, CHANGE_TYPES);
                case "requester" -> requester = text(requester);
                case "submitted" -> submitted = date(submitted);
                case "impact" -> {
                    value(impact);
                    impact = impact();
                }
                case "status" -> status = constant(status, CHANGE_STATUSES);
                case "decisions" -> decisionList = list(decisionList, decisions);
                case "activities" -> {
                    value(changes);
                    changes = changes();
                }
                case "history" -> history = list(history, statusChanges);
                default -> unknown(CHANGE_REQUEST);
            }
        }
        return new Doc.ChangeRequest(id, title, type, requester, submitted, impact, status, decisionList, changes,
                history);
    }

    private Doc.Impact impact() throws IOException {
        start();
        Doc.NumberText cost = null;
        Integer scheduleDays = null;
        ImpactLevel business = null;
        ImpactLevel system = null;
        ImpactLevel resource = null;
        Boolean compliance = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "cost" -> cost = amount(cost);
                case "scheduleDays" -> scheduleDays = integer(scheduleDays);
                case "business" -> business = constant(business, IMPACT_LEVELS);
                case "system" -> system = constant(system, IMPACT_LEVELS);
                case "resource" -> resource = constant(resource, IMPACT_LEVELS);
                case "compliance" -> {
                    value(compliance);
                    compliance = StrictValues.bool(p);
                }
                default -> unknown(IMPACT);
            }
        }
        return new Doc.Impact(cost, scheduleDays, business, system, resource, compliance);
    }

    private Doc.Decision decision() throws IOException {
        start();
        String by = null;
        Role role = null;
        DecisionType decision = null;
        OffsetDateTime at = null;
        String comment = null;
        String hash = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "by" -> by = text(by);
                case "role" -> role = constant(role, ROLES);
                case "decision" -> decision = constant(decision, DECISION_TYPES);
                case "at" -> at = dateTime(at);
                case "comment" -> comment = text(comment);
                case "hash" -> {
                    value(hash);
                    hash = StrictValues.hash(p);
                }
                default -> unknown(DECISION);
            }
        }
        return new Doc.Decision(by, role, decision, at, comment, hash);
    }

    private Doc.StatusChange statusChange() throws IOException {
        start();
        ChangeStatus status = null;
        String by = null;
        OffsetDateTime at = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "status" -> status = constant(status, CHANGE_STATUSES);
                case "by" -> by = text(by);
                case "at" -> at = dateTime(at);
                default -> unknown(STATUS_CHANGE);
            }
        }
        return new Doc.StatusChange(status, by, at);
    }

    private Doc.ActivityChanges changes() throws IOException {
        start();
        List<Doc.Activity> add = null;
        List<String> remove = null;
        List<Doc.Modification> modify = null;
        List<Doc.PredecessorAddition> addPredecessors = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "add" -> add = list(add, countedActivities);
                case "remove" -> remove = list(remove, strings);
                case "modify" -> modify = list(modify, modifications);
                case "addPredecessors" -> addPredecessors = list(addPredecessors, additions);
                default -> unknown(ACTIVITY_CHANGES);
            }
        }
        return new Doc.ActivityChanges(add, remove, modify, addPredecessors);
    }

    private Doc.Modification modification() throws IOException {
        start();
        String activity = null;
        String name = null;
        Integer duration = null;
        Doc.NumberText budget = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "activity" -> activity = text(activity);
                case "name" -> name = text(name);
                case "duration" -> duration = integer(duration);
                case "budget" -> budget = amount(budget);
                default -> unknown(MODIFICATION);
            }
        }
        return new Doc.Modification(activity, name, duration, budget);
    }

    private Doc.PredecessorAddition addition() throws IOException {
        start();
        String activity = null;
        String predecessor = null;
        DependencyType type = null;
        Integer lag = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "activity" -> activity = text(activity);
                case "predecessor" -> predecessor = text(predecessor);
                case "type" -> type = constant(type, LINK_TYPES);
                case "lag" -> lag = integer(lag);
                default -> unknown(PREDECESSOR_ADDITION);
            }
        }
        return new Doc.PredecessorAddition(activity, predecessor, type, lag);
    }

    // --- baselines, progress, actual costs, cash flows ----------------------------------------

    private Doc.Baseline baseline() throws IOException {
        start();
        Integer version = null;
        LocalDate approved = null;
        List<Doc.BaselineActivity> rows = null;
        String change = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "version" -> version = integer(version);
                case "approved" -> approved = date(approved);
                case "activities" -> rows = list(rows, baselineActivities);
                case "change" -> change = text(change);
                default -> unknown(BASELINE);
            }
        }
        return new Doc.Baseline(version, approved, rows, change);
    }

    private Doc.BaselineActivity baselineActivity() throws IOException {
        start();
        String activity = null;
        LocalDate startDate = null;
        LocalDate finish = null;
        Doc.NumberText budget = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "activity" -> activity = text(activity);
                case "start" -> startDate = date(startDate);
                case "finish" -> finish = date(finish);
                case "budget" -> budget = amount(budget);
                default -> unknown(BASELINE_ACTIVITY);
            }
        }
        return new Doc.BaselineActivity(activity, startDate, finish, budget);
    }

    private Doc.Progress progress() throws IOException {
        start();
        LocalDate date = null;
        String activity = null;
        BigDecimal percentComplete = null;
        LocalDate actualStart = null;
        LocalDate actualFinish = null;
        Integer remainingDuration = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "date" -> date = date(date);
                case "activity" -> activity = text(activity);
                case "percentComplete" -> percentComplete = decimal(percentComplete);
                case "actualStart" -> actualStart = date(actualStart);
                case "actualFinish" -> actualFinish = date(actualFinish);
                case "remainingDuration" -> remainingDuration = integer(remainingDuration);
                default -> unknown(PROGRESS);
            }
        }
        return new Doc.Progress(date, activity, percentComplete, actualStart, actualFinish, remainingDuration);
    }

    private Doc.ActualCost actualCost() throws IOException {
        start();
        LocalDate date = null;
        String activity = null;
        Doc.NumberText amount = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "date" -> date = date(date);
                case "activity" -> activity = text(activity);
                case "amount" -> amount = amount(amount);
                default -> unknown(ACTUAL_COST);
            }
        }
        return new Doc.ActualCost(date, activity, amount);
    }

    private Doc.CashFlow cashFlow() throws IOException {
        start();
        Integer period = null;
        Doc.NumberText amount = null;
        String description = null;
        for (String field = nextField(); field != null; field = nextField()) {
            switch (field) {
                case "period" -> period = integer(period);
                case "amount" -> amount = amount(amount);
                case "description" -> description = text(description);
                default -> unknown(CASH_FLOW);
            }
        }
        return new Doc.CashFlow(period, amount, description);
    }

    // --- values of fields ---------------------------------------------------------------------

    /**
     * Moves from a field's name to its value. A field read before is a duplicate name, which the
     * parser of an exact reader refuses at the name, before this is reached.
     *
     * @param previous the field's value so far, null if it has not been read
     * @return the first token of the value
     */
    private JsonToken value(Object previous) throws IOException {
        if (previous != null) {
            throw new Inexact("the field " + Tokens.quote(p.currentName()) + " a second time");
        }
        return p.nextToken();
    }

    private String text(String previous) throws IOException {
        value(previous);
        return StrictValues.string(p);
    }

    private Integer integer(Integer previous) throws IOException {
        value(previous);
        return StrictValues.integer(p);
    }

    private BigDecimal decimal(BigDecimal previous) throws IOException {
        value(previous);
        return StrictValues.decimal(p, maxDigits);
    }

    private LocalDate date(LocalDate previous) throws IOException {
        value(previous);
        return StrictValues.date(p);
    }

    private OffsetDateTime dateTime(OffsetDateTime previous) throws IOException {
        value(previous);
        return StrictValues.dateTime(p);
    }

    private Doc.NumberText amount(Doc.NumberText previous) throws IOException {
        value(previous);
        return StrictValues.numberText(p);
    }

    private <E extends Enum<E>> E constant(E previous, StrictValues.Names<E> names) throws IOException {
        value(previous);
        return names.read(p);
    }

    private String stringElement() throws IOException {
        return StrictValues.string(p);
    }

    private LocalDate dateElement() throws IOException {
        return StrictValues.date(p);
    }

    private DayOfWeek dayElement() throws IOException {
        return DAYS.read(p);
    }

    /** An array whose elements the part reads, each from its first token. */
    private <T> List<T> list(List<T> previous, Part<T> element) throws IOException {
        if (value(previous) != JsonToken.START_ARRAY) {
            throw notA("an array");
        }
        List<T> items = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            items.add(element.read());
        }
        return items;
    }

    /** Checks that the value of a record is an object. */
    private void start() throws IOException {
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw notA("an object");
        }
    }

    /**
     * Refuses the current value as not of the kind an object or array of the document must be. A
     * string is read first (as Jackson's data binding, which this reader replaces, read it), so
     * that a string that is itself malformed or too long is reported as such.
     */
    private FormatProblem notA(String expected) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_STRING) {
            p.getText();
        }
        return FormatProblem.wrongValue(p, expected);
    }

    /**
     * Moves to the next field of an object and returns its name, or null at the object's end. An
     * exact reader moves token by token, so that a syntax error right after a name is reported as
     * such; a fast one lets the parser read the name and look at the value in one step.
     */
    private String nextField() throws IOException {
        if (exact) {
            return p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
        }
        return p.nextFieldName();
    }

    /**
     * Refuses the field whose name the parser is on (strict), or skips its value and records it
     * (lenient), without keeping anything of it.
     */
    private void unknown(Fields known) throws IOException {
        if (!lenient) {
            throw FormatProblem.at(p, known.expected, "unknown field " + Tokens.quote(p.currentName()));
        }
        if (!exact) {
            throw new Inexact("an unknown field to skip");
        }
        JsonLocation where = p.currentTokenLocation();
        ignored.add(new IgnoredField(Tokens.pointer(p), Tokens.line(where), Tokens.column(where)));
        JsonToken value = p.nextToken();
        if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
    }

    /**
     * Reads one part of the document from its first token, which the reader has just moved to.
     *
     * @param <T> what it reads
     */
    @FunctionalInterface
    private interface Part<T> {
        T read() throws IOException;
    }

    /** The fields of a record of {@link Doc}, as an unknown field's message lists them. */
    private static final class Fields {
        private final String expected;

        private Fields(String expected) {
            this.expected = expected;
        }

        static Fields of(Class<? extends Record> type) {
            return new Fields("one of the fields " + Arrays.stream(type.getRecordComponents())
                    .map(RecordComponent::getName).collect(Collectors.joining(", ")));
        }
    }

    /**
     * What an inexact reader leaves to an exact one: it ends the read, and the caller reads the
     * document again exactly. It never reaches a host.
     */
    static final class Inexact extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Inexact(String what) {
            super(what, null, false, false);
        }
    }
}
