package org.pmokit.reporting.chart;

import java.util.Locale;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.pmokit.core.project.RiskId;
import org.pmokit.rules.risk.HeatMap;
import org.pmokit.rules.risk.HeatMapCell;
import org.pmokit.rules.risk.RiskBand;

/**
 * A risk heat map (风险热力图): the 5 x 5 probability-impact matrix (FORMULAS.md section 6), impact
 * level 1 to 5 from left to right and probability level 5 to 1 from top to bottom, each cell coloured
 * by the band of its score and showing how many risks it holds (their identifiers as a tooltip).
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param map the heat map
 * @param bandOfScore the band of a score 1 to 25, by the policy's thresholds
 * @param labels the texts of the chart, already translated
 */
public record HeatMapChart(HeatMap map, IntFunction<RiskBand> bandOfScore, Labels labels) {

    private static final double CELL = 52;
    private static final double LEFT = 90;
    private static final double TOP = 48;

    /**
     * The texts of a heat map.
     *
     * @param title the chart's title
     * @param probability the name of the probability axis
     * @param impact the name of the impact axis
     */
    public record Labels(String title, String probability, String impact) {
        /**
         * Checks the texts.
         *
         * @param title the title
         * @param probability the probability axis name
         * @param impact the impact axis name
         */
        public Labels {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(probability, "probability");
            Objects.requireNonNull(impact, "impact");
        }
    }

    /**
     * Checks the parts.
     *
     * @param map the heat map
     * @param bandOfScore the band function
     * @param labels the labels
     */
    public HeatMapChart {
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(bandOfScore, "bandOfScore");
        Objects.requireNonNull(labels, "labels");
    }

    /**
     * Returns the fill colour of a band.
     *
     * @param band the band
     * @return an RGB colour
     */
    static String colour(RiskBand band) {
        return switch (band) {
            case CRITICAL -> "#b71c1c";
            case HIGH -> "#ef6c00";
            case MEDIUM -> "#fbc02d";
            case LOW -> "#9ccc65";
            case MINIMAL -> "#c8e6c9";
        };
    }

    /**
     * Draws the chart.
     *
     * @return one {@code <svg>} element
     */
    public String toSvg() {
        double width = LEFT + 5 * CELL + 20;
        double height = TOP + 5 * CELL + 50;
        Svg svg = new Svg(width, height, "heat-map", labels.title());
        svg.text(8, 18, labels.title(), "chart-title", "start");
        svg.group("cells");
        for (int p = 5; p >= 1; p--) {
            for (int i = 1; i <= 5; i++) {
                HeatMapCell cell = map.cell(p, i);
                RiskBand band = Objects.requireNonNull(bandOfScore.apply(cell.score()), "band of score");
                double x = LEFT + (i - 1) * CELL;
                double y = TOP + (5 - p) * CELL;
                String ids = cell.risks().stream().map(RiskId::value).collect(Collectors.joining(", "));
                svg.rect(x, y, CELL, CELL, "cell band-" + band.name().toLowerCase(Locale.ROOT), colour(band),
                        "#ffffff", "P" + p + " \u00d7 I" + i + " = " + cell.score() + (ids.isEmpty() ? "" : ": " + ids));
                if (cell.count() > 0) {
                    svg.text(x + CELL / 2, y + CELL / 2 + 5, Integer.toString(cell.count()), "count", "middle");
                }
            }
        }
        svg.end();
        svg.group("axes");
        for (int k = 1; k <= 5; k++) {
            svg.text(LEFT - 8, TOP + (5 - k) * CELL + CELL / 2 + 4, Integer.toString(k), "tick", "end");
            svg.text(LEFT + (k - 1) * CELL + CELL / 2, TOP + 5 * CELL + 16, Integer.toString(k), "tick", "middle");
        }
        svg.text(LEFT + 5 * CELL / 2, TOP + 5 * CELL + 36, labels.impact(), "axis-label", "middle");
        svg.text(LEFT - 8, TOP - 6, labels.probability(), "axis-label", "end");
        svg.end();
        return svg.finish();
    }
}
