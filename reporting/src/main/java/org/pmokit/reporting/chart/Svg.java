package org.pmokit.reporting.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.owasp.encoder.Encode;

/**
 * Writes one SVG element: shapes with presentation attributes and texts encoded for XML by the OWASP
 * Java Encoder. Coordinates are written with at most one decimal, from a rounding that does not depend
 * on the JDK's {@code Double.toString}.
 *
 * <p>One instance writes one chart on one thread.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder(4096);

    /**
     * Opens the element.
     *
     * @param width the width in pixels
     * @param height the height in pixels
     * @param cssClass the class of the chart
     * @param title the title, read by screen readers and shown as a tooltip
     */
    Svg(double width, double height, String cssClass, String title) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(attr(cssClass))
                .append("\" viewBox=\"0 0 ").append(num(width)).append(' ').append(num(height))
                .append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
                .append("\" role=\"img\" aria-label=\"").append(attr(title)).append("\" font-family=\"sans-serif\""
                        + " font-size=\"11\">")
                .append("<title>").append(text(title)).append("</title>");
    }

    /** Encodes a text for XML content. */
    static String text(String s) {
        return Encode.forXmlContent(s);
    }

    /** Encodes a text for an XML attribute value in double quotes. */
    static String attr(String s) {
        return Encode.forXmlAttribute(s);
    }

    /**
     * Writes a number with at most one decimal: 12, 12.5, -3.2.
     *
     * @param v the number, finite
     * @return the text
     */
    static String num(double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("a chart coordinate must be finite: " + v);
        }
        BigDecimal d = new BigDecimal(v).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.signum() == 0) {
            return "0";
        }
        return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
    }

    /** Opens a group with a class. */
    Svg group(String cssClass) {
        out.append("<g class=\"").append(attr(cssClass)).append("\">");
        return this;
    }

    /** Closes a group. */
    Svg end() {
        out.append("</g>");
        return this;
    }

    /** A rectangle with an optional tooltip (empty for none). */
    Svg rect(double x, double y, double w, double h, String cssClass, String fill, String stroke, String tooltip) {
        out.append("<rect class=\"").append(attr(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append("\" width=\"").append(num(Math.max(w, 0))).append("\" height=\"")
                .append(num(Math.max(h, 0))).append("\" fill=\"").append(fill).append('"');
        if (!stroke.isEmpty()) {
            out.append(" stroke=\"").append(stroke).append('"');
        }
        return closeWithTooltip("rect", tooltip);
    }

    /** A line. */
    Svg line(double x1, double y1, double x2, double y2, String cssClass, String stroke, double width, boolean dashed) {
        out.append("<line class=\"").append(attr(cssClass)).append("\" x1=\"").append(num(x1)).append("\" y1=\"")
                .append(num(y1)).append("\" x2=\"").append(num(x2)).append("\" y2=\"").append(num(y2))
                .append("\" stroke=\"").append(stroke).append("\" stroke-width=\"").append(num(width)).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"4 3\"");
        }
        out.append("/>");
        return this;
    }

    /** A polyline through points given as x, y pairs. */
    Svg polyline(List<double[]> points, String cssClass, String stroke, double width, boolean dashed, String tooltip) {
        out.append("<polyline class=\"").append(attr(cssClass)).append("\" fill=\"none\" stroke=\"").append(stroke)
                .append("\" stroke-width=\"").append(num(width)).append('"');
        if (dashed) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        out.append(" points=\"");
        for (int i = 0; i < points.size(); i++) {
            if (i > 0) {
                out.append(' ');
            }
            out.append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1]));
        }
        out.append('"');
        return closeWithTooltip("polyline", tooltip);
    }

    /** A circle. */
    Svg circle(double cx, double cy, double r, String cssClass, String fill, String tooltip) {
        out.append("<circle class=\"").append(attr(cssClass)).append("\" cx=\"").append(num(cx)).append("\" cy=\"")
                .append(num(cy)).append("\" r=\"").append(num(r)).append("\" fill=\"").append(fill).append('"');
        return closeWithTooltip("circle", tooltip);
    }

    /** A diamond (a milestone) centred on a point. */
    Svg diamond(double cx, double cy, double r, String cssClass, String fill, String tooltip) {
        out.append("<polygon class=\"").append(attr(cssClass)).append("\" points=\"")
                .append(num(cx)).append(',').append(num(cy - r)).append(' ')
                .append(num(cx + r)).append(',').append(num(cy)).append(' ')
                .append(num(cx)).append(',').append(num(cy + r)).append(' ')
                .append(num(cx - r)).append(',').append(num(cy)).append("\" fill=\"").append(fill).append('"');
        return closeWithTooltip("polygon", tooltip);
    }

    /** A text; anchor is start, middle or end. */
    Svg text(double x, double y, String s, String cssClass, String anchor) {
        out.append("<text class=\"").append(attr(cssClass)).append("\" x=\"").append(num(x)).append("\" y=\"")
                .append(num(y)).append('"');
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        out.append('>').append(text(s)).append("</text>");
        return this;
    }

    private Svg closeWithTooltip(String element, String tooltip) {
        if (tooltip.isEmpty()) {
            out.append("/>");
        } else {
            out.append("><title>").append(text(tooltip)).append("</title></").append(element).append('>');
        }
        return this;
    }

    /** Closes the element and returns it. */
    String finish() {
        return out.append("</svg>").toString();
    }

    /**
     * Shortens a label to a number of code points, with an ellipsis, never splitting a surrogate pair.
     *
     * @param s the label
     * @param max the most code points to keep
     * @return the label or its start and an ellipsis
     */
    static String shorten(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max - 1)) + "\u2026";
    }

    /** A linear scale of dates onto pixels. */
    static final class DateScale {
        private final long from;
        private final long to;
        private final double left;
        private final double right;

        DateScale(LocalDate from, LocalDate to, double left, double right) {
            this.from = from.toEpochDay();
            this.to = Math.max(to.toEpochDay(), this.from + 1);
            this.left = left;
            this.right = right;
        }

        double x(LocalDate date) {
            return left + (right - left) * (date.toEpochDay() - from) / (double) (to - from);
        }

        /** The x of the end of a day (its right edge). */
        double endOf(LocalDate date) {
            return x(date.plusDays(1));
        }
    }
}
