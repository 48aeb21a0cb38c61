package org.pmokit.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.reporting.Documents;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The S-curve on a small hand-computed example: January 2026 (30 days from 01-01 to 01-31) over the
 * x axis from 90 to 740 px, amounts 0 to 150 (steps of 50 for a largest value of 120) over the y axis
 * from 300 up to 40 px: x(d) = 90 + 650 * days / 30, y(v) = 300 - 260 * v / 150.
 */
class SCurveChartTest {

    private static final LocalDate JAN1 = LocalDate.of(2026, 1, 1);
    private static final LocalDate JAN16 = LocalDate.of(2026, 1, 16);
    private static final LocalDate JAN31 = LocalDate.of(2026, 1, 31);
    private static final SCurveChart.Labels LABELS = new SCurveChart.Labels("S-curve", "PV", "EV", "AC",
            "EAC projection", "Status date");

    private static SCurveChart chart(List<ChartPoint> eac) {
        return new SCurveChart(List.of(new ChartPoint(JAN1, 0), new ChartPoint(JAN31, 100)),
                List.of(new ChartPoint(JAN16, 40)), List.of(new ChartPoint(JAN16, 50)), eac, Optional.of(JAN16),
                LABELS);
    }

    private static Element polyline(Document doc, String series) {
        Element group = Documents.withClass(doc, "g", series).get(0);
        return (Element) group.getElementsByTagNameNS("*", "polyline").item(0);
    }

    /**
     * PV from (90, 300) to (740, 126.7): 300 - 260 * 100 / 150 = 126.67. The EAC projection runs from the
     * last AC, (415, 213.3) with 415 = 90 + 650 * 15 / 30 and 213.3 = 300 - 260 * 50 / 150, to the EAC at
     * the forecast finish, (740, 92) with 92 = 300 - 260 * 120 / 150; it is dashed, the others are not.
     */
    @Test
    void series_andTheEacProjection_atTheirCoordinates() {
        Document doc = Documents.xml(chart(List.of(new ChartPoint(JAN16, 50), new ChartPoint(JAN31, 120))).toSvg());
        assertThat(polyline(doc, "pv").getAttribute("points")).isEqualTo("90,300 740,126.7");
        assertThat(polyline(doc, "pv").hasAttribute("stroke-dasharray")).isFalse();
        assertThat(polyline(doc, "ev").getAttribute("points")).isEqualTo("415,230.7");
        assertThat(polyline(doc, "eac").getAttribute("points")).isEqualTo("415,213.3 740,92");
        assertThat(polyline(doc, "eac").getAttribute("stroke-dasharray")).isEqualTo("6 4");
        assertThat(polyline(doc, "eac").getAttribute("stroke")).isEqualTo(SCurveChart.EAC_COLOUR);
        Element status = Documents.withClass(doc, "line", "status-date").get(0);
        assertThat(status.getAttribute("x1")).isEqualTo("415");
        // y ticks 0, 50, 100, 150
        assertThat(Documents.withClass(doc, "text", "tick")).extracting(Element::getTextContent)
                .contains("0", "50", "100", "150");
        assertThat(Documents.withClass(doc, "text", "legend-label")).extracting(Element::getTextContent)
                .containsExactly("PV", "EV", "AC", "EAC projection");
    }

    @Test
    void withoutAnEac_thereIsNoProjection() {
        Document doc = Documents.xml(chart(List.of()).toSvg());
        assertThat(Documents.withClass(doc, "g", "eac")).isEmpty();
        assertThat(Documents.withClass(doc, "g", "pv")).hasSize(1);
    }

    @Test
    void labels_areEncodedForXml() {
        SCurveChart c = new SCurveChart(List.of(new ChartPoint(JAN1, 1)), List.of(), List.of(), List.of(),
                Optional.empty(), new SCurveChart.Labels("<script>alert(1)</script>", "P&V", "\"EV\"", "AC", "EAC", "S"));
        String svg = c.toSvg();
        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
        Document doc = Documents.xml(svg);
        assertThat(Documents.elements(doc, "script")).isEmpty();
        assertThat(Documents.withClass(doc, "text", "chart-title").get(0).getTextContent())
                .isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void anEmptyChart_isRejected() {
        assertThatThrownBy(() -> new SCurveChart(List.of(), List.of(), List.of(), List.of(), Optional.empty(), LABELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("an S-curve needs at least one point");
    }
}
