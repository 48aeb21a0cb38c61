package org.pmokit.reporting.writer;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.owasp.encoder.Encode;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;

/**
 * Writes a report as one self-contained HTML page: inline CSS (with print rules) and inline SVG
 * charts, no script, nothing fetched. Every text is encoded with the OWASP Java Encoder (content with
 * {@code Encode.forHtml}, attributes with {@code Encode.forHtmlAttribute}), so a project named
 * {@code <script>alert(1)</script>} shows as text. The page is also well-formed XML (XHTML syntax), so
 * XML tools can read it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class HtmlReportWriter implements ReportWriter {

    /** The style sheet: screen and print. */
    static final String CSS = String.join("\n",
            ":root{--red:#c62828;--amber:#f9a825;--green:#2e7d32;--ink:#212121;--rule:#d0d0d0}",
            "body{font-family:system-ui,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",sans-serif;"
                    + "color:var(--ink);margin:0 auto;max-width:1200px;padding:16px 24px;line-height:1.4}",
            "h1{font-size:1.6em;margin:0 0 12px}h2{font-size:1.25em;margin:28px 0 8px;border-bottom:2px solid var(--rule)}",
            "h3{font-size:1.05em;margin:18px 0 6px}",
            "dl.facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(260px,1fr));gap:4px 16px;margin:8px 0}",
            "dl.facts div{display:flex;gap:8px}dl.facts dt{font-weight:600}dl.facts dd{margin:0}",
            ".table-wrap{overflow-x:auto}",
            "table{border-collapse:collapse;margin:8px 0;font-size:.9em;width:100%}",
            "caption{text-align:left;font-weight:600;padding:4px 0}",
            "th,td{border:1px solid var(--rule);padding:3px 6px;vertical-align:top;text-align:left}",
            "th{background:#f3f3f3}td.num{text-align:right;white-space:nowrap}",
            ".rag{font-weight:700;white-space:nowrap}.rag-red{color:#fff;background:var(--red)}",
            ".rag-amber{color:#000;background:var(--amber)}.rag-green{color:#fff;background:var(--green)}",
            ".sev-critical,.sev-error{color:var(--red);font-weight:600}.sev-warning{color:#8d6e00}",
            ".critical{color:var(--red);font-weight:600}.undefined{color:#757575;font-style:italic}",
            ".smart-not-met,.log-broken,.state-overdue,.state-reached-late,.state-forecast-late{color:var(--red)}",
            ".missing{color:#757575;font-style:italic}.footer{color:#757575;font-size:.85em;margin-top:32px}",
            "figure.chart{margin:12px 0;overflow-x:auto}svg.chart{max-width:100%;height:auto}",
            "@media print{body{max-width:none;padding:0;font-size:10pt}"
                    + "section{break-inside:auto}h2,h3{break-after:avoid}"
                    + "table,figure.chart,tr{break-inside:avoid}.table-wrap,figure.chart{overflow:visible}"
                    + ".rag,th{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
                    + "@page{size:A4 landscape;margin:12mm}}");

    private final ReportLanguage language;

    HtmlReportWriter(ReportLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.HTML;
    }

    @Override
    public ReportLanguage language() {
        return language;
    }

    @Override
    public void write(ProjectReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        render(new ProjectPage(new Words(language), true).of(report), out);
    }

    @Override
    public void write(PortfolioReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        render(new PortfolioPage(new Words(language)).of(report), out);
    }

    private void render(Page page, Appendable out) throws IOException {
        StringBuilder h = new StringBuilder(32_768);
        h.append("<!DOCTYPE html>\n<html lang=\"").append(language.tag()).append("\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
                .append("<meta name=\"generator\" content=\"PMO Kit\"/>\n")
                .append("<title>").append(Encode.forHtml(page.title())).append("</title>\n")
                .append("<style>\n").append(CSS).append("\n</style>\n</head>\n<body>\n<main>\n");
        boolean inSection = false;
        for (Page.Block block : page.blocks()) {
            if (block instanceof Page.Heading heading && heading.level() == 2) {
                if (inSection) {
                    h.append("</section>\n");
                }
                h.append("<section id=\"").append(Encode.forHtmlAttribute(heading.anchor())).append("\">\n");
                inSection = true;
            }
            block(h, block);
        }
        if (inSection) {
            h.append("</section>\n");
        }
        h.append("</main>\n</body>\n</html>\n");
        out.append(h);
    }

    private static void block(StringBuilder h, Page.Block block) {
        if (block instanceof Page.Heading x) {
            h.append("<h").append(x.level()).append(" id=\"h-").append(Encode.forHtmlAttribute(x.anchor())).append("\">")
                    .append(Encode.forHtml(x.text())).append("</h").append(x.level()).append(">\n");
        } else if (block instanceof Page.Facts x) {
            h.append("<dl class=\"facts\">\n");
            for (Page.Fact f : x.facts()) {
                h.append("<div><dt>").append(Encode.forHtml(f.label())).append("</dt><dd");
                style(h, f.value().style());
                h.append('>').append(Encode.forHtml(f.value().text())).append("</dd></div>\n");
            }
            h.append("</dl>\n");
        } else if (block instanceof Page.Table x) {
            table(h, x);
        } else if (block instanceof Page.Chart x) {
            // the chart builders encode every text of the SVG themselves
            h.append("<figure class=\"chart\">").append(x.svg()).append("</figure>\n");
        } else {
            Page.Note x = (Page.Note) block;
            h.append("<p");
            style(h, x.style());
            h.append('>').append(Encode.forHtml(x.text())).append("</p>\n");
        }
    }

    private static void table(StringBuilder h, Page.Table t) {
        h.append("<div class=\"table-wrap\"><table>\n");
        if (!t.caption().isEmpty()) {
            h.append("<caption>").append(Encode.forHtml(t.caption())).append("</caption>\n");
        }
        h.append("<thead><tr>");
        for (String header : t.headers()) {
            h.append("<th scope=\"col\">").append(Encode.forHtml(header)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (List<Page.Cell> row : t.rows()) {
            h.append("<tr>");
            for (Page.Cell c : row) {
                h.append("<td");
                style(h, c.style());
                h.append('>').append(Encode.forHtml(c.text())).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table></div>\n");
    }

    private static void style(StringBuilder h, String style) {
        if (!style.isEmpty()) {
            h.append(" class=\"").append(Encode.forHtmlAttribute(style)).append('"');
        }
    }
}
