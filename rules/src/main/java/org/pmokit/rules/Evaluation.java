package org.pmokit.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The result of evaluating a project: every finding (most severe first, then by rule and
 * subject), the computed metrics by key, and a red / amber / green status per area and overall,
 * each with the rule that decided it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param findings every finding, in a stable order
 * @param metrics the metrics, by key
 * @param areas the status of every area
 * @param overall the worst area status
 */
public record Evaluation(List<Finding> findings, SortedMap<String, MetricValue> metrics, Map<Area, AreaStatus> areas,
        AreaStatus overall) {

    /**
     * Checks and copies the parts; every area must have a status.
     *
     * @param findings the findings
     * @param metrics the metrics
     * @param areas the area statuses
     * @param overall the overall status
     */
    public Evaluation {
        findings = List.copyOf(Objects.requireNonNull(findings, "findings"));
        Objects.requireNonNull(metrics, "metrics");
        metrics = metrics.comparator() == null
                ? SortedStringMap.copyOf(metrics) // natural order: a compact copy (none when the engine made it)
                : Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
        Objects.requireNonNull(areas, "areas");
        EnumMap<Area, AreaStatus> copy = new EnumMap<>(Area.class);
        copy.putAll(areas);
        if (copy.size() != Area.values().length || copy.containsValue(null)) {
            throw new IllegalArgumentException("an evaluation needs a status for every area: " + areas.keySet());
        }
        areas = Collections.unmodifiableMap(copy);
        Objects.requireNonNull(overall, "overall");
    }

    /**
     * Returns the findings of one rule.
     *
     * @param ruleId the rule's identifier
     * @return its findings, in order
     */
    public List<Finding> findingsOf(String ruleId) {
        return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    /**
     * Returns the findings at or above a severity.
     *
     * @param severity the least severity
     * @return those findings, in order
     */
    public List<Finding> findingsAtLeast(Severity severity) {
        return findings.stream().filter(f -> f.severity().isAtLeast(severity)).toList();
    }

    /**
     * Returns the status of an area.
     *
     * @param area the area
     * @return its status
     */
    public AreaStatus status(Area area) {
        return areas.get(area);
    }
}
