package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActivityModification;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Assignment;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiReading;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Requirement;
import org.pmokit.core.project.RequirementId;
import org.pmokit.core.project.Resource;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.StatusChange;
import org.pmokit.core.time.WorkCalendar;

/**
 * Writes the model straight to a Jackson {@link JsonGenerator} as the project document, the
 * inverse of {@link DocToModel}, without building the {@link Doc} records first: what the model
 * does not have is left out, so that reading and writing a document gives the same JSON.
 *
 * <p>What is left out: empty optional parts (and any null); empty lists inside entities (an
 * activity without predecessors, a goal without requirements) and an empty {@code cashFlows},
 * while the other top-level lists (those of the agreed example) and a change request's
 * {@code decisions} are always written (a change request's {@code history}, a decision's
 * {@code hash} and a baseline's {@code change} only when present, so that documents without them
 * read and write as before); the type and lag of a link that is finish-to-start without
 * lag (a link that is not is written with both); the covered years of a custom calendar when they
 * are the years of its dates. Fields come in the order of the {@link Doc} records. Amounts and KPI
 * values are written as strings with every digit, other decimals as JSON numbers with every digit
 * (the generator's {@code WRITE_BIGDECIMAL_AS_PLAIN}), dates as {@code yyyy-MM-dd} and instants as
 * ISO-8601 with their own offset, enumerations by constant name.
 *
 * <p>The generator comes from one of the {@link JsonConfig} writers, which carries the factory's
 * features (surrogate handling, plain decimals) and the pretty printer. An instance writes one
 * document and is not thread-safe.
 */
final class ModelWriter {

    /** The largest scale (either sign) of a decimal written in plain digits, as Jackson allows for numbers. */
    private static final int MAX_PLAIN_SCALE = 9_999;

    // Field names, encoded once.
    private static final SerializableString ID = name("id");
    private static final SerializableString NAME = name("name");
    private static final SerializableString TYPE = name("type");
    private static final SerializableString DATE = name("date");
    private static final SerializableString ACTIVITY = name("activity");
    private static final SerializableString ACTIVITIES = name("activities");
    private static final SerializableString BUDGET = name("budget");
    private static final SerializableString WBS = name("wbs");
    private static final SerializableString PHASE = name("phase");
    private static final SerializableString DURATION = name("duration");
    private static final SerializableString EARNING_RULE = name("earningRule");
    private static final SerializableString CURVE = name("curve");
    private static final SerializableString PREDECESSORS = name("predecessors");
    private static final SerializableString RESOURCES = name("resources");
    private static final SerializableString RESOURCE = name("resource");
    private static final SerializableString UNITS = name("units");
    private static final SerializableString CONSTRAINT = name("constraint");
    private static final SerializableString LAG = name("lag");
    private static final SerializableString START = name("start");
    private static final SerializableString FINISH = name("finish");
    private static final SerializableString AMOUNT = name("amount");
    private static final SerializableString PERCENT_COMPLETE = name("percentComplete");
    private static final SerializableString ACTUAL_START = name("actualStart");
    private static final SerializableString ACTUAL_FINISH = name("actualFinish");
    private static final SerializableString REMAINING_DURATION = name("remainingDuration");
    private static final SerializableString REMOVE = name("remove");

    private final JsonGenerator gen;
    /** Scratch space for a date's ten characters. */
    private final char[] date = new char[10];

    private ModelWriter(JsonGenerator gen) {
        this.gen = gen;
    }

    private static SerializableString name(String value) {
        return new SerializedString(value);
    }

    /**
     * Writes a project as UTF-8 to a stream, which is flushed and not closed.
     *
     * @param config the writer whose generator settings to use ({@link JsonConfig#COMPACT} or {@link JsonConfig#PRETTY})
     * @param project the project
     * @param out the stream
     * @throws IllegalArgumentException if a KPI decimal is too large or too small to write in plain
     *         digits; then nothing is written
     * @throws IOException if the stream fails, or a Jackson
     *         {@link com.fasterxml.jackson.core.JsonProcessingException} if the generator refuses a value
     */
    static void write(ObjectWriter config, Project project, OutputStream out) throws IOException {
        checkPlainDecimals(project);
        write(config.createGenerator(out), project);
    }

    /**
     * Writes a project as a string.
     *
     * @param config the writer whose generator settings to use
     * @param project the project
     * @return the document
     * @throws IllegalArgumentException if a KPI decimal is too large or too small to write in plain digits
     * @throws IOException a Jackson {@link com.fasterxml.jackson.core.JsonProcessingException} if the
     *         generator refuses a value
     */
    static String write(ObjectWriter config, Project project) throws IOException {
        checkPlainDecimals(project);
        StringWriter text = new StringWriter(1024);
        write(config.createGenerator(text), project);
        return text.toString();
    }

