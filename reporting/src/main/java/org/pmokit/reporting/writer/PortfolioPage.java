package org.pmokit.reporting.writer;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.reporting.Label;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.PortfolioRow;
import org.pmokit.reporting.PortfolioTotals;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Severity;
import org.pmokit.rules.evm.EvmMetric;

/**
 * Lays out a portfolio report as a {@link Page} in one language: the counts, one row per project,
 * and the totals per currency.
 *
 * <p>This class is immutable and thread-safe.
 */
final class PortfolioPage {

    private final Words w;

    PortfolioPage(Words words) {
        this.w = words;
    }

    Page of(PortfolioReport r) {
        List<Page.Block> b = new ArrayList<>();
        String title = w.label(Label.PORTFOLIO_REPORT);
        b.add(new Page.Heading(1, title, "report"));
        List<Page.Fact> f = new ArrayList<>();
        f.add(new Page.Fact(w.label(Label.PROJECTS), Page.Cell.number(Integer.toString(r.rows().size()))));
        Label[] counts = {Label.RED_COUNT, Label.AMBER_COUNT, Label.GREEN_COUNT};
        RagStatus[] statuses = {RagStatus.RED, RagStatus.AMBER, RagStatus.GREEN};
        for (int i = 0; i < statuses.length; i++) {
            f.add(new Page.Fact(w.label(counts[i]), new Page.Cell(Integer.toString(r.statusCounts().get(statuses[i])),
                    ProjectPage.rag(w, statuses[i]).style())));
        }
        for (int i = Severity.values().length - 1; i >= 0; i--) {
            Severity s = Severity.values()[i];
            f.add(new Page.Fact(w.label(Label.FINDINGS) + w.colon() + w.term(s),
                    Page.Cell.number(Integer.toString(r.findingCounts().get(s)))));
        }
        b.add(new Page.Facts(f));
        b.add(new Page.Heading(2, w.label(Label.PROJECT_LIST), "projects"));
        b.add(rows(r.rows()));
        b.add(new Page.Heading(2, w.label(Label.TOTALS), "totals"));
        b.add(totals(r.totals()));
        b.add(new Page.Note(w.label(Label.GENERATED_BY), "footer"));
        return new Page(title, b);
    }

    private Page.Cell metric(MetricValue v, boolean percent) {
        return new Page.Cell(w.metric(v, percent), v instanceof MetricValue.Undefined ? "undefined" : "num");
    }

    private Page.Table rows(List<PortfolioRow> rows) {
        List<String> headers = new ArrayList<>(List.of(w.label(Label.PROJECT_ID), w.label(Label.NAME),
                w.label(Label.DEPARTMENT), w.label(Label.STATUS_DATE), w.label(Label.OVERALL)));
        for (Area a : Area.values()) {
            headers.add(w.term(a));
        }
        headers.addAll(List.of(w.term(Severity.CRITICAL), w.term(Severity.ERROR), w.term(Severity.WARNING),
                w.text(EvmMetric.BAC.label()), w.text(EvmMetric.EV.label()), w.text(EvmMetric.AC.label()),
                w.text(EvmMetric.CPI.label()), w.text(EvmMetric.SPI.label()), w.text(EvmMetric.EAC_CPI.label()),
                w.label(Label.FINISH), w.label(Label.EMV_TOTAL), w.label(Label.OPEN_RISKS)));
        List<List<Page.Cell>> cells = new ArrayList<>();
        for (PortfolioRow row : rows) {
            List<Page.Cell> c = new ArrayList<>(List.of(Page.Cell.of(row.header().id()), Page.Cell.of(row.header().name()),
                    Page.Cell.of(row.header().department().orElse("")),
                    Page.Cell.of(Words.date(row.header().statusDate())), ProjectPage.rag(w, row.overall().status())));
            for (AreaStatus a : row.areas()) {
                c.add(ProjectPage.rag(w, a.status()));
            }
            c.addAll(List.of(Page.Cell.number(Integer.toString(row.findingCounts().get(Severity.CRITICAL))),
                    Page.Cell.number(Integer.toString(row.findingCounts().get(Severity.ERROR))),
                    Page.Cell.number(Integer.toString(row.findingCounts().get(Severity.WARNING))),
                    metric(row.bac(), false), metric(row.ev(), false), metric(row.ac(), false), metric(row.cpi(), false),
                    metric(row.spi(), false), metric(row.eac(), false), metric(row.forecastFinish(), false),
                    Page.Cell.number(Words.money(row.emvTotal())), Page.Cell.number(Integer.toString(row.openRisks()))));
            cells.add(c);
        }
        return new Page.Table("", headers, cells);
    }

    private Page.Table totals(List<PortfolioTotals> totals) {
        List<List<Page.Cell>> cells = new ArrayList<>();
        for (PortfolioTotals t : totals) {
            cells.add(List.of(Page.Cell.of(t.currency().getCurrencyCode()), Page.Cell.number(Integer.toString(t.projects())),
                    Page.Cell.number(Integer.toString(t.measured())), Page.Cell.number(Words.money(t.bac())),
                    Page.Cell.number(Words.money(t.pv())), Page.Cell.number(Words.money(t.ev())),
                    Page.Cell.number(Words.money(t.ac())), metric(t.cpi(), false), metric(t.spi(), false),
                    Page.Cell.number(Words.money(t.emvTotal())), Page.Cell.number(Words.money(t.suggestedContingency()))));
        }
        return new Page.Table("", List.of(w.label(Label.CURRENCY), w.label(Label.PROJECTS),
                w.label(Label.WITH_EARNED_VALUE), w.text(EvmMetric.BAC.label()), w.text(EvmMetric.PV.label()),
                w.text(EvmMetric.EV.label()), w.text(EvmMetric.AC.label()), w.text(EvmMetric.CPI.label()),
                w.text(EvmMetric.SPI.label()), w.label(Label.EMV_TOTAL), w.label(Label.CONTINGENCY_SUGGESTED)), cells);
    }
}
