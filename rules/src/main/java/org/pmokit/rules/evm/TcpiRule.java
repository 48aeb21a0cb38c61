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
 * EVM-005: finishing within the budget is still plausible. TCPI(BAC) = (BAC - EV) / (BAC - AC) is the
 * cost efficiency the remaining work needs to finish on budget; above {@link PolicyKeys#TCPI_MAX}
 * (1.10, PMI Practice Standard for EVM) recovery is unlikely, an error. When the budget is exhausted
 * (AC &gt;= BAC) with work remaining, TCPI(BAC) is undefined (FORMULAS.md section 5) and finishing on
 * budget impossible: also an error, which gives TCPI(EAC) instead.
 */
final class TcpiRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(EvmRules.TCPI_ABOVE_MAX, EvmRules.PACK, Area.COST, Subject.PROJECT,
            Text.of("The efficiency needed to finish within budget, TCPI(BAC), is plausible",
                    "在预算内完工所需的绩效（TCPI(BAC)）可以实现"),
            Severity.ERROR);

    /** The measured value once the budget is exhausted. */
    private static final Text BUDGET_EXHAUSTED = Text.of("budget exhausted", "预算已耗尽");

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
        BigDecimal max = input.policy().get(PolicyKeys.TCPI_MAX);
        String maxText = Words.threshold(max);
        String bac = Words.money(f.bac());
        String ac = Words.money(f.ac());
        String ev = Words.money(f.ev());
        Text remedy = Text.of("Re-forecast the cost at completion and decide: corrective actions, a budget change"
                + " through change control, or less scope.",
                "重新估算完工成本并作出决定：采取纠正措施、通过变更控制调整预算，或缩减范围。");
        MetricValue tcpi = f.tcpiBac();
        if (tcpi instanceof MetricValue.Ratio ratio) {
            if (ratio.value() <= max.doubleValue()) {
                return List.of();
            }
            String shown = Words.index(ratio.value());
            Text message = Text.of("TCPI(BAC) is " + shown + ": the remaining work (BAC " + bac + " - EV " + ev
                    + ") must be done with the remaining budget (BAC - AC " + ac + "), above " + maxText
                    + ", where recovery is unlikely.",
                    "完工尚需绩效指数 TCPI(BAC) 为 " + shown + "：剩余工作（完工预算 " + bac + " - 挣值 " + ev
                    + "）须以剩余预算（完工预算 - 实际成本 " + ac + "）完成，高于 " + maxText + "，难以挽回。");
            return List.of(INFO.finding("project", message, remedy).withMeasure(shown, maxText));
        }
        if (f.ac().compareTo(f.bac()) >= 0 && f.ev().isLessThan(f.bac())) {
            MetricValue atEac = f.tcpiEac();
            String eacText = atEac instanceof MetricValue.Ratio r ? Words.index(r.value()) : "undefined";
            String eacTextZh = atEac instanceof MetricValue.Ratio r ? Words.index(r.value()) : "无法计算";
            Text method = f.eacMethod().label();
            Text message = Text.of("The budget is exhausted: the actual cost " + ac + " has reached BAC " + bac
                    + " with work remaining (EV " + ev + "). TCPI(BAC) is undefined; TCPI(EAC) by " + method.english()
                    + " is " + eacText + ".",
                    "预算已耗尽：实际成本 " + ac + " 已达到完工预算 " + bac + "，但仍有剩余工作（挣值 " + ev
                    + "）。TCPI(BAC) 无法计算；按" + method.chinese() + "的 TCPI(EAC) 为 " + eacTextZh + "。");
            return List.of(INFO.finding("project", message, remedy).withMeasure(BUDGET_EXHAUSTED,
                    Text.of(maxText, maxText)));
        }
        return List.of();
    }
}
