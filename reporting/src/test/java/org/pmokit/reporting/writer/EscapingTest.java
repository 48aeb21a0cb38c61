package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmokit.reporting.Documents;
import org.pmokit.reporting.Fixtures;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;
import org.w3c.dom.Document;

/**
 * A project named {@code <script>alert(1)</script>} whose every other free text (names, titles,
 * statements, owners, units, deliverables, responses, requesters, comments) holds script and image
 * tags, both quotes, ampersands, Markdown syntax, a javascript link, a formula and a line break
 * ({@link Fixtures#HOSTILE}): every format shows it as text.
 */
class EscapingTest {

    private static final ProjectReport HOSTILE = Fixtures.report(Fixtures.hostile());

    @Test
    void theHostileProject_reallyHasTheHostileTexts() {
        assertThat(HOSTILE.header().name()).isEqualTo(Fixtures.SCRIPT);
        assertThat(HOSTILE.activities().get(0).name()).isEqualTo(Fixtures.HOSTILE);
        assertThat(HOSTILE.goals().get(0).statement()).isEqualTo(Fixtures.HOSTILE);
        assertThat(HOSTILE.milestones().get(0).name()).isEqualTo(Fixtures.HOSTILE);
        assertThat(HOSTILE.risks().register().get(0).risk().title()).isEqualTo(Fixtures.HOSTILE);
        assertThat(HOSTILE.changes().get(0).request().title()).isEqualTo(Fixtures.HOSTILE);
        assertThat(HOSTILE.changes().get(0).request().decisions().get(0).comment()).contains(Fixtures.HOSTILE);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void html_showsEveryHostileTextAsText(ReportLanguage language) {
        String html = ReportWriters.html(language).toString(HOSTILE);
        assertThat(html).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("<b>");
        Document doc = Documents.xml(html);
        assertThat(Documents.elements(doc, "script")).isEmpty();
        assertThat(Documents.elements(doc, "img")).isEmpty();
        assertThat(Documents.elements(doc, "a")).isEmpty();
        assertThat(Documents.attributeValues(doc)).noneMatch(v -> v.contains("alert("));
        // the texts survive, as text: the title, a table cell, and inside the SVG charts
        assertThat(doc.getElementsByTagName("title").item(0).getTextContent()).endsWith(Fixtures.SCRIPT);
        String text = doc.getDocumentElement().getTextContent();
        assertThat(text).contains(Fixtures.SCRIPT).contains(Fixtures.HOSTILE.replace('\n', '\n'));
        assertThat(Documents.elements(doc, "svg")).hasSize(5);
        assertThat(Documents.elements(doc, "text")).extracting(e -> e.getTextContent())
                .anyMatch(t -> t.contains("<script>alert(2)</script>"));
    }

    @Test
    void html_portfolio_showsTheHostileNamesAsText() {
        String html = ReportWriters.html(ReportLanguage.ENGLISH).toString(PortfolioReport.of(List.of(HOSTILE)));
        assertThat(html).doesNotContainIgnoringCase("<script").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        Documents.xml(html);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void markdown_neverLetsHtmlOrLinksThrough(ReportLanguage language) {
        String md = ReportWriters.markdown(language).toString(HOSTILE);
        assertThat(md).doesNotContainIgnoringCase("<script").doesNotContainIgnoringCase("<img")
                .doesNotContain("[link](").doesNotContain("\nline2");
        assertThat(md).contains("# " + (language == ReportLanguage.ENGLISH ? "Project status report: "
                : "项目状态报告：") + "&lt;script&gt;alert(1)&lt;/script&gt;\n");
        assertThat(md).contains("&lt;script&gt;alert(2)&lt;/script&gt; \"dq\" 'sq' &amp; &amp;amp; \\*em\\* \\_u\\_ \\| pipe"
                + " \\[link\\](javascript:alert(3)) &lt;img src=x onerror=alert(4)&gt; line2");
        // every table row still has as many cells as its header: no pipe broke out
        for (String block : md.split("\n\n")) {
            List<String> rows = block.lines().filter(l -> l.startsWith("|")).toList();
            if (!rows.isEmpty()) {
                long cells = cells(rows.get(0));
                assertThat(rows).allSatisfy(r -> assertThat(cells(r)).as(r).isEqualTo(cells));
            }
        }
    }

    /** The cells of a Markdown table row: pipes that no backslash escapes. */
    private static long cells(String row) {
        long n = 0;
        for (int i = 0; i < row.length(); i++) {
            if (row.charAt(i) == '\\') {
                i++;
            } else if (row.charAt(i) == '|') {
                n++;
            }
        }
        return n - 1;
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void csv_neutralisesEveryHostileCell_andKeepsItWhole(ReportLanguage language) {
        CsvReportWriter csv = ReportWriters.csv(language);
        for (CsvTable table : CsvTable.values()) {
            List<List<String>> rows = Documents.csv(csv.toString(HOSTILE, table));
            assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(rows.get(0).size()));
            assertThat(rows).allSatisfy(r -> assertThat(r).allSatisfy(c -> assertThat(c).doesNotStartWith("=")
                    .doesNotStartWith("+").doesNotStartWith("@")));
            if (table != CsvTable.FINDINGS) {
                assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r).contains("'" + Fixtures.HOSTILE));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void json_keepsEveryHostileTextExactly(ReportLanguage language) throws Exception {
        String json = ReportWriters.json(language).toString(HOSTILE);
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertThat(node.at("/project/name").asText()).isEqualTo(Fixtures.SCRIPT);
        assertThat(node.at("/activities/0/name").asText()).isEqualTo(Fixtures.HOSTILE);
        assertThat(node.at("/risks/register/0/title").asText()).isEqualTo(Fixtures.HOSTILE);
    }
}
