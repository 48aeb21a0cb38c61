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
import org.w3c.dom.Element;

/**
 * The HTML report: one self-contained, printable page (inline CSS and SVG, no script, nothing
 * fetched), well-formed, with every section and chart, in both languages.
 */
class HtmlReportWriterTest {

    private static final ProjectReport CRM = Fixtures.crmReport();

    private static String html(ReportLanguage language) {
        return ReportWriters.html(language).toString(CRM);
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void isSelfContained_noScriptNothingFetched(ReportLanguage language) {
        String html = html(language);
        Document doc = Documents.xml(html);
        assertThat(Documents.elements(doc, "script")).isEmpty();
        assertThat(Documents.elements(doc, "link")).isEmpty();
        assertThat(Documents.elements(doc, "img")).isEmpty();
        assertThat(Documents.elements(doc, "iframe")).isEmpty();
        // the one URI is the SVG namespace, which is never fetched
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContainIgnoringCase("<script")
                .doesNotContain("url(").doesNotContain("@import").doesNotContain("http://").doesNotContain("https://")
                .doesNotContain("src=").doesNotContain("href=");
        assertThat(Documents.attributeValues(doc)).noneMatch(v -> v.toLowerCase().startsWith("javascript:"));
        assertThat(Documents.elements(doc, "style")).hasSize(1);
    }

    @Test
    void isPrintable() {
        assertThat(html(ReportLanguage.ENGLISH)).contains("@media print{").contains("@page{size:A4 landscape")
                .contains("print-color-adjust:exact").contains("break-inside:avoid");
    }

    @ParameterizedTest
    @EnumSource(ReportLanguage.class)
    void hasEverySection_andTheCharts(ReportLanguage language) {
        Document doc = Documents.xml(html(language));
        assertThat(Documents.elements(doc, "section")).extracting(e -> e.getAttribute("id")).containsExactly(
                "status", "findings", "goals", "milestones", "schedule", "earned-value", "risks", "change-requests",
                "budget");
        assertThat(Documents.elements(doc, "svg")).extracting(e -> e.getAttribute("class")).containsExactly(
                "chart milestone-trend", "chart gantt", "chart s-curve", "chart heat-map", "chart heat-map");
        assertThat(doc.getDocumentElement().getAttribute("lang")).isEqualTo(language.tag());
    }

    @Test
    void english_showsTheSampleFigures() {
        String html = html(ReportLanguage.ENGLISH);
        assertThat(html).contains("<title>Project status report: CRM upgrade 2026</title>")
                .contains("<td class=\"rag rag-red\">red</td>")
                .contains("<dt>Forecast finish</dt><dd>2026-09-29</dd>")
                .contains("<dt>Critical path</dt><dd>A7 \u2192 A8 \u2192 A9 \u2192 A10 \u2192 A11 \u2192 A12 \u2192 A14</dd>")
                .contains("<td>CPI</td><td class=\"num\">0.936</td>")
                .contains("<td>SV%</td><td class=\"num\">-17.3%</td>")
                .contains("<dt>Suggested contingency reserve</dt><dd class=\"num\">CNY 545,000.00</dd>")
                .contains("goal G4 is not measurable (M): it has no KPI");
    }

    @Test
    void chinese_usesTheGlossary() {
        String html = html(ReportLanguage.SIMPLIFIED_CHINESE);
        assertThat(html).contains("<title>项目状态报告：CRM upgrade 2026</title>")
                .contains("<td class=\"rag rag-red\">红</td>")
                .contains("<h2 id=\"h-risks\">风险</h2>").contains("关键路径").contains("挣值管理")
                .contains("<td>成本绩效指数</td><td class=\"num\">0.936</td>")
                .contains("目标 G4 不可衡量（M）：没有关键绩效指标")
                .contains("风险热力图：威胁").contains("甘特图").contains("S 曲线").contains("里程碑趋势");
    }

    /**
     * The charts of the CRM report: the S-curve's EAC projection runs from the last AC (2026-04-30,
     * 3,455,000) to the EAC 8,544,049.46 at the earned schedule forecast finish 2026-10-19; the Gantt
     * chart draws the critical path A7 to A12 and A14 in the critical colour and a baseline bar under
     * every activity of the baseline; the heat maps count the four open threats and the one opportunity;
     * the milestone trend has one line per milestone with an activity.
     */
    @Test
    void charts_showTheSampleFigures() {
        Document doc = Documents.xml(html(ReportLanguage.ENGLISH));
        Element eac = Documents.withClass(doc, "g", "eac").get(0);
        assertThat(Documents.elements(doc, "circle").stream().filter(c -> c.getParentNode() == eac)
                .map(Element::getTextContent)).containsExactly("EAC projection 2026-04-30: 3,455,000",
                "EAC projection 2026-10-19: 8,544,049.46");
        Element gantt = Documents.withClass(doc, "svg", "gantt").get(0);
        // bars are rectangles, the milestone A14 a diamond; each titled with its activity first
        assertThat(Documents.elements(doc, "*").stream().filter(e -> isIn(e, gantt))
                .filter(e -> List.of("rect", "polygon").contains(e.getLocalName()))
                .filter(e -> List.of(e.getAttribute("class").split(" ")).contains("critical"))
                .map(e -> e.getTextContent().substring(0, e.getTextContent().indexOf(' '))))
                .containsExactly("A7", "A8", "A9", "A10", "A11", "A12", "A14");
        // a baseline bar for every activity whose baseline has a start and a finish not before it
        long inBaseline = CRM.activities().stream().map(a -> a.schedule().orElseThrow())
                .filter(x -> x.baselineStart().isPresent() && !x.baselineFinish().orElseThrow()
                        .isBefore(x.baselineStart().get())).count();
        assertThat(Documents.withClass(doc, "rect", "baseline")).hasSize((int) inBaseline).isNotEmpty();
        List<Element> heatMaps = Documents.withClass(doc, "svg", "heat-map");
        assertThat(heatMaps).extracting(m -> Documents.withClass(doc, "text", "count").stream()
                .filter(t -> isIn(t, m)).mapToInt(t -> Integer.parseInt(t.getTextContent())).sum())
                .containsExactly(4, 1);
        Element trend = Documents.withClass(doc, "svg", "milestone-trend").get(0);
        assertThat(Documents.withClass(doc, "g", "track").stream().filter(g -> isIn(g, trend))).hasSize(5);
    }

    private static boolean isIn(org.w3c.dom.Node node, Element ancestor) {
        for (org.w3c.dom.Node n = node; n != null; n = n.getParentNode()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aProjectThatCannotBeMeasured_saysWhy() {
        ProjectReport r = Fixtures.report(Fixtures.crm().toBuilder().baselines(List.of()).build());
        Document doc = Documents.xml(ReportWriters.html(ReportLanguage.ENGLISH).toString(r));
        List<Element> missing = Documents.withClass(doc, "p", "missing");
        assertThat(missing).extracting(Element::getTextContent).anyMatch(t -> t.startsWith("Not available: "));
        assertThat(Documents.elements(doc, "svg")).extracting(e -> e.getAttribute("class"))
                .doesNotContain("chart s-curve");
    }

    @Test
    void portfolio_isAWellFormedPageWithOneRowPerProject() {
        PortfolioReport p = PortfolioReport.of(List.of(CRM, Fixtures.report(Fixtures.hostile())));
        Document doc = Documents.xml(ReportWriters.html(ReportLanguage.ENGLISH).toString(p));
        Element projects = Documents.elements(doc, "table").get(0);
        assertThat(projects.getElementsByTagName("tbody").item(0).getChildNodes().getLength()).isGreaterThanOrEqualTo(2);
        assertThat(Documents.elements(doc, "script")).isEmpty();
    }
}
