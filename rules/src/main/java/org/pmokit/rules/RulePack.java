package org.pmokit.rules;

import java.util.List;
import java.util.Objects;

/**
 * A named group of rules and the metrics they publish, such as the SMART pack.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param name the pack's name, such as {@code goals}
 * @param rules the rules
 * @param metrics the metric sources
 */
public record RulePack(String name, List<Rule> rules, List<MetricSource> metrics) {

    /**
     * Checks and copies the parts; every rule must declare this pack.
     *
     * @param name the name
     * @param rules the rules
     * @param metrics the metric sources
     */
    public RulePack {
        Objects.requireNonNull(name, "name");
        rules = List.copyOf(rules);
        metrics = List.copyOf(metrics);
        for (Rule rule : rules) {
            if (!rule.info().pack().equals(name)) {
                throw new IllegalArgumentException("rule " + rule.info().id() + " belongs to pack "
                        + rule.info().pack() + ", not " + name);
            }
        }
    }
}
