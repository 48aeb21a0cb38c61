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
 * The Gantt chart: critical bars in the critical colour, baseline bars under the bars, milestones as
 * diamonds, the status date as a dashed line. Dates 2026-01-01 to 2026-01-10 (the scale runs to the
 * end of the last day, 01-11) over x from 260 to 940 px: 68 px a day.
 */
class GanttChartTest {

    private static final GanttChart.Labels LABELS = new GanttChart.Labels("Gantt chart", "Critical path", "Activities",
            "Baseline", "Status date");

    private static LocalDate jan(int day) {
        return LocalDate.of(2026, 1, day);
    }

    private static final GanttBar A = new GanttBar("A1", "Design", jan(1), jan(5), true, false, Optional.of(jan(1)),
            Optional.of(jan(3)));
    private static final GanttBar B = new GanttBar("A2", "Review", jan(6), jan(8), false, false, Optional.empty(),
            Optional.empty());
    private static final GanttBar M = new GanttBar("M1", "Sign-off", jan(10), jan(10), true, true, Optional.of(jan(9)),
            Optional.of(jan(9)));

    /**
     * A1 works 01-01 to 01-05: x 260 to 260 + 5 x 68 = 600 (width 340); its baseline 01-01 to 01-03 is
     * 3 x 68 = 204 wide. M1 is a diamond centred on the end of 01-10: 260 + 10 x 68 = 940. The status
     * date 01-06 is drawn at the end of its day: 260 + 6 x 68 = 668.
     */
    @Test
    void barsBaselinesMilestonesAndStatusDate() {
        Document doc = Documents.xml(new GanttChart(List.of(A, B, M), Optional.of(jan(6)), LABELS).toSvg());
        List<Element> critical = Documents.withClass(doc, "rect", "critical");
        assertThat(critical).hasSize(1);
        assertThat(critical.get(0).getAttribute("class")).isEqualTo("bar critical");
        assertThat(critical.get(0).getAttribute("x")).isEqualTo("260");
        assertThat(critical.get(0).getAttribute("width")).isEqualTo("340");
        assertThat(critical.get(0).getAttribute("fill")).isEqualTo(GanttChart.CRITICAL_COLOUR);
        assertThat(Documents.withClass(doc, "rect", "scheduled")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("fill")).isEqualTo(GanttChart.BAR_COLOUR));
        List<Element> baselines = Documents.withClass(doc, "rect", "baseline");
        assertThat(baselines).hasSize(2);
        assertThat(baselines.get(0).getAttribute("width")).isEqualTo("204");
        List<Element> milestones = Documents.withClass(doc, "polygon", "milestone");
        assertThat(milestones).singleElement().satisfies(e -> {
            assertThat(e.getAttribute("class")).isEqualTo("milestone critical");
            assertThat(e.getAttribute("points")).startsWith("940,");
        });
        assertThat(Documents.withClass(doc, "line", "status-date")).singleElement()
                .satisfies(e -> assertThat(e.getAttribute("x1")).isEqualTo("668"));
        assertThat(Documents.withClass(doc, "text", "row-label")).extracting(Element::getTextContent)
                .containsExactly("A1 Design", "A2 Review", "M1 Sign-off");
    }

    @Test
    void longNames_areShortened_withoutSplittingACharacter() {
        String name = "\uD83D\uDE00".repeat(50);
        GanttBar bar = new GanttBar("A1", name, jan(1), jan(2), false, false, Optional.empty(), Optional.empty());
        Document doc = Documents.xml(new GanttChart(List.of(bar), Optional.empty(), LABELS).toSvg());
        String label = Documents.withClass(doc, "text", "row-label").get(0).getTextContent();
        assertThat(label.codePointCount(0, label.length())).isEqualTo(40);
        assertThat(label).endsWith("\u2026").startsWith("A1 \uD83D\uDE00");
    }

    @Test
    void badInput_isRejected_withTheActivityAndDates() {
        assertThatThrownBy(() -> new GanttChart(List.of(), Optional.empty(), LABELS))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a Gantt chart needs at least one bar");
        assertThatThrownBy(() -> new GanttBar("A9", "x", jan(5), jan(4), false, false, Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activity A9: finish 2026-01-04 is before start 2026-01-05");
        assertThatThrownBy(() -> new GanttBar("A9", "x", jan(1), jan(4), false, false, Optional.of(jan(1)),
                Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activity A9: a baseline needs a start and a finish");
        assertThatThrownBy(() -> new GanttBar("A9", "x", jan(1), jan(4), false, false, Optional.of(jan(3)),
                Optional.of(jan(2)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activity A9: baseline finish 2026-01-02 is before baseline start 2026-01-03");
    }
}
