package org.pmokit.reporting.writer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskKind;
import org.pmokit.reporting.ActivityLine;
import org.pmokit.reporting.BudgetSection;
import org.pmokit.reporting.ChangeLine;
import org.pmokit.reporting.EarnedValueSection;
import org.pmokit.reporting.GoalLine;
import org.pmokit.reporting.KpiLine;
import org.pmokit.reporting.Label;
import org.pmokit.reporting.MilestoneLine;
import org.pmokit.reporting.ProjectHeader;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportMetric;
import org.pmokit.reporting.RiskSection;
import org.pmokit.reporting.ScheduleSection;
import org.pmokit.reporting.SmartCheck;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Severity;
import org.pmokit.rules.change.ApprovalRoute;
import org.pmokit.rules.risk.HeatMap;
import org.pmokit.rules.risk.RiskResult;
import org.pmokit.rules.schedule.ActivitySchedule;

/**
 * Lays out a project report as a {@link Page} in one language, section by section, in the order of
 * {@link ProjectReport}. With charts, the page carries the SVG charts (for HTML); without, it carries
 * the heat maps as tables instead (for Markdown).
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProjectPage {

    private final Words w;
    private final boolean charts;
    private final Charts chart;

    ProjectPage(Words words, boolean charts) {
        this.w = words;
        this.charts = charts;
        this.chart = new Charts(words);
    }

    Page of(ProjectReport r) {
        List<Page.Block> b = new ArrayList<>();
        String title = w.label(Label.PROJECT_REPORT) + w.colon() + r.header().name();
        b.add(new Page.Heading(1, title, "report"));
        header(b, r.header(), r.overall());
        status(b, r);
        findings(b, r);
        goals(b, r.goals());
        milestones(b, r);
        schedule(b, r);
        earnedValue(b, r);
        risks(b, r.risks());
        changes(b, r.changes());
        budget(b, r.budget());
        b.add(new Page.Note(w.label(Label.GENERATED_BY), "footer"));
        return new Page(title, b);
    }

    static Page.Cell rag(Words w, RagStatus status) {
        return new Page.Cell(w.term(status), "rag rag-" + status.name().toLowerCase(Locale.ROOT));
    }

    static Page.Cell severity(Words w, Severity severity) {
        return new Page.Cell(w.term(severity), "sev sev-" + severity.name().toLowerCase(Locale.ROOT));
    }

    private Page.Cell metric(MetricValue value, boolean percent) {
        return new Page.Cell(w.metric(value, percent), value instanceof MetricValue.Undefined ? "undefined" : "num");
    }

    private static Page.Fact fact(String label, String value) {
        return new Page.Fact(label, Page.Cell.of(value));
    }

    private void header(List<Page.Block> b, ProjectHeader h, AreaStatus overall) {
        List<Page.Fact> f = new ArrayList<>();
        f.add(fact(w.label(Label.PROJECT_ID), h.id()));
        f.add(fact(w.label(Label.NAME), h.name()));
        h.localName().ifPresent(v -> f.add(fact(w.label(Label.LOCAL_NAME), v)));
        h.description().ifPresent(v -> f.add(fact(w.label(Label.DESCRIPTION), v)));
        h.sponsor().ifPresent(v -> f.add(fact(w.label(Label.SPONSOR), v)));
        h.manager().ifPresent(v -> f.add(fact(w.label(Label.MANAGER), v)));
        h.department().ifPresent(v -> f.add(fact(w.label(Label.DEPARTMENT), v)));
        f.add(fact(w.label(Label.CURRENCY), h.currency().getCurrencyCode()));
        f.add(fact(w.label(Label.START), Words.date(h.start())));
        f.add(fact(w.label(Label.STATUS_DATE), Words.date(h.statusDate())));
        h.phase().ifPresent(v -> f.add(fact(w.label(Label.PHASE), w.term(v))));
        if (h.baselineVersion().isPresent()) {
            f.add(fact(w.label(Label.BASELINE_VERSION), Integer.toString(h.baselineVersion().getAsInt())));
        }
        f.add(new Page.Fact(w.label(Label.OVERALL), rag(w, overall.status())));
        b.add(new Page.Facts(f));
    }

    private void status(List<Page.Block> b, ProjectReport r) {
        b.add(new Page.Heading(2, w.label(Label.STATUS), "status"));
        List<List<Page.Cell>> rows = new ArrayList<>();
        rows.add(statusRow(w.label(Label.OVERALL), r.overall()));
        for (AreaStatus a : r.areas()) {
            rows.add(statusRow(w.term(a.area().orElseThrow()), a));
        }
        b.add(new Page.Table("", List.of(w.label(Label.AREA), w.label(Label.STATUS), w.label(Label.DECIDED_BY),
                w.label(Label.SUBJECT), w.label(Label.MESSAGE)), rows));
    }

    private List<Page.Cell> statusRow(String area, AreaStatus s) {
        Optional<Finding> f = s.decidedBy();
        return List.of(Page.Cell.of(area), rag(w, s.status()),
                Page.Cell.of(f.map(Finding::ruleId).orElse(w.label(Label.NO_FINDING))),
                Page.Cell.of(f.map(Finding::subject).orElse("")),
                Page.Cell.of(f.map(x -> w.text(x.message())).orElse("")));
    }

    private void findings(List<Page.Block> b, ProjectReport r) {
        b.add(new Page.Heading(2, w.label(Label.FINDINGS), "findings"));
        Map<Severity, Integer> counts = r.findingCounts();
        List<Page.Fact> f = new ArrayList<>();
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            f.add(new Page.Fact(w.term(s), new Page.Cell(Integer.toString(counts.get(s)), "num")));
        }
        b.add(new Page.Facts(f));
        if (r.findings().isEmpty()) {
            b.add(new Page.Note(w.label(Label.NONE), "missing"));
            return;
        }
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (Finding x : r.findings()) {
            rows.add(List.of(severity(w, x.severity()), Page.Cell.of(x.ruleId()), Page.Cell.of(w.term(x.area())),
                    Page.Cell.of(x.subject()), Page.Cell.of(x.measured().map(w::text).orElse("")),
                    Page.Cell.of(x.threshold().map(w::text).orElse("")), Page.Cell.of(w.text(x.message())),
                    Page.Cell.of(w.text(x.remedy()))));
        }
        b.add(new Page.Table("", List.of(w.label(Label.SEVERITY), w.label(Label.RULE), w.label(Label.AREA),
                w.label(Label.SUBJECT), w.label(Label.MEASURED), w.label(Label.THRESHOLD), w.label(Label.MESSAGE),
                w.label(Label.REMEDY)), rows));
    }

    private void goals(List<Page.Block> b, List<GoalLine> goals) {
        b.add(new Page.Heading(2, w.label(Label.GOALS), "goals"));
        if (goals.isEmpty()) {
            b.add(new Page.Note(w.label(Label.NONE), "missing"));
            return;
        }
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (GoalLine g : goals) {
            String smart = g.isSmart() ? w.label(Label.MET)
                    : w.label(Label.NOT_MET) + w.colon() + g.smart().stream().filter(c -> !c.met())
                            .map(SmartCheck::criterion).map(w::term).collect(Collectors.joining(w.comma()));
            Optional<KpiLine> k = g.kpi();
            String unit = k.flatMap(KpiLine::unit).map(u -> " " + u).orElse("");
            rows.add(List.of(Page.Cell.of(g.id()), Page.Cell.of(g.statement()), Page.Cell.of(g.owner().orElse("")),
                    Page.Cell.of(Words.date(g.deadline())),
                    new Page.Cell(smart, g.isSmart() ? "smart-met" : "smart-not-met"),
                    Page.Cell.of(k.map(KpiLine::name).orElse("")),
                    Page.Cell.number(k.flatMap(KpiLine::baseline).map(v -> v.toPlainString() + unit).orElse("")),
                    Page.Cell.number(k.flatMap(KpiLine::target).map(v -> v.toPlainString() + unit).orElse("")),
                    k.map(x -> metric(x.progress(), true)).orElse(Page.Cell.of("")),
                    k.map(x -> metric(x.forecast(), false)).orElse(Page.Cell.of(""))));
        }
        b.add(new Page.Table("", List.of(w.label(Label.ID), w.label(Label.STATEMENT), w.label(Label.OWNER),
                w.label(Label.DEADLINE), w.label(Label.SMART), w.label(Label.KPI), w.label(Label.BASELINE_VALUE),
                w.label(Label.TARGET_VALUE), w.label(Label.PROGRESS), w.label(Label.FORECAST_AT_DEADLINE)), rows));
    }

    private void milestones(List<Page.Block> b, ProjectReport r) {
        b.add(new Page.Heading(2, w.label(Label.MILESTONES), "milestones"));
        if (r.milestones().isEmpty()) {
            b.add(new Page.Note(w.label(Label.NONE), "missing"));
            return;
        }
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (MilestoneLine m : r.milestones()) {
            rows.add(List.of(Page.Cell.of(m.id()), Page.Cell.of(m.name()), Page.Cell.of(w.term(m.kind())),
                    Page.Cell.of(Words.date(m.due())), Page.Cell.of(Words.date(m.actual())),
                    Page.Cell.of(Words.date(m.baseline())), Page.Cell.of(Words.date(m.forecast())),
                    metric(m.variance(), false),
                    new Page.Cell(w.term(m.state()), "state-" + m.state().name().toLowerCase(Locale.ROOT).replace('_', '-')),
                    Page.Cell.of(m.owner().orElse(""))));
        }
        b.add(new Page.Table("", List.of(w.label(Label.ID), w.label(Label.NAME), w.label(Label.KIND),
                w.label(Label.DUE), w.label(Label.ACTUAL), w.label(Label.BASELINE), w.label(Label.FORECAST),
                w.label(Label.SLIP), w.label(Label.STATUS), w.label(Label.OWNER)), rows));
        if (charts) {
            chart.milestoneTrend(r.milestoneTrend()).ifPresent(svg -> b.add(new Page.Chart(svg)));
        }
    }

    private void schedule(List<Page.Block> b, ProjectReport r) {
        b.add(new Page.Heading(2, w.label(Label.SCHEDULE), "schedule"));
        if (r.schedule().isFilled()) {
            ScheduleSection s = r.schedule().get();
            List<Page.Fact> f = new ArrayList<>();
            f.add(fact(w.label(Label.START), Words.date(s.start())));
            f.add(fact(w.label(Label.FINISH), Words.date(s.finish())));
            f.add(fact(w.label(Label.BASELINE_FINISH), Words.date(s.baselineFinish())));
            f.add(new Page.Fact(w.label(Label.FINISH_VARIANCE), metric(s.finishVariance(), false)));
            for (int i = 0; i < s.criticalPaths().size(); i++) {
                f.add(fact(w.label(Label.CRITICAL_PATH) + (s.criticalPaths().size() > 1 ? " " + (i + 1) : ""),
                        String.join(" \u2192 ", s.criticalPaths().get(i))));
            }
            if (s.pathsTruncated()) {
                f.add(fact(w.label(Label.CRITICAL_PATH), w.label(Label.MORE_PATHS)));
            }
            b.add(new Page.Facts(f));
            if (charts) {
                chart.gantt(r.activities(), r.header().statusDate()).ifPresent(svg -> b.add(new Page.Chart(svg)));
            }
        } else {
            b.add(missing(r.schedule().reason().orElseThrow()));
        }
        activities(b, r.activities());
    }

    private Page.Note missing(org.pmokit.rules.Text reason) {
        return new Page.Note(w.label(Label.NOT_AVAILABLE) + w.colon() + w.text(reason), "missing");
    }

    private void activities(List<Page.Block> b, List<ActivityLine> activities) {
        b.add(new Page.Heading(3, w.label(Label.ACTIVITIES), "activities"));
        if (activities.isEmpty()) {
            b.add(new Page.Note(w.label(Label.NONE), "missing"));
            return;
        }
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (ActivityLine a : activities) {
            Optional<ActivitySchedule> s = a.schedule();
            List<Page.Cell> row = new ArrayList<>(List.of(Page.Cell.of(a.id()), Page.Cell.of(a.name()),
                    Page.Cell.of(a.wbs().orElse("")), Page.Cell.of(w.term(a.phase())),
                    Page.Cell.number(Integer.toString(a.duration())), Page.Cell.number(Words.money(a.budget()))));
            if (s.isPresent()) {
                ActivitySchedule x = s.get();
                row.addAll(List.of(Page.Cell.of(w.term(x.state())), Page.Cell.of(Words.date(x.earlyStartDate())),
                        Page.Cell.of(Words.date(x.earlyFinishDate())), Page.Cell.of(Words.date(x.lateStartDate())),
                        Page.Cell.of(Words.date(x.lateFinishDate())), Page.Cell.number(Integer.toString(x.totalFloat())),
                        Page.Cell.number(Integer.toString(x.freeFloat())),
                        new Page.Cell(w.yesNo(x.critical()), x.critical() ? "critical" : ""),
                        Page.Cell.of(Words.date(x.baselineStart())), Page.Cell.of(Words.date(x.baselineFinish())),
                        Page.Cell.number(x.finishVariance().isPresent()
                                ? Integer.toString(x.finishVariance().getAsInt()) : "")));
            } else {
                for (int i = 0; i < 11; i++) {
                    row.add(Page.Cell.of(""));
                }
            }
            rows.add(row);
        }
        b.add(new Page.Table("", List.of(w.label(Label.ID), w.label(Label.NAME), w.label(Label.WBS),
                w.label(Label.PHASE), w.label(Label.DURATION), w.label(Label.BUDGET), w.label(Label.STATE),
                w.label(Label.EARLY_START), w.label(Label.EARLY_FINISH), w.label(Label.LATE_START),
                w.label(Label.LATE_FINISH), w.label(Label.TOTAL_FLOAT), w.label(Label.FREE_FLOAT),
                w.label(Label.CRITICAL), w.label(Label.BASELINE_START), w.label(Label.BASELINE_FINISH),
                w.label(Label.VARIANCE)), rows));
    }

    private void earnedValue(List<Page.Block> b, ProjectReport r) {
        b.add(new Page.Heading(2, w.label(Label.EARNED_VALUE), "earned-value"));
        if (!r.earnedValue().isFilled()) {
            b.add(missing(r.earnedValue().reason().orElseThrow()));
            return;
        }
        EarnedValueSection ev = r.earnedValue().get();
        b.add(metrics(ev.figures()));
        if (charts) {
            b.add(new Page.Chart(chart.sCurve(ev)));
        }
    }

    private Page.Table metrics(List<ReportMetric> figures) {
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (ReportMetric m : figures) {
            rows.add(List.of(Page.Cell.of(w.text(m.label())), metric(m.value(), m.percent())));
        }
        return new Page.Table("", List.of(w.label(Label.METRIC), w.label(Label.VALUE)), rows);
    }

    private void risks(List<Page.Block> b, RiskSection s) {
        b.add(new Page.Heading(2, w.label(Label.RISKS), "risks"));
        List<Page.Fact> f = new ArrayList<>();
        f.add(new Page.Fact(w.label(Label.OPEN_RISKS), Page.Cell.number(Integer.toString(s.openCount()))));
        f.add(new Page.Fact(w.label(Label.EMV_TOTAL), Page.Cell.number(Words.money(s.emvTotal()))));
        f.add(new Page.Fact(w.label(Label.EMV_THREATS), Page.Cell.number(Words.money(s.emvThreats()))));
        f.add(new Page.Fact(w.label(Label.EMV_OPPORTUNITIES), Page.Cell.number(Words.money(s.emvOpportunities()))));
        f.add(new Page.Fact(w.label(Label.CONTINGENCY_SUGGESTED), Page.Cell.number(Words.money(s.suggestedContingency()))));
        f.add(new Page.Fact(w.label(Label.CONTINGENCY_RESERVE), Page.Cell.number(Words.money(s.contingencyReserve()))));
        f.add(new Page.Fact(w.label(Label.CONTINGENCY_COVERAGE), metric(s.coverage(), true)));
        b.add(new Page.Facts(f));
        if (charts) {
            b.add(new Page.Chart(chart.heatMap(s, RiskKind.THREAT)));
            b.add(new Page.Chart(chart.heatMap(s, RiskKind.OPPORTUNITY)));
        } else {
            b.add(heatTable(s.threats(), Label.HEAT_MAP_THREATS));
            b.add(heatTable(s.opportunities(), Label.HEAT_MAP_OPPORTUNITIES));
        }
        b.add(new Page.Heading(3, w.label(Label.RISK_REGISTER), "risk-register"));
        if (s.register().isEmpty()) {
            b.add(new Page.Note(w.label(Label.NONE), "missing"));
            return;
        }
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (RiskResult x : s.register()) {
            Risk k = x.risk();
            rows.add(List.of(Page.Cell.of(k.id().value()), Page.Cell.of(k.title()), Page.Cell.of(w.term(k.category())),
                    Page.Cell.of(w.term(k.kind())), Page.Cell.of(w.term(k.status())),
                    Page.Cell.number(k.probability().toPlainString()),
                    Page.Cell.number(Integer.toString(x.probabilityLevel())),
                    Page.Cell.number(Integer.toString(x.impactLevel())), Page.Cell.number(Integer.toString(x.score())),
                    new Page.Cell(w.term(x.band()), "band band-" + x.band().name().toLowerCase(Locale.ROOT)),
                    Page.Cell.number(Words.money(x.emv())), Page.Cell.of(k.owner().orElse("")),
                    Page.Cell.of(w.term(k.strategy())), Page.Cell.of(k.response().orElse(""))));
        }
        b.add(new Page.Table("", List.of(w.label(Label.ID), w.label(Label.TITLE), w.label(Label.CATEGORY),
                w.label(Label.KIND), w.label(Label.STATUS), w.label(Label.PROBABILITY), "P", "I", w.label(Label.SCORE),
                w.label(Label.BAND), w.label(Label.EMV), w.label(Label.OWNER), w.label(Label.STRATEGY),
                w.label(Label.RESPONSE)), rows));
    }

    private Page.Table heatTable(HeatMap map, Label title) {
        List<String> headers = new ArrayList<>();
        headers.add(w.label(Label.PROBABILITY) + " \\ " + w.label(Label.IMPACT));
        for (int i = 1; i <= 5; i++) {
            headers.add(Integer.toString(i));
        }
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (int p = 5; p >= 1; p--) {
            List<Page.Cell> row = new ArrayList<>();
            row.add(Page.Cell.of(Integer.toString(p)));
            for (int i = 1; i <= 5; i++) {
                row.add(Page.Cell.number(Integer.toString(map.cell(p, i).count())));
            }
            rows.add(row);
        }
        return new Page.Table(w.label(title), headers, rows);
    }

    private void changes(List<Page.Block> b, List<ChangeLine> changes) {
        b.add(new Page.Heading(2, w.label(Label.CHANGE_REQUESTS), "change-requests"));
        if (changes.isEmpty()) {
            b.add(new Page.Note(w.label(Label.NONE), "missing"));
            return;
        }
        List<List<Page.Cell>> rows = new ArrayList<>();
        for (ChangeLine c : changes) {
            ChangeRequest cr = c.request();
            Optional<ImpactAssessment> im = cr.impact();
            String decisions = cr.decisions().stream().map(this::decision).collect(Collectors.joining("; "));
            String route = c.route().content().map(this::route)
                    .orElseGet(() -> w.undefined(c.route().reason().orElseThrow()));
            rows.add(List.of(Page.Cell.of(cr.id().value()), Page.Cell.of(cr.title()), Page.Cell.of(w.term(cr.type())),
                    Page.Cell.of(w.term(cr.status())), Page.Cell.of(cr.requester()),
                    Page.Cell.of(Words.date(cr.submitted())),
                    Page.Cell.number(im.map(x -> Words.money(x.cost())).orElse("")),
                    Page.Cell.number(im.map(x -> Integer.toString(x.scheduleDays())).orElse("")),
                    Page.Cell.of(im.map(x -> w.yesNo(x.compliance())).orElse("")),
                    Page.Cell.of(decisions), Page.Cell.of(route),
                    new Page.Cell(w.term(c.log().status()), c.log().isBroken() ? "log-broken" : "")));
        }
        b.add(new Page.Table("", List.of(w.label(Label.ID), w.label(Label.TITLE), w.label(Label.TYPE),
                w.label(Label.STATUS), w.label(Label.REQUESTER), w.label(Label.SUBMITTED), w.label(Label.COST_IMPACT),
                w.label(Label.SCHEDULE_IMPACT), w.label(Label.COMPLIANCE_IMPACT), w.label(Label.DECISIONS),
                w.label(Label.APPROVAL_ROUTE), w.label(Label.DECISION_LOG)), rows));
    }

    private String decision(Decision d) {
        return w.term(d.decision()) + " \u2013 " + d.by() + " (" + w.term(d.role()) + "), " + Words.instant(d.at())
                + d.comment().map(c -> w.colon() + c).orElse("");
    }

    private String route(ApprovalRoute r) {
        return w.text(r.explanation());
    }

    private void budget(List<Page.Block> b, BudgetSection s) {
        b.add(new Page.Heading(2, w.label(Label.BUDGET_AND_INVESTMENT), "budget"));
        if (s.budget().isPresent()) {
            List<Page.Fact> f = new ArrayList<>();
            f.add(new Page.Fact(w.label(Label.APPROVED_TOTAL), Page.Cell.number(Words.money(s.budget().get().approvedTotal()))));
            f.add(new Page.Fact(w.label(Label.CONTINGENCY_RESERVE),
                    Page.Cell.number(Words.money(s.budget().get().contingencyReserve()))));
            f.add(new Page.Fact(w.label(Label.MANAGEMENT_RESERVE),
                    Page.Cell.number(Words.money(s.budget().get().managementReserve()))));
            b.add(new Page.Facts(f));
        }
        b.add(metrics(s.figures()));
    }
}
