package org.pmokit.rules;

import java.util.Map;

/**
 * Publishes the metrics of a rule pack (the total EMV, the NPV, ...) into an evaluation, usually
 * from the pack's shared analyses.
 */
@FunctionalInterface
public interface MetricSource {

    /**
     * Computes the metrics.
     *
     * @param input the project, the context and the shared analyses
     * @return the metrics by key, such as {@code risk.emv.total}
     */
    Map<String, MetricValue> metrics(RuleInput input);
}
