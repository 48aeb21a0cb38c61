package org.pmokit.reporting.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * The S-curve of earned value (FORMULAS.md section 3): cumulative planned value, earned value and
 * actual cost over time, and the estimate at completion as a dashed projection from the last actual
 * cost to the forecast finish. Dates run along the x axis, amounts up the y axis from zero.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param plannedValue the PV series, by date
 * @param earnedValue the EV series, by date
 * @param actualCost the AC series, by date
 * @param eacProjection the EAC projection: usually two points, (status date, AC) and (forecast finish,
 *     EAC); empty when the EAC is undefined
 * @param statusDate the status date, drawn as a vertical line
 * @param labels the texts of the chart, already translated
 */
public record SCurveChart(List<ChartPoint> plannedValue, List<ChartPoint> earnedValue, List<ChartPoint> actualCost,
        List<ChartPoint> eacProjection, Optional<LocalDate> statusDate, Labels labels) {

    private static final double WIDTH = 760;
    private static final double HEIGHT = 360;
    private static final double LEFT = 90;
    private static final double RIGHT = 740;
    private static final double TOP = 40;
    private static final double BOTTOM = 300;

    /** Colour of planned value. */
    static final String PV_COLOUR = "#1f77b4";
    /** Colour of earned value. */
    static final String EV_COLOUR = "#2ca02c";
    /** Colour of actual cost. */
    static final String AC_COLOUR = "#d62728";
    /** Colour of the EAC projection. */
    static final String EAC_COLOUR = "#9467bd";

    /**
     * The texts of an S-curve.
     *
     * @param title the chart's title
     * @param plannedValue the name of the PV series
     * @param earnedValue the name of the EV series
     * @param actualCost the name of the AC series
     * @param eacProjection the name of the EAC projection
     * @param statusDate the name of the status date line
     */
    public record Labels(String title, String plannedValue, String earnedValue, String actualCost, String eacProjection,
            String statusDate) {
        /**
         * Checks the texts.
         *
         * @param title the title
         * @param plannedValue the PV name
         * @param earnedValue the EV name
         * @param actualCost the AC name
         * @param eacProjection the EAC name
         * @param statusDate the status date name
         */
        public Labels {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(plannedValue, "plannedValue");
            Objects.requireNonNull(earnedValue, "earnedValue");
            Objects.requireNonNull(actualCost, "actualCost");
            Objects.requireNonNull(eacProjection, "eacProjection");
            Objects.requireNonNull(statusDate, "statusDate");
        }
    }

    /**
     * Checks and copies the parts: at least one point in all.
     *
     * @param plannedValue the PV series
     * @param earnedValue the EV series
     * @param actualCost the AC series
     * @param eacProjection the EAC projection
     * @param statusDate the status date
     * @param labels the labels
     */
    public SCurveChart {
        plannedValue = List.copyOf(plannedValue);
        earnedValue = List.copyOf(earnedValue);
        actualCost = List.copyOf(actualCost);
        eacProjection = List.copyOf(eacProjection);
        Objects.requireNonNull(statusDate, "statusDate");
        Objects.requireNonNull(labels, "labels");
        if (plannedValue.isEmpty() && earnedValue.isEmpty() && actualCost.isEmpty() && eacProjection.isEmpty()) {
            throw new IllegalArgumentException("an S-curve needs at least one point");
        }
    }

    /**
     * Draws the chart.
     *
     * @return one {@code <svg>} element
     */
    public String toSvg() {
        List<ChartPoint> all = new ArrayList<>();
        all.addAll(plannedValue);
        all.addAll(earnedValue);
        all.addAll(actualCost);
        all.addAll(eacProjection);
        LocalDate from = all.stream().map(ChartPoint::date).min(LocalDate::compareTo).orElseThrow();
        LocalDate to = all.stream().map(ChartPoint::date).max(LocalDate::compareTo).orElseThrow();
        if (statusDate.isPresent()) {
            from = statusDate.get().isBefore(from) ? statusDate.get() : from;
            to = statusDate.get().isAfter(to) ? statusDate.get() : to;
        }
        double max = all.stream().mapToDouble(ChartPoint::value).max().orElse(0);
        double min = Math.min(0, all.stream().mapToDouble(ChartPoint::value).min().orElse(0));
        double step = Axes.step(Math.max(max - min, 1), 5);
        double top = Math.ceil(max / step) * step;
        double bottom = Math.floor(min / step) * step;
        if (top <= bottom) {
            top = bottom + step;
        }
        Svg.DateScale xs = new Svg.DateScale(from, to, LEFT, RIGHT);
        double lo = bottom;
        double span = top - bottom;
        DoubleUnaryOperator ys = v -> BOTTOM - (BOTTOM - TOP) * (v - lo) / span;

        Svg svg = new Svg(WIDTH, HEIGHT, "s-curve", labels.title());
        svg.text(LEFT, 20, labels.title(), "chart-title", "start");
        svg.group("axes");
        long intervals = Math.round((top - bottom) / step);
        for (long i = 0; i <= intervals; i++) {
            double v = bottom + i * step;
            double y = ys.applyAsDouble(v);
            svg.line(LEFT, y, RIGHT, y, "grid", "#dddddd", 1, false);
            svg.text(LEFT - 6, y + 4, Axes.value(v), "tick", "end");
        }
        for (LocalDate m : Axes.months(from, to, 12)) {
            double x = xs.x(m);
            svg.line(x, BOTTOM, x, BOTTOM + 4, "tick-mark", "#555555", 1, false);
            svg.text(x, BOTTOM + 16, Axes.month(m), "tick", "middle");
        }
        svg.line(LEFT, BOTTOM, RIGHT, BOTTOM, "axis", "#555555", 1, false);
        svg.line(LEFT, TOP, LEFT, BOTTOM, "axis", "#555555", 1, false);
        svg.end();
        if (statusDate.isPresent()) {
            double x = xs.x(statusDate.get());
            svg.line(x, TOP, x, BOTTOM, "status-date", "#888888", 1, true);
            svg.text(x + 3, TOP + 10, labels.statusDate() + " " + statusDate.get(), "status-date-label", "start");
        }
        series(svg, plannedValue, "pv", PV_COLOUR, false, labels.plannedValue(), xs, ys);
        series(svg, earnedValue, "ev", EV_COLOUR, false, labels.earnedValue(), xs, ys);
        series(svg, actualCost, "ac", AC_COLOUR, false, labels.actualCost(), xs, ys);
        series(svg, eacProjection, "eac", EAC_COLOUR, true, labels.eacProjection(), xs, ys);
        legend(svg);
        return svg.finish();
    }

    private static void series(Svg svg, List<ChartPoint> points, String cssClass, String colour, boolean dashed,
            String name, Svg.DateScale xs, DoubleUnaryOperator ys) {
        if (points.isEmpty()) {
            return;
        }
        List<double[]> xy = new ArrayList<>();
        for (ChartPoint p : points) {
            xy.add(new double[] {xs.x(p.date()), ys.applyAsDouble(p.value())});
        }
        svg.group("series " + cssClass);
        svg.polyline(xy, "line", colour, 2, dashed, name);
        for (int i = 0; i < points.size(); i++) {
            ChartPoint p = points.get(i);
            svg.circle(xy.get(i)[0], xy.get(i)[1], 2.5, "point", colour, name + " " + p.date() + ": "
                    + Axes.value(p.value()));
        }
        svg.end();
    }

    private void legend(Svg svg) {
        String[] names = {labels.plannedValue(), labels.earnedValue(), labels.actualCost(), labels.eacProjection()};
        String[] colours = {PV_COLOUR, EV_COLOUR, AC_COLOUR, EAC_COLOUR};
        svg.group("legend");
        double x = LEFT;
        for (int i = 0; i < names.length; i++) {
            svg.line(x, HEIGHT - 18, x + 18, HEIGHT - 18, "legend-key", colours[i], 2, i == 3);
            svg.text(x + 22, HEIGHT - 14, names[i], "legend-label", "start");
            x += 160;
        }
        svg.end();
    }
}
