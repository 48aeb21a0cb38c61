package org.pmokit.reporting;

import java.util.Objects;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * One metric of a report table: its stable key, its label, its value, and whether a ratio reads as a
 * percentage.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param key the stable key, as in {@link org.pmokit.rules.Evaluation#metrics()}, such as {@code evm.cpi}
 * @param label the label in both languages
 * @param value the value, or undefined with the reason
 * @param percent whether a ratio is shown as a percentage (0.175 as 17.5%)
 */
public record ReportMetric(String key, Text label, MetricValue value, boolean percent) {

    /**
     * Checks the parts.
     *
     * @param key the key
     * @param label the label
     * @param value the value
     * @param percent whether a percentage
     */
    public ReportMetric {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
    }
}