    /** Writes and closes the generator (which flushes, but does not close, the target). */
    private static void write(JsonGenerator gen, Project project) throws IOException {
        try {
            new ModelWriter(gen).project(project);
        } catch (IOException | RuntimeException e) {
            // As Jackson does on failure: release the generator without completing the document.
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
            try {
                gen.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        gen.close();
    }

    /**
     * Refuses, before anything is written, a KPI decimal (written as a string) whose plain form
     * would have more than {@value #MAX_PLAIN_SCALE} zeros to write, as Jackson refuses for numbers.
     */
    private static void checkPlainDecimals(Project project) {
        for (Goal g : project.goals()) {
            if (g.kpi().isPresent()) {
                Kpi k = g.kpi().get();
                k.baseline().ifPresent(ModelWriter::checkPlain);
                k.target().ifPresent(ModelWriter::checkPlain);
                for (KpiReading r : k.readings()) {
                    checkPlain(r.value());
                }
            }
        }
    }

    private static void checkPlain(BigDecimal value) {
        if (Math.abs((long) value.scale()) > MAX_PLAIN_SCALE) {
            throw new IllegalArgumentException("decimal too large or too small to write in plain digits: " + value);
        }
    }

    // --- the document -------------------------------------------------------------------------

    private void project(Project p) throws IOException {
        gen.writeStartObject();
        gen.writeFieldName("schemaVersion");
        gen.writeNumber(ProjectJson.SCHEMA_VERSION);
        string(ID, p.id().value());
        string(NAME, p.name());
        string("localName", p.localName());
        string("description", p.description());
        string("sponsor", p.sponsor());
        string("manager", p.manager());
        string("department", p.department());
        string("currency", p.currency().getCurrencyCode());
        gen.writeFieldName("calendar");
        calendar(p.calendar());
        date("start", p.start());
        date("statusDate", p.statusDate());
        constant(PHASE, p.phase());

        gen.writeArrayFieldStart("goals");
        for (Goal g : p.goals()) {
            goal(g);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("requirements");
        for (Requirement r : p.requirements()) {
            requirement(r);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("resources");
        for (Resource r : p.resources()) {
            resource(r);
        }
        gen.writeEndArray();
        gen.writeFieldName(ACTIVITIES);
        gen.writeStartArray();
        for (Activity a : p.activities()) {
            activity(a);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("milestones");
        for (Milestone m : p.milestones()) {
            milestone(m);
        }
        gen.writeEndArray();
        if (p.budget().isPresent()) {
            budget(p.budget().get());
        }
        gen.writeArrayFieldStart("risks");
        for (Risk r : p.risks()) {
            risk(r);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("changeRequests");
        for (ChangeRequest c : p.changeRequests()) {
            changeRequest(c);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("baselines");
        for (Baseline b : p.baselines()) {
            baseline(b);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("progress");
        for (ProgressRecord r : p.progress()) {
            progress(r);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("actualCosts");
        for (ActualCost c : p.actualCosts()) {
            gen.writeStartObject();
            date(DATE, c.date());
            string(ACTIVITY, c.activity().value());
            money(AMOUNT, c.amount());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        if (!p.cashFlows().isEmpty()) {
            gen.writeArrayFieldStart("cashFlows");
            for (CashFlow c : p.cashFlows()) {
                gen.writeStartObject();
                gen.writeNumberField("period", c.period());
                money(AMOUNT, c.amount());
                string("description", c.description());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    /** {@code "CN"} or {@code "MON_FRI"} for a named calendar, otherwise the custom calendar object. */
    private void calendar(WorkCalendar c) throws IOException {
        if (c.isBuiltIn() && WorkCalendar.named(c.name()).isPresent()) {
            gen.writeString(c.name());
            return;
        }
        gen.writeStartObject();
        gen.writeArrayFieldStart("weekend");
        for (DayOfWeek d : c.weekend()) {
            gen.writeString(d.name());
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("holidays");
        for (LocalDate d : c.holidays()) {
            dateValue(d);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("workdays");
        for (LocalDate d : c.workdays()) {
            dateValue(d);
        }
        gen.writeEndArray();
        // The covered years go into the document only when they are not those of the dates.
        WorkCalendar derived = WorkCalendar.custom(c.weekend(), c.holidays(), c.workdays());
        boolean derivable = derived.firstCoveredYear().equals(c.firstCoveredYear())
                && derived.lastCoveredYear().equals(c.lastCoveredYear());
        if (!derivable) {
            if (c.firstCoveredYear().isPresent()) {
                gen.writeNumberField("firstYear", c.firstCoveredYear().get().getValue());
            }
            if (c.lastCoveredYear().isPresent()) {
                gen.writeNumberField("lastYear", c.lastCoveredYear().get().getValue());
            }
        }
        gen.writeEndObject();
    }

    private void goal(Goal g) throws IOException {
        gen.writeStartObject();
        string(ID, g.id().value());
        string("statement", g.statement());
        if (g.kpi().isPresent()) {
            kpi(g.kpi().get());
        }
        date("deadline", g.deadline());
        string("owner", g.owner());
        string("objective", g.objective());
        if (!g.requirements().isEmpty()) {
            gen.writeArrayFieldStart("requirements");
            for (RequirementId r : g.requirements()) {
                gen.writeString(r.value());
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private void kpi(Kpi k) throws IOException {
        gen.writeObjectFieldStart("kpi");
        string(NAME, k.name());
        constant("dimension", k.dimension());
        string("unit", k.unit());
        if (k.baseline().isPresent()) {
            gen.writeStringField("baseline", k.baseline().get().toPlainString());
        }
        if (k.target().isPresent()) {
            gen.writeStringField("target", k.target().get().toPlainString());
        }
        constant("direction", k.direction());
        if (!k.readings().isEmpty()) {
            gen.writeArrayFieldStart("readings");
            for (KpiReading r : k.readings()) {
                gen.writeStartObject();
                date(DATE, r.date());
                gen.writeStringField("value", r.value().toPlainString());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private void requirement(Requirement r) throws IOException {
        gen.writeStartObject();
        string(ID, r.id().value());
        constant(TYPE, r.type());
        constant("priority", r.priority());
        string("title", r.title());
        string("description", r.description());
        gen.writeEndObject();
    }

    private void resource(Resource r) throws IOException {
        gen.writeStartObject();
        string(ID, r.id().value());
        string(NAME, r.name());
        constant(TYPE, r.type());
        money("rate", r.rate());
        if (r.capacity().isPresent()) {
            number("capacity", r.capacity().get());
        }
        gen.writeEndObject();
    }

    private void activity(Activity a) throws IOException {
        gen.writeStartObject();
        string(ID, a.id().value());
        string(NAME, a.name());
        string(WBS, a.wbs());
        constant(PHASE, a.phase());
        gen.writeFieldName(DURATION);
        gen.writeNumber(a.duration());
        if (a.budget().isPresent()) {
            money(BUDGET, a.budget().get());
        }
        constant(EARNING_RULE, a.earningRule());
        constant(CURVE, a.curve());
        List<Dependency> predecessors = a.predecessors();
        if (!predecessors.isEmpty()) {
            gen.writeFieldName(PREDECESSORS);
            gen.writeStartArray();
            for (Dependency d : predecessors) {
                gen.writeStartObject();
                string(ACTIVITY, d.predecessor().value());
                link(d.type(), d.lag());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        List<Assignment> resources = a.resources();
        if (!resources.isEmpty()) {
            gen.writeFieldName(RESOURCES);
            gen.writeStartArray();
            for (Assignment r : resources) {
                gen.writeStartObject();
                string(RESOURCE, r.resource().value());
                number(UNITS, r.units());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (a.constraint().isPresent()) {
            gen.writeFieldName(CONSTRAINT);
            gen.writeStartObject();
            constant(TYPE, a.constraint().get().type());
            date(DATE, a.constraint().get().date());
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    /** The type and lag of a link, left out together when it is finish-to-start without lag. */
    private void link(DependencyType type, int lag) throws IOException {
        if (type != DependencyType.FS || lag != 0) {
            constant(TYPE, type);
            gen.writeFieldName(LAG);
            gen.writeNumber(lag);
        }
    }

    private void milestone(Milestone m) throws IOException {
        gen.writeStartObject();
        string(ID, m.id().value());
        string(NAME, m.name());
        constant("kind", m.kind());
        if (m.activity().isPresent()) {
            string(ACTIVITY, m.activity().get().value());
        }
        date("due", m.due());
        string("deliverable", m.deliverable());
        string("acceptance", m.acceptance());
        string("owner", m.owner());
        date("actual", m.actual());
        gen.writeEndObject();
    }

    private void budget(Budget b) throws IOException {
        gen.writeObjectFieldStart("budget");
        money("approvedTotal", b.approvedTotal());
        money("contingencyReserve", b.contingencyReserve());
        money("managementReserve", b.managementReserve());
        gen.writeEndObject();
    }

    private void risk(Risk r) throws IOException {
        gen.writeStartObject();
        string(ID, r.id().value());
        string("title", r.title());
        constant("category", r.category());
        constant("kind", r.kind());
        number("probability", r.probability());
        RiskImpact impact = r.impact();
        if (impact != null) {
            gen.writeObjectFieldStart("impact");
            money("cost", impact.cost());
            integer("scheduleDays", impact.scheduleDays());
            integer("level", impact.level());
            gen.writeEndObject();
        }
        string("owner", r.owner());
        constant("strategy", r.strategy());
        string("response", r.response());
        constant("status", r.status());
        date("identified", r.identified());
        date("reviewed", r.reviewed());
        ids(ACTIVITIES, r.activities());
        instant("identifiedAt", r.identifiedAt());
        instant("responseStarted", r.responseStarted());
        gen.writeEndObject();
    }

    private void changeRequest(ChangeRequest c) throws IOException {
        gen.writeStartObject();
        string(ID, c.id().value());
        string("title", c.title());
        constant(TYPE, c.type());
        string("requester", c.requester());
        date("submitted", c.submitted());
        if (c.impact().isPresent()) {
            ImpactAssessment i = c.impact().get();
            gen.writeObjectFieldStart("impact");
            money("cost", i.cost());
            gen.writeNumberField("scheduleDays", i.scheduleDays());
            constant("business", i.business());
            constant("system", i.system());
            constant(RESOURCE, i.resource());
            gen.writeBooleanField("compliance", i.compliance());
            gen.writeEndObject();
        }
        constant("status", c.status());
        gen.writeArrayFieldStart("decisions");
        for (Decision d : c.decisions()) {
            gen.writeStartObject();
            string("by", d.by());
            constant("role", d.role());
            constant("decision", d.decision());
            instant("at", d.at());
            string("comment", d.comment());
            string("hash", d.hash());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        if (c.activities().isPresent()) {
            changes(c.activities().get());
        }
        if (!c.history().isEmpty()) {
            gen.writeArrayFieldStart("history");
            for (StatusChange s : c.history()) {
                gen.writeStartObject();
                constant("status", s.status());
                string("by", s.by());
                instant("at", s.at());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private void changes(ActivityChanges c) throws IOException {
        gen.writeFieldName(ACTIVITIES);
        gen.writeStartObject();
        if (!c.add().isEmpty()) {
            gen.writeArrayFieldStart("add");
            for (Activity a : c.add()) {
                activity(a);
            }
            gen.writeEndArray();
        }
        ids(REMOVE, c.remove());
        if (!c.modify().isEmpty()) {
            gen.writeArrayFieldStart("modify");
            for (ActivityModification m : c.modify()) {
                gen.writeStartObject();
                string(ACTIVITY, m.activity().value());
                string(NAME, m.name());
                integer("duration", m.duration());
                money("budget", m.budget());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (!c.addPredecessors().isEmpty()) {
            gen.writeArrayFieldStart("addPredecessors");
            for (PredecessorAddition a : c.addPredecessors()) {
                gen.writeStartObject();
                string(ACTIVITY, a.activity().value());
                string("predecessor", a.predecessor().value());
                link(a.type(), a.lag());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private void baseline(Baseline b) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("version", b.version());
        date("approved", b.approved());
        List<BaselineActivity> activities = b.activities();
        if (!activities.isEmpty()) {
            gen.writeFieldName(ACTIVITIES);
            gen.writeStartArray();
            for (BaselineActivity a : activities) {
                gen.writeStartObject();
                string(ACTIVITY, a.activity().value());
                date(START, a.start());
                date(FINISH, a.finish());
                money(BUDGET, a.budget());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
        if (b.change().isPresent()) {
            string("change", b.change().get().value());
        }
        gen.writeEndObject();
    }

    private void progress(ProgressRecord r) throws IOException {
        gen.writeStartObject();
        date(DATE, r.date());
        string(ACTIVITY, r.activity().value());
        number(PERCENT_COMPLETE, r.percentComplete());
        if (r.actualStart().isPresent()) {
            date(ACTUAL_START, r.actualStart().get());
        }
        if (r.actualFinish().isPresent()) {
            date(ACTUAL_FINISH, r.actualFinish().get());
        }
        if (r.remainingDuration().isPresent()) {
            gen.writeFieldName(REMAINING_DURATION);
            gen.writeNumber(r.remainingDuration().getAsInt());
        }
        gen.writeEndObject();
    }

    // --- fields, each left out when it has no value -------------------------------------------

    private void string(SerializableString field, String value) throws IOException {
        if (value != null) {
            gen.writeFieldName(field);
            gen.writeString(value);
        }
    }

    private void string(SerializableString field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            string(field, value.get());
        }
    }

    private void string(String field, String value) throws IOException {
        if (value != null) {
            gen.writeStringField(field, value);
        }
    }

    private void string(String field, Optional<String> value) throws IOException {
        if (value.isPresent()) {
            string(field, value.get());
        }
    }

    /** An enumeration constant by name. */
    private void constant(SerializableString field, Enum<?> value) throws IOException {
        if (value != null) {
            gen.writeFieldName(field);
            gen.writeString(value.name());
        }
    }

    private void constant(SerializableString field, Optional<? extends Enum<?>> value) throws IOException {
        if (value.isPresent()) {
            constant(field, value.get());
        }
    }

    private void constant(String field, Enum<?> value) throws IOException {
        if (value != null) {
            gen.writeStringField(field, value.name());
        }
    }

    private void constant(String field, Optional<? extends Enum<?>> value) throws IOException {
        if (value.isPresent()) {
            constant(field, value.get());
        }
    }

    /** An amount: always a string of every digit. */
    private void money(SerializableString field, Money value) throws IOException {
        if (value != null) {
            gen.writeFieldName(field);
            gen.writeString(value.amount().toPlainString());
        }
    }

    private void money(String field, Money value) throws IOException {
        if (value != null) {
            gen.writeStringField(field, value.amount().toPlainString());
        }
    }

    private void money(String field, Optional<Money> value) throws IOException {
        if (value.isPresent()) {
            money(field, value.get());
        }
    }

    /** A decimal as a JSON number in plain digits. */
    private void number(SerializableString field, BigDecimal value) throws IOException {
        if (value != null) {
            gen.writeFieldName(field);
            gen.writeNumber(value);
        }
    }

    private void number(String field, BigDecimal value) throws IOException {
        if (value != null) {
            gen.writeFieldName(field);
            gen.writeNumber(value);
        }
    }

    private void integer(String field, OptionalInt value) throws IOException {
        if (value.isPresent()) {
            gen.writeNumberField(field, value.getAsInt());
        }
    }

    /** The identifiers of activities, left out when there are none. */
    private void ids(SerializableString field, List<ActivityId> ids) throws IOException {
        if (!ids.isEmpty()) {
            gen.writeFieldName(field);
            gen.writeStartArray();
            for (ActivityId id : ids) {
                gen.writeString(id.value());
            }
            gen.writeEndArray();
        }
    }

    private void date(SerializableString field, LocalDate value) throws IOException {
        if (value != null) {
            gen.writeFieldName(field);
            dateValue(value);
        }
    }

    private void date(String field, LocalDate value) throws IOException {
        if (value != null) {
            gen.writeFieldName(field);
            dateValue(value);
        }
    }

    private void date(String field, Optional<LocalDate> value) throws IOException {
        if (value.isPresent()) {
            date(field, value.get());
        }
    }

    /** A date as {@link LocalDate#toString()} writes it, {@code yyyy-MM-dd} for the years 0 to 9999. */
    private void dateValue(LocalDate value) throws IOException {
        int year = value.getYear();
        if (year < 0 || year > 9999) {
            gen.writeString(value.toString());
            return;
        }
        char[] c = date;
        c[0] = digit(year / 1000);
        c[1] = digit(year / 100 % 10);
        c[2] = digit(year / 10 % 10);
        c[3] = digit(year % 10);
        c[4] = '-';
        int month = value.getMonthValue();
        c[5] = digit(month / 10);
        c[6] = digit(month % 10);
        c[7] = '-';
        int day = value.getDayOfMonth();
        c[8] = digit(day / 10);
        c[9] = digit(day % 10);
        gen.writeString(c, 0, c.length);
    }

    private static char digit(int value) {
        return (char) ('0' + value);
    }

    /** An instant with its own offset, as ISO-8601 ({@link DateTimeFormatter#ISO_OFFSET_DATE_TIME}). */
    private void instant(String field, OffsetDateTime value) throws IOException {
        if (value != null) {
            gen.writeStringField(field, DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
        }
    }

    private void instant(String field, Optional<OffsetDateTime> value) throws IOException {
        if (value.isPresent()) {
            instant(field, value.get());
        }
    }
}
