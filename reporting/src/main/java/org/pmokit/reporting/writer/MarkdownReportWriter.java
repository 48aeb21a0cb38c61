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
 * Writes a report as Markdown (CommonMark with GitHub tables) for wikis and chat: headings, bold
 * labels and pipe tables; heat maps as tables; no charts. Every text is escaped: {@code <}, {@code >}
 * and {@code &} by the OWASP Java Encoder (so raw HTML in a name is shown, never rendered), inline
 * Markdown punctuation by a backslash, and line breaks become spaces.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MarkdownReportWriter implements ReportWriter {

    /**
     * The ASCII punctuation that Markdown gives a meaning inside a line (emphasis, code, links, images,
     * table cells, strike-through), escaped by a backslash. Texts never start a line here (every line
     * starts with the writer's own syntax), so block markers such as {@code #} and {@code -} stay.
     */
    private static final String PUNCTUATION = "\\`*_[]|~!";

    private final ReportLanguage language;

    MarkdownReportWriter(ReportLanguage language) {
        this.language = Objects.requireNonNull(language, "language");
    }

    @Override
    public ReportFormat format() {
        return ReportFormat.MARKDOWN;
    }

    @Override
    public ReportLanguage language() {
        return language;
    }

    @Override
    public void write(ProjectReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        out.append(render(new ProjectPage(new Words(language), false).of(report)));
    }

    @Override
    public void write(PortfolioReport report, Appendable out) throws IOException {
        Objects.requireNonNull(report, "report");
        out.append(render(new PortfolioPage(new Words(language)).of(report)));
    }

    /**
     * Escapes a text for Markdown inline content.
     *
     * @param s the text
     * @return the escaped text, on one line
     */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '<' || c == '>' || c == '&') {
                out.append(Encode.forHtmlContent(String.valueOf(c)));
            } else if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029') {
                out.append(' ');
            } else if (PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String render(Page page) {
        StringBuilder m = new StringBuilder(16_384);
        for (Page.Block block : page.blocks()) {
            if (block instanceof Page.Heading x) {
                m.append("#".repeat(x.level())).append(' ').append(escape(x.text())).append("\n\n");
            } else if (block instanceof Page.Facts x) {
                for (Page.Fact f : x.facts()) {
                    m.append("- **").append(escape(f.label())).append("**: ").append(escape(f.value().text()))
                            .append('\n');
                }
                m.append('\n');
            } else if (block instanceof Page.Table x) {
                table(m, x);
            } else if (block instanceof Page.Note x) {
                m.append("footer".equals(x.style()) ? "---\n\n" : "").append(escape(x.text())).append("\n\n");
            }
            // charts are for HTML only
        }
        return m.toString();
    }

    private static void table(StringBuilder m, Page.Table t) {
        if (!t.caption().isEmpty()) {
            m.append("**").append(escape(t.caption())).append("**\n\n");
        }
        row(m, t.headers());
        m.append('|');
        for (int i = 0; i < t.headers().size(); i++) {
            m.append(" --- |");
        }
        m.append('\n');
        for (List<Page.Cell> cells : t.rows()) {
            row(m, cells.stream().map(Page.Cell::text).toList());
        }
        m.append('\n');
    }

    private static void row(StringBuilder m, List<String> cells) {
        m.append('|');
        for (String c : cells) {
            m.append(' ').append(escape(c)).append(" |");
        }
        m.append('\n');
    }
}
