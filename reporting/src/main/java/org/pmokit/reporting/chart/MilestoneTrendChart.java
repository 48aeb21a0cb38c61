package org.pmokit.reporting.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A milestone trend analysis chart: report dates along the x axis, forecast dates up the y axis, one
 * line per milestone joining its forecasts, and the diagonal where a forecast equals its report date
 * (a line that reaches it is a milestone reached). A flat line is a stable milestone; a rising one
 * slips.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param reportDates the report dates, ascending
 * @param tracks the milestones, each with one forecast per report date
 * @param labels the texts of the chart, already translated
 */
public record MilestoneTrendChart(List<LocalDate> reportDates, List<Track> tracks, Labels labels) {

    private static final double WIDTH = 760;
    private static final double HEIGHT = 420;
    private static final double LEFT = 90;
    private static final double RIGHT = 560;
    private static final double TOP = 40;
    private static final double BOTTOM = 360;
    private static final String[] PALETTE = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b",
        "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"};

    /**
     * One milestone of the chart.
     *
     * @param label its name, such as {@code M3 Platform ready}
     * @param forecasts its forecast at each report date, empty where there was none
     */
    public record Track(String label, List<Optional<LocalDate>> forecasts) {
        /**
         * Checks and copies the parts.
         *
         * @param label the label
         * @param forecasts the forecasts
         */
        public Track {
            Objects.requireNonNull(label, "label");
            forecasts = List.copyOf(forecasts);
        }
    }

    /**
     * The texts of a milestone trend chart.
     *
     * @param title the chart's title
     * @param reportDate the name of the x axis
     * @param forecast the name of the y axis
     */
    public record Labels(String title, String reportDate, String forecast) {
        /**
         * Checks the texts.
         *
         * @param title the title
         * @param reportDate the x axis name
         * @param forecast the y axis name
         */
        public Labels {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(reportDate, "reportDate");
            Objects.requireNonNull(forecast, "forecast");
        }
    }

    /**
     * Checks and copies the parts: at least one report date, ascending, and one forecast per date in
     * every track.
     *
     * @param reportDates the report dates
     * @param tracks the tracks
     * @param labels the labels
     */
    public MilestoneTrendChart {
        reportDates = List.copyOf(reportDates);
        tracks = List.copyOf(tracks);
        Objects.requireNonNull(labels, "labels");
        if (reportDates.isEmpty()) {
            throw new IllegalArgumentException("a milestone trend needs at least one report date");
        }
        for (int i = 1; i < reportDates.size(); i++) {
            if (!reportDates.get(i).isAfter(reportDates.get(i - 1))) {
                throw new IllegalArgumentException("report dates must ascend: " + reportDates.get(i - 1) + " then "
                        + reportDates.get(i));
            }
        }
        for (Track t : tracks) {
            if (t.forecasts().size() != reportDates.size()) {
                throw new IllegalArgumentException("milestone " + t.label() + " has " + t.forecasts().size()
                        + " forecasts for " + reportDates.size() + " report dates");
            }
        }
    }

    /**
     * Draws the chart.
     *
     * @return one {@code <svg>} element
     */
    public String toSvg() {
        LocalDate xFrom = reportDates.get(0);
        LocalDate xTo = reportDates.get(reportDates.size() - 1);
        LocalDate yFrom = xFrom;
        LocalDate yTo = xTo;
        for (Track t : tracks) {
            for (Optional<LocalDate> f : t.forecasts()) {
                if (f.isPresent()) {
                    yFrom = f.get().isBefore(yFrom) ? f.get() : yFrom;
                    yTo = f.get().isAfter(yTo) ? f.get() : yTo;
                }
            }
        }
        yTo = yTo.plusDays(7);
        Svg.DateScale xs = new Svg.DateScale(xFrom, xTo.equals(xFrom) ? xFrom.plusDays(30) : xTo, LEFT, RIGHT);
        Svg.DateScale yScale = new Svg.DateScale(yFrom, yTo, 0, BOTTOM - TOP);
        Function<LocalDate, Double> ys = d -> BOTTOM - yScale.x(d);
        Svg svg = new Svg(WIDTH, HEIGHT, "milestone-trend", labels.title());
        svg.text(8, 20, labels.title(), "chart-title", "start");
        svg.group("axes");
        for (LocalDate m : Axes.months(yFrom, yTo, 12)) {
            double y = ys.apply(m);
            svg.line(LEFT, y, RIGHT, y, "grid", "#e0e0e0", 1, false);
            svg.text(LEFT - 6, y + 4, Axes.month(m), "tick", "end");
        }
        for (LocalDate d : reportDates) {
            double x = xs.x(d);
            svg.line(x, BOTTOM, x, BOTTOM + 4, "tick-mark", "#555555", 1, false);
            svg.text(x, BOTTOM + 16, d.toString(), "tick", "middle");
        }
        svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis", "#555555", 1, false);
        svg.line(LEFT, TOP, LEFT, BOTTOM, "axis", "#555555", 1, false);
        svg.text((LEFT + RIGHT) / 2, BOTTOM + 34, labels.reportDate(), "axis-label", "middle");
        svg.text(8, TOP - 8, labels.forecast(), "axis-label", "start");
        svg.end();
        // the diagonal: forecast = report date, within both axes
        LocalDate d0 = xFrom.isAfter(yFrom) ? xFrom : yFrom;
        LocalDate d1 = xTo.isBefore(yTo) ? xTo : yTo;
        if (!d1.isBefore(d0)) {
            svg.line(xs.x(d0), ys.apply(d0), xs.x(d1), ys.apply(d1), "diagonal", "#9e9e9e", 1, true);
        }
        for (int k = 0; k < tracks.size(); k++) {
            track(svg, tracks.get(k), PALETTE[k % PALETTE.length], k, xs, ys);
        }
        return svg.finish();
    }

    private void track(Svg svg, Track t, String colour, int k, Svg.DateScale xs, Function<LocalDate, Double> ys) {
        svg.group("track");
        List<double[]> run = new ArrayList<>();
        for (int i = 0; i < reportDates.size(); i++) {
            Optional<LocalDate> f = t.forecasts().get(i);
            if (f.isEmpty()) {
                line(svg, run, colour, t.label());
                run = new ArrayList<>();
                continue;
            }
            double x = xs.x(reportDates.get(i));
            double y = ys.apply(f.get());
            run.add(new double[] {x, y});
            svg.circle(x, y, 3, "point", colour, t.label() + " " + reportDates.get(i) + ": " + f.get());
        }
        line(svg, run, colour, t.label());
        double ly = TOP + 14 * k;
        svg.line(RIGHT + 20, ly, RIGHT + 38, ly, "legend-key", colour, 2, false);
        svg.text(RIGHT + 42, ly + 4, Svg.shorten(t.label(), 26), "legend-label", "start");
        svg.end();
    }

    private static void line(Svg svg, List<double[]> run, String colour, String label) {
        if (run.size() > 1) {
            svg.polyline(run, "line", colour, 2, false, label);
        }
    }
}
