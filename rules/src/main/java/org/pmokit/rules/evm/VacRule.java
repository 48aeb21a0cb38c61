package org.pmokit.rules.evm;

import java.util.List;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * EVM-004: the forecast overrun at completion stays within the contingency reserve. The overrun is
 * {@code -VAC = EAC - BAC}, with the EAC of the analysis' method (EAC(CPI)); above the contingency
 * reserve (zero without one) the finding is an error. The management reserve is not counted: it is
 * for unforeseen work, not for a known overrun. Silent when VAC is undefined (no actual cost or no
 * work earned yet) or not negative, or when the reserve is in another currency (the validator
 * reports that).
 */
final class VacRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(EvmRules.VAC_BEYOND_CONTINGENCY, EvmRules.PACK, Area.COST, Subject.PROJECT,
            Text.of("The forecast overrun at completion (VAC) stays within the contingency reserve",
                    "完工偏差（VAC）预测的超支不超过应急储备"),
            Severity.ERROR);

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
        if (!(f.vac() instanceof MetricValue.Amount vac) || !vac.money().isNegative()) {
            return List.of();
        }
        Money overrun = vac.money().negated();
        Money reserve = input.project().budget().flatMap(Budget::contingencyReserve).orElse(Money.zero(f.currency()));
        if (!reserve.currency().equals(overrun.currency()) || !overrun.isGreaterThan(reserve)) {
            return List.of();
        }
        Money eac = ((MetricValue.Amount) f.eac()).money();
        Text method = f.eacMethod().label();
        String over = Words.money(overrun);
        String held = Words.money(reserve);
        String bac = Words.money(f.bac());
        String forecast = Words.money(eac);
        Text message = Text.of("The forecast overrun at completion is " + over + " (" + method.english() + " " + forecast
                + " against BAC " + bac + "), more than the contingency reserve of " + held + ".",
                "预测完工超支 " + over + "（" + method.chinese() + " " + forecast + "，完工预算 " + bac + "），超过应急储备 "
                + held + "。");
        Text remedy = Text.of("Escalate: agree corrective actions to cut the cost of the remaining work, or request more"
                + " budget through change control.",
                "上报：商定降低剩余工作成本的纠正措施，或通过变更控制申请追加预算。");
        return List.of(INFO.finding("project", message, remedy).withMeasure(over, held));
    }
}
