package org.pmokit.reporting.writer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.Risk;
import org.pmokit.reporting.ActivityLine;
import org.pmokit.reporting.BudgetSection;
import org.pmokit.reporting.ChangeLine;
import org.pmokit.reporting.EarnedValueSection;
import org.pmokit.reporting.GoalLine;
import org.pmokit.reporting.KpiLine;
import org.pmokit.reporting.MilestoneLine;
import org.pmokit.reporting.MilestoneTrack;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.PortfolioRow;
import org.pmokit.reporting.PortfolioTotals;
import org.pmokit.reporting.ProjectHeader;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.ReportMetric;
import org.pmokit.reporting.RiskSection;
import org.pmokit.reporting.SCurve;
import org.pmokit.reporting.ScheduleSection;
import org.pmokit.reporting.SmartCheck;
import org.pmokit.reporting.Slot;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;
import org.pmokit.rules.change.ApprovalRoute;
import org.pmokit.rules.risk.HeatMap;
import org.pmokit.rules.risk.HeatMapCell;
import org.pmokit.rules.risk.RiskResult;
import org.pmokit.rules.schedule.ActivitySchedule;

/**
 * Writes a report as JSON by the report schema of docs/REPORT_SCHEMA.md (version
 * {@value ProjectReport#SCHEMA_VERSION}): stable field names, every field present (null where the
 * project has no value), enumeration values as {@code {"code", "label"}}, amounts as
 * {@code {"amount": "8000000.00", "currency": "CNY"}} with the amount as an exact string, metrics as
 * tagged objects and undefined metrics and empty sections as {@code {"undefined": "reason"}}. Ratios
 * are JSON numbers with at most 15 significant digits, rounded half-even on the exact value, so the
 * text does not depend on the JDK. Indented by two spaces, {@code \n} line ends.
 *
 * <p>This class is immutable and thread-safe.
 */
final class JsonReportWriter implements ReportWriter {

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private static final MathContext SIGNIFICANT = new MathContext(15, RoundingMode.HALF_EVEN);

    private final ReportLanguage language;

    JsonReportWriter(ReportLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.JSON;
    }

    @Override
    public ReportLanguage language() {
        return language;
    }

