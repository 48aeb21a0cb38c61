package org.pmokit.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.util.List;

/**
 * The project document as plain Jackson databind sees it, the yardstick of {@link JsonReadBenchmark}
 * and {@link JsonWriteBenchmark}: a tree of public records with the document's field names and
 * only {@code String}, {@code Integer}, {@code BigDecimal} and {@code List} components. Dates,
 * enumeration constants and amounts stay strings, the calendar is its name, and nothing is checked
 * or turned into the model. Every field of a generated document is read; an absent field is null,
 * and the writer leaves nulls out, so writing what was read gives the same bytes as
 * {@link org.pmokit.core.json.ProjectJson} writes.
 *
 * <p>The mapper is Jackson's default (unknown fields fail), plus
 * {@link DeserializationFeature#USE_BIG_DECIMAL_FOR_FLOATS} and, for writing,
 * {@link JsonInclude.Include#NON_NULL} and plain decimals.
 */
final class PlainDocument {

    /** Reads {@link Project} from bytes. */
    static final ObjectReader READER;
    /** Writes {@link Project} compactly. */
    static final ObjectWriter WRITER;

    static {
        JsonMapper mapper = JsonMapper.builder(JsonFactory.builder()
                        .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                        .build())
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                        JsonInclude.Include.NON_NULL))
                .build();
        READER = mapper.readerFor(Project.class);
        WRITER = mapper.writerFor(Project.class);
    }

    private PlainDocument() {
    }

    /** The whole document. */
    public record Project(
            Integer schemaVersion,
            String id,
            String name,
            String localName,
            String description,
            String sponsor,
            String manager,
            String department,
            String currency,
            String calendar,
            String start,
            String statusDate,
            String phase,
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

    /** A goal. */
    public record Goal(String id, String statement, Kpi kpi, String deadline, String owner, String objective,
            List<String> requirements) {
    }

    /** A KPI. */
    public record Kpi(String name, String dimension, String unit, String baseline, String target, String direction,
            List<KpiReading> readings) {
    }

    /** A KPI reading. */
    public record KpiReading(String date, String value) {
    }

    /** A requirement. */
    public record Requirement(String id, String type, String priority, String title, String description) {
    }

    /** A resource. */
    public record Resource(String id, String name, String type, String rate, BigDecimal capacity) {
    }

    /** An activity. */
    public record Activity(String id, String name, String wbs, String phase, Integer duration, String budget,
            String earningRule, String curve, List<Dependency> predecessors, List<Assignment> resources,
            Constraint constraint) {
    }

    /** A link to a predecessor. */
    public record Dependency(String activity, String type, Integer lag) {
    }

    /** A resource assignment. */
    public record Assignment(String resource, BigDecimal units) {
    }

    /** A date constraint. */
    public record Constraint(String type, String date) {
    }

    /** A milestone. */
    public record Milestone(String id, String name, String kind, String activity, String due, String deliverable,
            String acceptance, String owner, String actual) {
    }

    /** The budget. */
    public record Budget(String approvedTotal, String contingencyReserve, String managementReserve) {
    }

    /** A risk. */
    public record Risk(String id, String title, String category, String kind, BigDecimal probability,
            RiskImpact impact, String owner, String strategy, String response, String status, String identified,
            String reviewed, List<String> activities, String identifiedAt, String responseStarted) {
    }

    /** A risk's impact. */
    public record RiskImpact(String cost, Integer scheduleDays, Integer level) {
    }

    /** A change request (none in a generated document). */
    public record ChangeRequest(String id, String title, String type, String requester, String submitted,
            List<String> decisions, String status) {
    }

    /** A baseline. */
    public record Baseline(Integer version, String approved, List<BaselineActivity> activities) {
    }

    /** A baseline row. */
    public record BaselineActivity(String activity, String start, String finish, String budget) {
    }

    /** A progress record. */
    public record Progress(String date, String activity, BigDecimal percentComplete, String actualStart,
            String actualFinish, Integer remainingDuration) {
    }

    /** An actual cost. */
    public record ActualCost(String date, String activity, String amount) {
    }

    /** A cash flow. */
    public record CashFlow(Integer period, String amount, String description) {
    }
}
