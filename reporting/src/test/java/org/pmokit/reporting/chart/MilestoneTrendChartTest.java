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

/** The milestone trend chart: one line per milestone through its forecasts, broken where there is none. */
class MilestoneTrendChartTest {

    private static final MilestoneTrendChart.Labels LABELS = new MilestoneTrendChart.Labels("Milestone trend",
            "Report date", "Forecast");
    private static final List<LocalDate> DATES = List.of(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 27),
            LocalDate.of(2026, 3, 31));

    @Test
    void aTrack_isALineThroughItsForecasts_withThePointsTitled() {
        MilestoneTrendChart.Track m1 = new MilestoneTrendChart.Track("M1 Go-live", List.of(
                Optional.of(LocalDate.of(2026, 6, 1)), Optional.of(LocalDate.of(2026, 6, 8)),
                Optional.of(LocalDate.of(2026, 6, 15))));
        Document doc = Documents.xml(new MilestoneTrendChart(DATES, List.of(m1), LABELS).toSvg());
        assertThat(Documents.withClass(doc, "g", "track")).hasSize(1);
        assertThat(Documents.elements(doc, "polyline")).hasSize(1);
        assertThat(Documents.withClass(doc, "circle", "point")).extracting(e -> e.getTextContent())
                .containsExactly("M1 Go-live 2026-01-05: 2026-06-01", "M1 Go-live 2026-02-27: 2026-06-08",
                        "M1 Go-live 2026-03-31: 2026-06-15");
        // a later forecast is drawn higher: smaller y
        List<Element> points = Documents.withClass(doc, "circle", "point");
        assertThat(Double.parseDouble(points.get(2).getAttribute("cy")))
                .isLessThan(Double.parseDouble(points.get(0).getAttribute("cy")));
        // the diagonal where the forecast equals the report date: a milestone on it is reached
        assertThat(Documents.withClass(doc, "line", "diagonal")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("stroke-dasharray")).isNotEmpty());
        assertThat(Documents.withClass(doc, "text", "tick")).extracting(Element::getTextContent)
                .contains("2026-01-05", "2026-02-27", "2026-03-31");
    }

    /** A report date without a forecast breaks the line: single points stay points. */
    @Test
    void aGap_breaksTheLine() {
        MilestoneTrendChart.Track m2 = new MilestoneTrendChart.Track("M2", List.of(
                Optional.of(LocalDate.of(2026, 3, 10)), Optional.empty(), Optional.of(LocalDate.of(2026, 3, 12))));
        Document doc = Documents.xml(new MilestoneTrendChart(DATES, List.of(m2), LABELS).toSvg());
        assertThat(Documents.elements(doc, "polyline")).isEmpty();
        assertThat(Documents.withClass(doc, "circle", "point")).hasSize(2);
    }

    @Test
    void badInput_isRejected_withTheDates() {
        assertThatThrownBy(() -> new MilestoneTrendChart(List.of(), List.of(), LABELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a milestone trend needs at least one report date");
        assertThatThrownBy(() -> new MilestoneTrendChart(List.of(DATES.get(1), DATES.get(0)), List.of(), LABELS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report dates must ascend: 2026-02-27 then 2026-01-05");
        assertThatThrownBy(() -> new MilestoneTrendChart(DATES, List.of(new MilestoneTrendChart.Track("M3",
                List.of(Optional.empty()))), LABELS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("milestone M3 has 1 forecasts for 3 report dates");
    }
}
