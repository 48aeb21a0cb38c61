package org.pmokit.reporting.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Gantt chart: one row per activity, its scheduled bar (critical activities in red, the others in
 * blue, milestones as diamonds) over a thin grey bar of its baseline, month ticks along the top and
 * the status date as a dashed line. Bars span whole days: from the start of the first day to the end
 * of the last.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param bars the rows, top to bottom
 * @param statusDate the status date, drawn as a vertical line
 * @param labels the texts of the chart, already translated
 */
public record GanttChart(List<GanttBar> bars, Optional<LocalDate> statusDate, Labels labels) {

    private static final double WIDTH = 960;
    private static final double LABEL_WIDTH = 260;
    private static final double RIGHT = 940;
    private static final double TOP = 56;
    private static final double ROW = 22;

    /** Colour of a critical bar. */
    static final String CRITICAL_COLOUR = "#d62728";
    /** Colour of another bar. */
    static final String BAR_COLOUR = "#1f77b4";
    /** Colour of a baseline bar. */
    static final String BASELINE_COLOUR = "#9e9e9e";

    /**
     * The texts of a Gantt chart.
     *
     * @param title the chart's title
     * @param critical the legend of critical bars
     * @param scheduled the legend of the other bars
     * @param baseline the legend of baseline bars
     * @param statusDate the name of the status date line
     */
    public record Labels(String title, String critical, String scheduled, String baseline, String statusDate) {
        /**
         * Checks the texts.
         *
         * @param title the title
         * @param critical the critical legend
         * @param scheduled the scheduled legend
         * @param baseline the baseline legend
         * @param statusDate the status date name
         */
        public Labels {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(critical, "critical");
            Objects.requireNonNull(scheduled, "scheduled");
            Objects.requireNonNull(baseline, "baseline");
            Objects.requireNonNull(statusDate, "statusDate");
        }
    }

    /**
     * Checks and copies the parts: at least one bar.
     *
     * @param bars the bars
     * @param statusDate the status date
     * @param labels the labels
     */
    public GanttChart {
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("a Gantt chart needs at least one bar");
        }
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(labels, "labels");
    }

    /**
     * Draws the chart.
     *
     * @return one {@code <svg>} element
     */
    public String toSvg() {
        LocalDate from = bars.get(0).start();
        LocalDate to = bars.get(0).finish();
        for (GanttBar b : bars) {
            from = min(from, b.start());
            to = max(to, b.finish());
            if (b.baselineStart().isPresent()) {
                from = min(from, b.baselineStart().get());
                to = max(to, b.baselineFinish().get());
            }
        }
        if (statusDate.isPresent()) {
            from = min(from, statusDate.get());
            to = max(to, statusDate.get());
        }
        double height = TOP + ROW * bars.size() + 34;
        Svg.DateScale xs = new Svg.DateScale(from, to.plusDays(1), LABEL_WIDTH, RIGHT);
        Svg svg = new Svg(WIDTH, height, "gantt", labels.title());
        svg.text(8, 18, labels.title(), "chart-title", "start");
        svg.group("axes");
        double bottom = TOP + ROW * bars.size();
        for (LocalDate m : Axes.months(from, to, 18)) {
            double x = xs.x(m);
            svg.line(x, TOP - 6, x, bottom, "grid", "#e0e0e0", 1, false);
            svg.text(x, TOP - 10, Axes.month(m), "tick", "middle");
        }
        svg.end();
        for (int i = 0; i < bars.size(); i++) {
            row(svg, bars.get(i), TOP + ROW * i, xs);
        }
        if (statusDate.isPresent()) {
            double x = xs.endOf(statusDate.get());
            svg.line(x, TOP - 6, x, bottom, "status-date", "#555555", 1, true);
        }
        legend(svg, height - 14);
        return svg.finish();
    }

    private static void row(Svg svg, GanttBar b, double y, Svg.DateScale xs) {
        String kind = b.critical() ? "critical" : "scheduled";
        svg.group("row " + kind);
        svg.text(8, y + 15, Svg.shorten(b.id() + " " + b.name(), 40), "row-label", "start");
        if (b.baselineStart().isPresent()) {
            double bx = xs.x(b.baselineStart().get());
            svg.rect(bx, y + 15, Math.max(xs.endOf(b.baselineFinish().get()) - bx, 2), 4, "baseline", BASELINE_COLOUR, "",
                    b.id() + " " + b.baselineStart().get() + " \u2013 " + b.baselineFinish().get());
        }
        String colour = b.critical() ? CRITICAL_COLOUR : BAR_COLOUR;
        String tip = b.id() + " " + b.name() + ": " + b.start() + " \u2013 " + b.finish();
        if (b.milestone()) {
            svg.diamond(xs.endOf(b.finish()), y + 9, 6, "milestone " + kind, colour, tip);
        } else {
            double x = xs.x(b.start());
            svg.rect(x, y + 3, Math.max(xs.endOf(b.finish()) - x, 2), 11, "bar " + kind, colour, "", tip);
        }
        svg.end();
    }

    private void legend(Svg svg, double y) {
        svg.group("legend");
        svg.rect(8, y - 9, 14, 9, "legend-key", CRITICAL_COLOUR, "", "");
        svg.text(26, y, labels.critical(), "legend-label", "start");
        svg.rect(188, y - 9, 14, 9, "legend-key", BAR_COLOUR, "", "");
        svg.text(206, y, labels.scheduled(), "legend-label", "start");
        svg.rect(368, y - 6, 14, 4, "legend-key", BASELINE_COLOUR, "", "");
        svg.text(386, y, labels.baseline(), "legend-label", "start");
        svg.line(548, y - 10, 548, y + 2, "legend-key", "#555555", 1, true);
        svg.text(554, y, labels.statusDate(), "legend-label", "start");
        svg.end();
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return b.isBefore(a) ? b : a;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return b.isAfter(a) ? b : a;
    }
}