    private static DefaultPrettyPrinter printer() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    public void write(ProjectReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        StringWriter text = new StringWriter(32_768);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(printer());
            new Project(g, new Words(language)).report(report);
        }
        out.append(text.getBuffer()).append('\n');
    }

    @Override
    public void write(PortfolioReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        StringWriter text = new StringWriter(16_384);
        try (JsonGenerator g = FACTORY.createGenerator(text)) {
            g.setPrettyPrinter(printer());
            new Project(g, new Words(language)).portfolio(report);
        }
        out.append(text.getBuffer()).append('\n');
    }

    /**
     * A ratio or quantity as a JSON number: at most 15 significant digits, plain notation.
     *
     * @param value the value, finite
     * @return the number
     */
    static BigDecimal number(double value) {
        BigDecimal d = new BigDecimal(value).round(SIGNIFICANT).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /** Writes the parts of one report with one generator. */
    private static final class Project {
        private final JsonGenerator g;
        private final Words w;

        Project(JsonGenerator g, Words w) {
            this.g = g;
            this.w = w;
        }

        void report(ProjectReport r) throws IOException {
            g.writeStartObject();
            g.writeNumberField("reportSchemaVersion", ProjectReport.SCHEMA_VERSION);
            g.writeStringField("kind", "project");
            g.writeStringField("language", w.language().tag());
            g.writeFieldName("project");
            header(r.header());
            g.writeFieldName("status");
            g.writeStartObject();
            g.writeFieldName("overall");
            status(r.overall());
            g.writeArrayFieldStart("areas");
            for (AreaStatus a : r.areas()) {
                status(a);
            }
            g.writeEndArray();
            g.writeEndObject();
            findings(r);
            goals(r.goals());
            milestones(r);
            activities(r.activities());
            g.writeFieldName("schedule");
            slot(r.schedule(), this::schedule);
            g.writeFieldName("earnedValue");
            slot(r.earnedValue(), this::earnedValue);
            risks(r.risks());
            changes(r.changes());
            budget(r.budget());
            g.writeObjectFieldStart("metrics");
            for (Map.Entry<String, MetricValue> e : r.metrics().entrySet()) {
                g.writeFieldName(e.getKey());
                metric(e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }

        void portfolio(PortfolioReport r) throws IOException {
            g.writeStartObject();
            g.writeNumberField("reportSchemaVersion", ProjectReport.SCHEMA_VERSION);
            g.writeStringField("kind", "portfolio");
            g.writeStringField("language", w.language().tag());
            g.writeNumberField("projectCount", r.rows().size());
            g.writeObjectFieldStart("statusCounts");
            for (var e : r.statusCounts().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeObjectFieldStart("findingCounts");
            for (var e : r.findingCounts().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("projects");
            for (PortfolioRow row : r.rows()) {
                g.writeStartObject();
                g.writeFieldName("project");
                header(row.header());
                g.writeFieldName("overall");
                status(row.overall());
                g.writeArrayFieldStart("areas");
                for (AreaStatus a : row.areas()) {
                    status(a);
                }
                g.writeEndArray();
                g.writeObjectFieldStart("findingCounts");
                for (var e : row.findingCounts().entrySet()) {
                    g.writeNumberField(e.getKey().name(), e.getValue());
                }
                g.writeEndObject();
                metricField("bac", row.bac());
                metricField("pv", row.pv());
                metricField("ev", row.ev());
                metricField("ac", row.ac());
                metricField("cpi", row.cpi());
                metricField("spi", row.spi());
                metricField("eac", row.eac());
                metricField("forecastFinish", row.forecastFinish());
                moneyField("emvTotal", row.emvTotal());
                g.writeNumberField("openRisks", row.openRisks());
                moneyField("suggestedContingency", row.suggestedContingency());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("totals");
            for (PortfolioTotals t : r.totals()) {
                g.writeStartObject();
                g.writeStringField("currency", t.currency().getCurrencyCode());
                g.writeNumberField("projects", t.projects());
                g.writeNumberField("measured", t.measured());
                moneyField("bac", t.bac());
                moneyField("pv", t.pv());
                moneyField("ev", t.ev());
                moneyField("ac", t.ac());
                metricField("cpi", t.cpi());
                metricField("spi", t.spi());
                moneyField("emvTotal", t.emvTotal());
                moneyField("suggestedContingency", t.suggestedContingency());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        // ---- values -------------------------------------------------------------------------

        private void string(String field, Optional<String> value) throws IOException {
            if (value.isPresent()) {
                g.writeStringField(field, value.get());
            } else {
                g.writeNullField(field);
            }
        }

        private void date(String field, LocalDate value) throws IOException {
            g.writeStringField(field, value.toString());
        }

        private void date(String field, Optional<LocalDate> value) throws IOException {
            string(field, value.map(LocalDate::toString));
        }

        private void integer(String field, OptionalInt value) throws IOException {
            if (value.isPresent()) {
                g.writeNumberField(field, value.getAsInt());
            } else {
                g.writeNullField(field);
            }
        }

        private void term(String field, Enum<?> value) throws IOException {
            g.writeFieldName(field);
            term(value);
        }

        private void term(Enum<?> value) throws IOException {
            g.writeStartObject();
            g.writeStringField("code", value.name());
            g.writeStringField("label", w.term(value));
            g.writeEndObject();
        }

        private <E extends Enum<E>> void term(String field, Optional<E> value) throws IOException {
            if (value.isPresent()) {
                term(field, value.get());
            } else {
                g.writeNullField(field);
            }
        }

        private void money(Money m) throws IOException {
            g.writeStartObject();
            g.writeStringField("amount", m.amount().toPlainString());
            g.writeStringField("currency", m.currency().getCurrencyCode());
            g.writeEndObject();
        }

        private void moneyField(String field, Money m) throws IOException {
            g.writeFieldName(field);
            money(m);
        }

        private void moneyField(String field, Optional<Money> m) throws IOException {
            if (m.isPresent()) {
                moneyField(field, m.get());
            } else {
                g.writeNullField(field);
            }
        }

        private void undefined(Text reason) throws IOException {
            g.writeStartObject();
            g.writeStringField("undefined", w.text(reason));
            g.writeEndObject();
        }

        private void metric(MetricValue v) throws IOException {
            if (v instanceof MetricValue.Amount a) {
                money(a.money());
                return;
            }
            if (v instanceof MetricValue.Undefined u) {
                undefined(u.reason());
                return;
            }
            g.writeStartObject();
            if (v instanceof MetricValue.Ratio r) {
                g.writeNumberField("ratio", number(r.value()));
            } else if (v instanceof MetricValue.Quantity q) {
                g.writeNumberField("quantity", number(q.value()));
                g.writeStringField("unit", q.unit());
            } else {
                g.writeStringField("date", ((MetricValue.Date) v).date().toString());
            }
            g.writeEndObject();
        }

        private void metricField(String field, MetricValue v) throws IOException {
            g.writeFieldName(field);
            metric(v);
        }

        private void metrics(String field, List<ReportMetric> metrics) throws IOException {
            g.writeArrayFieldStart(field);
            for (ReportMetric m : metrics) {
                g.writeStartObject();
                g.writeStringField("key", m.key());
                g.writeStringField("label", w.text(m.label()));
                g.writeBooleanField("percent", m.percent());
                metricField("value", m.value());
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private interface Content<T> {
            void write(T t) throws IOException;
        }

        private <T> void slot(Slot<T> slot, Content<T> content) throws IOException {
            if (slot.isFilled()) {
                content.write(slot.get());
            } else {
                undefined(slot.reason().orElseThrow());
            }
        }

        // ---- sections -----------------------------------------------------------------------

        private void header(ProjectHeader h) throws IOException {
            g.writeStartObject();
            g.writeStringField("id", h.id());
            g.writeStringField("name", h.name());
            string("localName", h.localName());
            string("description", h.description());
            string("sponsor", h.sponsor());
            string("manager", h.manager());
            string("department", h.department());
            g.writeStringField("currency", h.currency().getCurrencyCode());
            date("start", h.start());
            date("statusDate", h.statusDate());
            term("phase", h.phase());
            integer("baselineVersion", h.baselineVersion());
            g.writeEndObject();
        }

        private void status(AreaStatus s) throws IOException {
            g.writeStartObject();
            if (s.area().isPresent()) {
                term("area", s.area().get());
            }
            term("status", s.status());
            if (s.decidedBy().isPresent()) {
                Finding f = s.decidedBy().get();
                g.writeObjectFieldStart("decidedBy");
                g.writeStringField("rule", f.ruleId());
                term("severity", f.severity());
                g.writeStringField("subject", f.subject());
                g.writeStringField("message", w.text(f.message()));
                g.writeEndObject();
            } else {
                g.writeNullField("decidedBy");
            }
            g.writeEndObject();
        }

        private void findings(ProjectReport r) throws IOException {
            g.writeObjectFieldStart("findings");
            g.writeObjectFieldStart("counts");
            for (var e : r.findingCounts().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeArrayFieldStart("items");
            for (Finding f : r.findings()) {
                g.writeStartObject();
                g.writeStringField("rule", f.ruleId());
                term("severity", f.severity());
                term("area", f.area());
                g.writeStringField("subject", f.subject());
                string("measured", f.measured().map(w::text));
                string("threshold", f.threshold().map(w::text));
                g.writeStringField("message", w.text(f.message()));
                g.writeStringField("remedy", w.text(f.remedy()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }

        private void goals(List<GoalLine> goals) throws IOException {
            g.writeArrayFieldStart("goals");
            for (GoalLine goal : goals) {
                g.writeStartObject();
                g.writeStringField("id", goal.id());
                g.writeStringField("statement", goal.statement());
                string("owner", goal.owner());
                date("deadline", goal.deadline());
                string("objective", goal.objective());
                g.writeObjectFieldStart("smart");
                g.writeBooleanField("met", goal.isSmart());
                g.writeArrayFieldStart("criteria");
                for (SmartCheck c : goal.smart()) {
                    g.writeStartObject();
                    term("criterion", c.criterion());
                    g.writeStringField("letter", c.criterion().letter());
                    g.writeStringField("rule", c.criterion().ruleId());
                    g.writeBooleanField("met", c.met());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                if (goal.kpi().isPresent()) {
                    KpiLine k = goal.kpi().get();
                    g.writeObjectFieldStart("kpi");
                    g.writeStringField("name", k.name());
                    term("dimension", k.dimension());
                    string("unit", k.unit());
                    string("baseline", k.baseline().map(BigDecimal::toPlainString));
                    string("target", k.target().map(BigDecimal::toPlainString));
                    term("direction", k.direction());
                    metricField("progress", k.progress());
                    metricField("forecast", k.forecast());
                    g.writeEndObject();
                } else {
                    g.writeNullField("kpi");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void milestones(ProjectReport r) throws IOException {
            g.writeObjectFieldStart("milestones");
            g.writeArrayFieldStart("items");
            for (MilestoneLine m : r.milestones()) {
                g.writeStartObject();
                g.writeStringField("id", m.id());
                g.writeStringField("name", m.name());
                term("kind", m.kind());
                string("activity", m.activity());
                string("owner", m.owner());
                string("deliverable", m.deliverable());
                date("due", m.due());
                date("actual", m.actual());
                date("baseline", m.baseline());
                date("forecast", m.forecast());
                metricField("variance", m.variance());
                term("state", m.state());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("trend");
            g.writeArrayFieldStart("dates");
            for (LocalDate d : r.milestoneTrend().dates()) {
                g.writeString(d.toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("tracks");
            for (MilestoneTrack t : r.milestoneTrend().tracks()) {
                g.writeStartObject();
                g.writeStringField("id", t.id());
                g.writeStringField("name", t.name());
                date("due", t.due());
                g.writeArrayFieldStart("forecasts");
                for (Optional<LocalDate> f : t.forecasts()) {
                    if (f.isPresent()) {
                        g.writeString(f.get().toString());
                    } else {
                        g.writeNull();
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
            g.writeEndObject();
        }

        private void activities(List<ActivityLine> activities) throws IOException {
            g.writeArrayFieldStart("activities");
            for (ActivityLine a : activities) {
                g.writeStartObject();
                g.writeStringField("id", a.id());
                g.writeStringField("name", a.name());
                string("wbs", a.wbs());
                term("phase", a.phase());
                g.writeNumberField("duration", a.duration());
                moneyField("budget", a.budget());
                if (a.schedule().isPresent()) {
                    ActivitySchedule s = a.schedule().get();
                    g.writeObjectFieldStart("schedule");
                    term("state", s.state());
                    date("earlyStart", s.earlyStartDate());
                    date("earlyFinish", s.earlyFinishDate());
                    date("lateStart", s.lateStartDate());
                    date("lateFinish", s.lateFinishDate());
                    g.writeNumberField("totalFloat", s.totalFloat());
                    g.writeNumberField("freeFloat", s.freeFloat());
                    g.writeBooleanField("critical", s.critical());
                    date("baselineStart", s.baselineStart());
                    date("baselineFinish", s.baselineFinish());
                    integer("startVariance", s.startVariance());
                    integer("finishVariance", s.finishVariance());
                    g.writeEndObject();
                } else {
                    g.writeNullField("schedule");
                }
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void schedule(ScheduleSection s) throws IOException {
            g.writeStartObject();
            date("start", s.start());
            date("finish", s.finish());
            g.writeNumberField("duration", s.duration());
            date("baselineFinish", s.baselineFinish());
            metricField("finishVariance", s.finishVariance());
            g.writeNumberField("criticalFloat", s.criticalFloat());
            g.writeArrayFieldStart("criticalPaths");
            for (List<String> path : s.criticalPaths()) {
                g.writeStartArray();
                for (String id : path) {
                    g.writeString(id);
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeBooleanField("criticalPathsTruncated", s.pathsTruncated());
            g.writeEndObject();
        }

        private void earnedValue(EarnedValueSection ev) throws IOException {
            g.writeStartObject();
            term("eacMethod", ev.eacMethod());
            metrics("metrics", ev.figures());
            SCurve c = ev.curve();
            g.writeObjectFieldStart("sCurve");
            series("plannedValue", c.planDates(), c.plannedValue());
            series("earnedValue", c.dates(), c.earnedValue());
            series("actualCost", c.dates(), c.actualCost());
            moneyField("bac", c.bac());
            date("plannedFinish", c.plannedFinish());
            date("statusDate", c.statusDate());
            metricField("eac", c.eac());
            metricField("forecastFinish", c.forecastFinish());
            g.writeEndObject();
            g.writeEndObject();
        }

        private void series(String field, List<LocalDate> dates, List<Money> values) throws IOException {
            g.writeArrayFieldStart(field);
            for (int i = 0; i < dates.size(); i++) {
                g.writeStartObject();
                date("date", dates.get(i));
                moneyField("value", values.get(i));
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void risks(RiskSection s) throws IOException {
            g.writeObjectFieldStart("risks");
            g.writeArrayFieldStart("register");
            for (RiskResult x : s.register()) {
                Risk k = x.risk();
                g.writeStartObject();
                g.writeStringField("id", k.id().value());
                g.writeStringField("title", k.title());
                term("category", k.category());
                term("kind", k.kind());
                term("status", k.status());
                g.writeBooleanField("open", x.isOpen());
                g.writeStringField("probability", k.probability().toPlainString());
                g.writeNumberField("probabilityLevel", x.probabilityLevel());
                g.writeNumberField("impactLevel", x.impactLevel());
                g.writeNumberField("score", x.score());
                term("band", x.band());
                moneyField("emv", x.emv());
                string("owner", k.owner());
                term("strategy", k.strategy());
                string("response", k.response());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("heatMaps");
            heatMap("threats", s.threats(), s);
            heatMap("opportunities", s.opportunities(), s);
            g.writeEndObject();
            g.writeNumberField("openCount", s.openCount());
            moneyField("emvTotal", s.emvTotal());
            moneyField("emvThreats", s.emvThreats());
            moneyField("emvOpportunities", s.emvOpportunities());
            moneyField("suggestedContingency", s.suggestedContingency());
            moneyField("contingencyReserve", s.contingencyReserve());
            metricField("contingencyCoverage", s.coverage());
            g.writeObjectFieldStart("countsByBand");
            for (var e : s.countsByBand().entrySet()) {
                g.writeNumberField(e.getKey().name(), e.getValue());
            }
            g.writeEndObject();
            g.writeEndObject();
        }

        private void heatMap(String field, HeatMap map, RiskSection s) throws IOException {
            g.writeArrayFieldStart(field);
            for (HeatMapCell c : map.cells()) {
                g.writeStartObject();
                g.writeNumberField("probabilityLevel", c.probabilityLevel());
                g.writeNumberField("impactLevel", c.impactLevel());
                g.writeNumberField("score", c.score());
                term("band", s.bandOf(c.score()));
                g.writeArrayFieldStart("risks");
                for (var id : c.risks()) {
                    g.writeString(id.value());
                }
                g.writeEndArray();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void changes(List<ChangeLine> changes) throws IOException {
            g.writeArrayFieldStart("changeRequests");
            for (ChangeLine c : changes) {
                ChangeRequest cr = c.request();
                g.writeStartObject();
                g.writeStringField("id", cr.id().value());
                g.writeStringField("title", cr.title());
                term("type", cr.type());
                term("status", cr.status());
                g.writeStringField("requester", cr.requester());
                date("submitted", cr.submitted());
                if (cr.impact().isPresent()) {
                    ImpactAssessment im = cr.impact().get();
                    g.writeObjectFieldStart("impact");
                    moneyField("cost", im.cost());
                    g.writeNumberField("scheduleDays", im.scheduleDays());
                    term("business", im.business());
                    term("system", im.system());
                    term("resource", im.resource());
                    g.writeBooleanField("compliance", im.compliance());
                    g.writeEndObject();
                } else {
                    g.writeNullField("impact");
                }
                g.writeArrayFieldStart("decisions");
                for (Decision d : cr.decisions()) {
                    g.writeStartObject();
                    g.writeStringField("by", d.by());
                    term("role", d.role());
                    term("decision", d.decision());
                    g.writeStringField("at", Words.instant(d.at()));
                    string("comment", d.comment());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeFieldName("approvalRoute");
                slot(c.route(), this::route);
                g.writeObjectFieldStart("decisionLog");
                term("status", c.log().status());
                g.writeBooleanField("broken", c.log().isBroken());
                g.writeStringField("message", w.text(c.log().message()));
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
        }

        private void route(ApprovalRoute r) throws IOException {
            g.writeStartObject();
            term("authority", r.authority());
            g.writeBooleanField("compliance", r.compliance());
            g.writeNumberField("quorum", r.quorum());
            g.writeStringField("explanation", w.text(r.explanation()));
            g.writeEndObject();
        }

        private void budget(BudgetSection s) throws IOException {
            g.writeObjectFieldStart("budget");
            moneyField("approvedTotal", s.budget().map(Budget::approvedTotal));
            moneyField("contingencyReserve", s.budget().flatMap(Budget::contingencyReserve));
            moneyField("managementReserve", s.budget().flatMap(Budget::managementReserve));
            metrics("metrics", s.figures());
            g.writeEndObject();
        }
    }
}
