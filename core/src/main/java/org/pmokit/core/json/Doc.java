package org.pmokit.core.json;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
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
 * The project document as {@link DocReader} reads it: one record per JSON object, with the
 * document's field names in the document's order, so that the records are the shape of the document
 * and nothing else (the reader's messages list an object's fields from them).
 *
 * <p>Every component is nullable and null means "absent": the reader refuses a JSON {@code null}
 * before it reaches a record, and {@link DocToModel} decides what absence means (an error for a
 * required field, empty for a list, the model's default otherwise). Writing does not go through
 * these records: {@link ModelWriter} writes the model straight to JSON, in the records' field order.
 * Enumerations are the model's own, whose constant names are the document's values.
 * Amounts and decimal texts are kept as {@link NumberText} so that no digit is lost before
 * {@link DocToModel} turns them into {@code Money} or {@code BigDecimal}.
 */
final class Doc {

    private Doc() {
    }

    /** The whole document; {@code schemaVersion} is checked as soon as it is read. */
    record Project(
            Integer schemaVersion,
            String id,
            String name,
            String localName,
            String description,
            String sponsor,
            String manager,
            String department,
            String currency,
            Calendar calendar,
            LocalDate start,
            LocalDate statusDate,
            Phase phase,
            List<Goal> goals,
            List<Requirement> requirements,
            List<Resource> resources,
            List<Activity> activities,
            List<Milestone> milestones,
            Budget budget,
            List<Risk> risks,
            List<ChangeRequest> changeRequests,
            List<Baseline> baselines,
            List<Progress> progress,
            List<ActualCost> actualCosts,
            List<CashFlow> cashFlows) {
    }

    /** {@code "CN"}, {@code "MON_FRI"} (name set) or a custom calendar object (custom set). */
    record Calendar(String name, CustomCalendar custom) {
    }

    /** A custom calendar; {@code firstYear} and {@code lastYear} come both or neither. */
    record CustomCalendar(
            List<DayOfWeek> weekend,
            List<LocalDate> holidays,
            List<LocalDate> workdays,
            Integer firstYear,
            Integer lastYear) {
    }

    record Goal(
            String id,
            String statement,
            Kpi kpi,
            LocalDate deadline,
            String owner,
            String objective,
            List<String> requirements) {
    }

    record Kpi(
            String name,
            KpiDimension dimension,
            String unit,
            NumberText baseline,
            NumberText target,
            Direction direction,
            List<KpiReading> readings) {
    }

    record KpiReading(LocalDate date, NumberText value) {
    }

    record Requirement(String id, RequirementType type, Priority priority, String title, String description) {
    }

    record Resource(String id, String name, ResourceType type, NumberText rate, BigDecimal capacity) {
    }

    record Activity(
            String id,
            String name,
            String wbs,
            Phase phase,
            Integer duration,
            NumberText budget,
            EarningRule earningRule,
            SpreadCurve curve,
            List<Dependency> predecessors,
            List<Assignment> resources,
            Constraint constraint) {
    }

    record Dependency(String activity, DependencyType type, Integer lag) {
    }

    record Assignment(String resource, BigDecimal units) {
    }

    record Constraint(ConstraintType type, LocalDate date) {
    }

    record Milestone(
            String id,
            String name,
            MilestoneKind kind,
            String activity,
            LocalDate due,
            String deliverable,
            String acceptance,
            String owner,
            LocalDate actual) {
    }

    record Budget(NumberText approvedTotal, NumberText contingencyReserve, NumberText managementReserve) {
    }

    record Risk(
            String id,
            String title,
            RiskCategory category,
            RiskKind kind,
            BigDecimal probability,
            RiskImpact impact,
            String owner,
            RiskStrategy strategy,
            String response,
            RiskStatus status,
            LocalDate identified,
            LocalDate reviewed,
            List<String> activities,
            OffsetDateTime identifiedAt,
            OffsetDateTime responseStarted) {
    }

    record RiskImpact(NumberText cost, Integer scheduleDays, Integer level) {
    }

    record ChangeRequest(
            String id,
            String title,
            ChangeType type,
            String requester,
            LocalDate submitted,
            Impact impact,
            ChangeStatus status,
            List<Decision> decisions,
            ActivityChanges activities,
            List<StatusChange> history) {
    }

    record Impact(
            NumberText cost,
            Integer scheduleDays,
            ImpactLevel business,
            ImpactLevel system,
            ImpactLevel resource,
            Boolean compliance) {
    }

    record Decision(String by, Role role, DecisionType decision, OffsetDateTime at, String comment, String hash) {
    }

    record StatusChange(ChangeStatus status, String by, OffsetDateTime at) {
    }

    record ActivityChanges(
            List<Activity> add,
            List<String> remove,
            List<Modification> modify,
            List<PredecessorAddition> addPredecessors) {
    }

    record Modification(String activity, String name, Integer duration, NumberText budget) {
    }

    record PredecessorAddition(String activity, String predecessor, DependencyType type, Integer lag) {
    }

    record Baseline(Integer version, LocalDate approved, List<BaselineActivity> activities, String change) {
    }

    record BaselineActivity(String activity, LocalDate start, LocalDate finish, NumberText budget) {
    }

    record Progress(
            LocalDate date,
            String activity,
            BigDecimal percentComplete,
            LocalDate actualStart,
            LocalDate actualFinish,
            Integer remainingDuration) {
    }

    record ActualCost(LocalDate date, String activity, NumberText amount) {
    }

    record CashFlow(Integer period, NumberText amount, String description) {
    }

    /**
     * A decimal as the document wrote it, a JSON string ({@code "2400000.00"}) or a JSON number,
     * kept as text so that no digit is lost (the writer always writes an amount as a string).
     *
     * @param text the decimal as written
     */
    record NumberText(String text) {
    }
}
