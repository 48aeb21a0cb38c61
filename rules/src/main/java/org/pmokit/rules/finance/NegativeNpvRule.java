package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * FIN-004: the net present value of the cash flows at the policy discount rate
 * ({@link PolicyKeys#DISCOUNT_RATE}, 8% per period by default), rounded to the minor unit, is not
 * negative. A warning: a negative NPV questions the investment case but may be accepted for
 * compliance or strategic reasons. Silent without cash flows (FIN-006 reports that).
 */
final class NegativeNpvRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(FinanceRules.NEGATIVE_NPV, FinanceRules.PACK, Area.FINANCE,
            Subject.PROJECT,
            Text.of("Net present value at the policy discount rate is not negative",
                    "按政策折现率计算的净现值不为负"),
            Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Review the costs and benefits of the investment case, or have the sponsor confirm the"
                    + " investment on other grounds.",
            "复核投资测算的成本与收益，或由发起人基于其他理由确认该投资。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        Optional<Appraisal> appraisal = input.get(InvestmentAppraisal.ANALYSIS).toOptional();
        Optional<Money> npv = appraisal.flatMap(a -> a.npv().toOptional());
        if (npv.isEmpty() || !npv.get().isNegative()) {
            return List.of();
        }
        BigDecimal discountRate = appraisal.get().discountRate();
        String value = Texts.money(npv.get());
        return List.of(INFO.finding("cashFlows", Text.lazy(() -> {
            String rate = Texts.percent(discountRate);
            return Text.of("Net present value at " + rate + " per period is " + value
                    + ": the cash flows do not recover the investment at the policy discount rate.",
                    "按每期 " + rate + " 折现的净现值为 " + value + "：按政策折现率，现金流无法收回投资。");
        }), REMEDY).withMeasure(value, ">= 0"));
    }
}
