package org.pmokit.reporting.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Tick marks of chart axes: round values, and month starts. */
final class Axes {

    private Axes() {
    }

    /**
     * Returns a round step (1, 2 or 5 times a power of ten) that divides {@code 0..max} into at most
     * {@code count} intervals.
     *
     * @param max the largest value, positive
     * @param count the most intervals
     * @return the step
     */
    static double step(double max, int count) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / count;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /**
     * Writes a tick value with its integer digits grouped: 2,000,000 or 0.5.
     *
     * @param v the value
     * @return the text
     */
    static String value(double v) {
        BigDecimal d = new BigDecimal(v).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (d.scale() < 0) {
            d = d.setScale(0);
        }
        String plain = d.toPlainString();
        int start = plain.startsWith("-") ? 1 : 0;
        int point = plain.indexOf('.');
        if (point < 0) {
            point = plain.length();
        }
        StringBuilder s = new StringBuilder(plain.substring(0, start));
        for (int i = start; i < point; i++) {
            if (i > start && (point - i) % 3 == 0) {
                s.append(',');
            }
            s.append(plain.charAt(i));
        }
        return s.append(plain, point, plain.length()).toString();
    }

    /**
     * Returns the first days of months from the month after {@code from} (or {@code from} itself if
     * it is the first) through {@code to}, thinned to at most {@code max} of them.
     *
     * @param from the first date
     * @param to the last date
     * @param max the most ticks
     * @return the tick dates
     */
    static List<LocalDate> months(LocalDate from, LocalDate to, int max) {
        List<LocalDate> all = new ArrayList<>();
        LocalDate m = from.getDayOfMonth() == 1 ? from : from.withDayOfMonth(1).plusMonths(1);
        for (; !m.isAfter(to); m = m.plusMonths(1)) {
            all.add(m);
        }
        int every = Math.max(1, (all.size() + max - 1) / max);
        List<LocalDate> ticks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += every) {
            ticks.add(all.get(i));
        }
        return ticks;
    }

    /** The label of a month tick: 2026-03. */
    static String month(LocalDate date) {
        return date.toString().substring(0, 7);
    }
}
