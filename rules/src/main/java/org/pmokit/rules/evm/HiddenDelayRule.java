package org.pmokit.rules.evm;

import java.math.BigDecimal;
import java.util.List;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * EVM-006: a late project does not look on time. SPI = EV / PV tends to 1 as a project nears its end,
 * late or not, because EV and PV both tend to BAC; SPI(t) = ES / AT does not (Lipke). When SPI is at
 * or above {@link PolicyKeys#INDEX_GREEN} (0.95) while SPI(t) is below it, the cost-based index hides
 * a delay: a warning, with the delay SV(t) in working days. Silent when either index is undefined.
 */
final class HiddenDelayRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(EvmRules.HIDDEN_DELAY, EvmRules.PACK, Area.SCHEDULE, Subject.PROJECT,
            Text.of("SPI does not hide a delay that SPI(t) shows", "进度绩效指数（SPI）未掩盖 SPI(t) 显示的延误"),
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        EvmOutcome<EvmStatus> outcome = input.get(EvmRules.ANALYSIS);
        if (outcome.value().isEmpty()) {
            return List.of();
        }
        EvmFigures f = outcome.value().get().project();
        if (!(f.spi() instanceof MetricValue.Ratio spi) || !(f.spiT() instanceof MetricValue.Ratio spiT)
                || !(f.svT() instanceof MetricValue.Quantity svT)) {
            return List.of();
        }
        BigDecimal green = input.policy().get(PolicyKeys.INDEX_GREEN);
        if (spi.value() < green.doubleValue() || spiT.value() >= green.doubleValue()) {
            return List.of();
        }
        String spiText = Words.index(spi.value());
        String spiTText = Words.index(spiT.value());
        String late = Words.days(-svT.value());
        String greenText = Words.threshold(green);
        Text message = Text.of("SPI is " + spiText + ", which looks on time, but SPI(t) is " + spiTText + ", below "
                + greenText + ": the work done was planned " + late + " working days earlier than now.",
                "进度绩效指数 SPI 为 " + spiText + "，看似按期，但 SPI(t) 为 " + spiTText + "，低于 " + greenText
                + "：已完成的工作按计划应在 " + late + " 个工作日之前完成。");
        Text remedy = Text.of("Judge the schedule by SPI(t) and the forecast finish, not by SPI, and plan how to recover"
                + " the delay.",
                "以 SPI(t) 和预测完工日期而非 SPI 判断进度，并制定追回延误的计划。");
        return List.of(INFO.finding("project", message, remedy).withMeasure(spiTText, greenText));
    }
}
