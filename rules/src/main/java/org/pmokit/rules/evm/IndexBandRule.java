package org.pmokit.rules.evm;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/**
 * EVM-001, EVM-002 and EVM-003: the project's CPI, SPI or SPI(t) is in the green band. At or above
 * {@link PolicyKeys#INDEX_GREEN} (0.95) it is green and the rule is silent; at or above
 * {@link PolicyKeys#INDEX_AMBER} (0.92) it is amber, a warning; below, red, an error (the default
 * severity). The index is the {@code double} computed from the exact sums, compared with the
 * {@code double} of the threshold, so an index exactly at a threshold is in the better band. An
 * undefined index (FORMULAS.md section 5) is not judged.
 */
final class IndexBandRule implements Rule {

    private final RuleInfo info;
    private final EvmMetric index;
    private final Function<EvmFigures, Text> basis;
    private final Text amberRemedy;
    private final Text redRemedy;

    /**
     * Makes the rule of one index.
     *
     * @param info the rule's identity
     * @param index CPI, SPI or SPI(t)
     * @param basis how the index was computed, such as {@code EV CNY 3,235,000.00 / AC CNY 3,455,000.00}
     * @param amberRemedy what to do when it is amber
     * @param redRemedy what to do when it is red
     */
    IndexBandRule(RuleInfo info, EvmMetric index, Function<EvmFigures, Text> basis, Text amberRemedy, Text redRemedy) {
        this.info = info;
        this.index = index;
        this.basis = basis;
        this.amberRemedy = amberRemedy;
        this.redRemedy = redRemedy;
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        EvmOutcome<EvmStatus> outcome = input.get(EvmRules.ANALYSIS);
        if (outcome.value().isEmpty()) {
            return List.of();
        }
        EvmFigures figures = outcome.value().get().project();
        if (!(figures.get(index) instanceof MetricValue.Ratio ratio)) {
            return List.of();
        }
        double value = ratio.value();
        BigDecimal green = input.policy().get(PolicyKeys.INDEX_GREEN);
        BigDecimal amber = input.policy().get(PolicyKeys.INDEX_AMBER);
        if (value >= green.doubleValue()) {
            return List.of();
        }
        boolean red = value < amber.doubleValue();
        String name = index.label().english();
        String shown = Words.index(value);
        String greenText = Words.threshold(green);
        String amberText = Words.threshold(amber);
        Text how = basis.apply(figures);
        String date = input.context().statusDate().toString();
        Text message = red
                ? Text.of(name + " is " + shown + " at " + date + " (" + how.english() + "): red, below " + amberText
                        + " (green at or above " + greenText + ").",
                        date + " 的" + index.label().chinese() + "（" + name + "）为 " + shown + "（" + how.chinese()
                        + "）：红色，低于 " + amberText + "（不低于 " + greenText + " 为绿色）。")
                : Text.of(name + " is " + shown + " at " + date + " (" + how.english() + "): amber, below "
                        + greenText + " but at or above " + amberText + ".",
                        date + " 的" + index.label().chinese() + "（" + name + "）为 " + shown + "（" + how.chinese()
                        + "）：黄色，低于 " + greenText + " 但不低于 " + amberText + "。");
        Finding finding = info.finding("project", message, red ? redRemedy : amberRemedy)
                .withMeasure(shown, red ? amberText : greenText);
        return List.of(red ? finding : finding.withSeverity(Severity.WARNING));
    }
}
