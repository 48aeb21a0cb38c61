package org.pmokit.reporting.writer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Risk;
import org.pmokit.reporting.ActivityLine;
import org.pmokit.reporting.Label;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.PortfolioRow;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Severity;
import org.pmokit.rules.evm.EvmMetric;
import org.pmokit.rules.risk.RiskResult;
import org.pmokit.rules.schedule.ActivitySchedule;

/**
 * Writes the tables of a report as CSV (RFC 4180, CRLF rows, UTF-8 files) for spreadsheets: of a
 * project, the findings, the activities and the risks ({@link CsvTable}); of a portfolio, one row per
 * project. Headers and terms are in the writer's language; amounts are plain decimal numbers with the
 * currency in the header; dates are ISO-8601; an undefined metric is an empty cell. Every cell is
 * neutralised against formula injection ({@code =}, {@code +}, {@code -}, {@code @} at its start).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CsvReportWriter implements ReportWriter {

    private final ReportLanguage language;
    private final boolean byteOrderMark;

    CsvReportWriter(ReportLanguage language, boolean byteOrderMark) {
        this.language = Objects.requireNonNull(language, "language");
        this.byteOrderMark = byteOrderMark;
    }

    /**
     * Returns this writer starting every document with a byte order mark (U+FEFF), which spreadsheet
     * programs need to read UTF-8 (and so Chinese) correctly, or without one (the default).
     *
     * @param withMark whether to write the mark
     * @return the writer
     */
    public CsvReportWriter withByteOrderMark(boolean withMark) {
        return new CsvReportWriter(language, withMark);
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public ReportLanguage language() {
        return language;
    }

    /**
     * Writes the findings table of a project report.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the output fails
     */
    @Override
    public void write(ProjectReport report, Appendable out) throws IOException {
        write(report, CsvTable.FINDINGS, out);
    }

    /**
     * Writes one table of a project report.
     *
     * @param report the report
     * @param table the table
     * @param out where to write
     * @throws IOException if the output fails
     */
    public void write(ProjectReport report, CsvTable table, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(table, "table");
        Words w = new Words(language);
        StringBuilder s = start();
        switch (table) {
            case FINDINGS -> findings(s, w, report);
            case ACTIVITIES -> activities(s, w, report);
            case RISKS -> risks(s, w, report);
            default -> throw new IllegalArgumentException("unknown table: " + table);
        }
        out.append(s);
    }

    /**
     * Returns one table of a project report.
     *
     * @param report the report
     * @param table the table
     * @return the CSV document
     */
    public String toString(ProjectReport report, CsvTable table) {
        StringBuilder out = new StringBuilder();
        try {
            write(report, table, out);
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder does not fail", e);
        }
        return out.toString();
    }

    @Override
    public List<Path> writeFiles(ProjectReport report, Path directory, String baseName) throws IOException {
        List<Path> files = new ArrayList<>();
        for (CsvTable table : CsvTable.values()) {
            Path file = directory.resolve(baseName + "-" + table.suffix() + ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                write(report, table, out);
            }
            files.add(file);
        }
        return List.copyOf(files);
    }

    @Override
    public void write(PortfolioReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        Words w = new Words(language);
        StringBuilder s = start();
        List<String> headers = new ArrayList<>(List.of(w.label(Label.PROJECT_ID), w.label(Label.NAME),
                w.label(Label.DEPARTMENT), w.label(Label.CURRENCY), w.label(Label.STATUS_DATE), w.label(Label.OVERALL)));
        for (Area a : Area.values()) {
            headers.add(w.term(a));
        }
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            headers.add(w.term(Severity.values()[i]));
        }
        headers.addAll(List.of(w.text(EvmMetric.BAC.label()), w.text(EvmMetric.PV.label()), w.text(EvmMetric.EV.label()),
                w.text(EvmMetric.AC.label()), w.text(EvmMetric.CPI.label()), w.text(EvmMetric.SPI.label()),
                w.text(EvmMetric.EAC_CPI.label()), w.label(Label.FINISH), w.label(Label.EMV_TOTAL),
                w.label(Label.OPEN_RISKS), w.label(Label.CONTINGENCY_SUGGESTED)));
        Csv.row(s, headers);
        for (PortfolioRow r : report.rows()) {
            List<String> c = new ArrayList<>(List.of(r.header().id(), r.header().name(),
                    r.header().department().orElse(""), r.header().currency().getCurrencyCode(),
                    Words.date(r.header().statusDate()), w.term(r.overall().status())));
            for (AreaStatus a : r.areas()) {
                c.add(w.term(a.status()));
            }
            for (int i = Severity.values().length - 1; i >= 0; i--) {
                c.add(Integer.toString(r.findingCounts().get(Severity.values()[i])));
            }
            c.addAll(List.of(plain(r.bac()), plain(r.pv()), plain(r.ev()), plain(r.ac()), plain(r.cpi()), plain(r.spi()),
                    plain(r.eac()), plain(r.forecastFinish()), amount(r.emvTotal()), Integer.toString(r.openRisks()),
                    amount(r.suggestedContingency())));
            Csv.row(s, c);
        }
        out.append(s);
    }

    private StringBuilder start() {
        StringBuilder s = new StringBuilder(4096);
        if (byteOrderMark) {
            s.append('\uFEFF');
        }
        return s;
    }

    private static String amount(Money m) {
        return m.amount().toPlainString();
    }

    private static String amount(Optional<Money> m) {
        return m.map(CsvReportWriter::amount).orElse("");
    }

    /** A metric as a spreadsheet reads it: a plain number or date; undefined is empty. */
    private static String plain(MetricValue v) {
        if (v instanceof MetricValue.Amount a) {
            return amount(a.money());
        } else if (v instanceof MetricValue.Ratio r) {
            return Words.upTo(r.value(), 6);
        } else if (v instanceof MetricValue.Quantity q) {
            return Words.upTo(q.value(), 6);
        } else if (v instanceof MetricValue.Date d) {
            return d.date().toString();
        }
        return "";
    }

    private static String withCurrency(String header, ProjectReport r) {
        return header + " (" + r.header().currency().getCurrencyCode() + ")";
    }

    private static void findings(StringBuilder s, Words w, ProjectReport r) {
        Csv.row(s, List.of(w.label(Label.SEVERITY), w.label(Label.RULE), w.label(Label.AREA), w.label(Label.SUBJECT),
                w.label(Label.MEASURED), w.label(Label.THRESHOLD), w.label(Label.MESSAGE), w.label(Label.REMEDY)));
        for (Finding f : r.findings()) {
            Csv.row(s, List.of(w.term(f.severity()), f.ruleId(), w.term(f.area()), f.subject(),
                    f.measured().map(w::text).orElse(""), f.threshold().map(w::text).orElse(""), w.text(f.message()),
                    w.text(f.remedy())));
        }
    }

    private static void activities(StringBuilder s, Words w, ProjectReport r) {
        Csv.row(s, List.of(w.label(Label.ID), w.label(Label.NAME), w.label(Label.WBS), w.label(Label.PHASE),
                w.label(Label.DURATION), withCurrency(w.label(Label.BUDGET), r), w.label(Label.STATE),
                w.label(Label.EARLY_START), w.label(Label.EARLY_FINISH), w.label(Label.LATE_START),
                w.label(Label.LATE_FINISH), w.label(Label.TOTAL_FLOAT), w.label(Label.FREE_FLOAT),
                w.label(Label.CRITICAL), w.label(Label.BASELINE_START), w.label(Label.BASELINE_FINISH),
                w.label(Label.VARIANCE)));
        for (ActivityLine a : r.activities()) {
            List<String> c = new ArrayList<>(List.of(a.id(), a.name(), a.wbs().orElse(""), w.term(a.phase()),
                    Integer.toString(a.duration()), amount(a.budget())));
            if (a.schedule().isPresent()) {
                ActivitySchedule x = a.schedule().get();
                c.addAll(List.of(w.term(x.state()), Words.date(x.earlyStartDate()), Words.date(x.earlyFinishDate()),
                        Words.date(x.lateStartDate()), Words.date(x.lateFinishDate()), Integer.toString(x.totalFloat()),
                        Integer.toString(x.freeFloat()), w.yesNo(x.critical()), Words.date(x.baselineStart()),
                        Words.date(x.baselineFinish()),
                        x.finishVariance().isPresent() ? Integer.toString(x.finishVariance().getAsInt()) : ""));
            } else {
                for (int i = 0; i < 11; i++) {
                    c.add("");
                }
            }
            Csv.row(s, c);
        }
    }

    private static void risks(StringBuilder s, Words w, ProjectReport r) {
        Csv.row(s, List.of(w.label(Label.ID), w.label(Label.TITLE), w.label(Label.CATEGORY), w.label(Label.KIND),
                w.label(Label.STATUS), w.label(Label.PROBABILITY), w.label(Label.PROBABILITY) + " (1-5)",
                w.label(Label.IMPACT) + " (1-5)", w.label(Label.SCORE), w.label(Label.BAND),
                withCurrency(w.label(Label.EMV), r), w.label(Label.OWNER), w.label(Label.STRATEGY),
                w.label(Label.RESPONSE)));
        for (RiskResult x : r.risks().register()) {
            Risk k = x.risk();
            Csv.row(s, List.of(k.id().value(), k.title(), w.term(k.category()), w.term(k.kind()), w.term(k.status()),
                    k.probability().toPlainString(), Integer.toString(x.probabilityLevel()),
                    Integer.toString(x.impactLevel()), Integer.toString(x.score()), w.term(x.band()), amount(x.emv()),
                    k.owner().orElse(""), w.term(k.strategy()), k.response().orElse("")));
        }
    }
}
