package org.pmokit.rules.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * CHG-004: the cost growth of the approved changes ({@link ApprovedGrowth}) does not exceed the
 * contingency reserve (seed 002: a contingency budget for changes and risks); a budget without a
 * reserve has none. Silent without a budget (FIN-007 reports that) or when the growth is undefined.
 */
final class ReserveGrowthRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(ChangeRules.RESERVE_GROWTH, Words.PACK, Area.CHANGE, Subject.BUDGET,
            Text.of("Approved cost growth stays within the contingency reserve", "已批准变更的成本增长不超过应急储备"),
            Severity.ERROR);

    private static final String SUBJECT = "budget.contingencyReserve";

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        ApprovedGrowth g = input.get(ApprovedGrowth.ANALYSIS);
        if (g.growth().toOptional().isEmpty() || g.reserve().isEmpty()) {
            return List.of();
        }
        Money growth = g.growth().toOptional().get();
        Money reserve = g.reserve().get();
        if (!reserve.currency().equals(growth.currency()) || growth.compareTo(reserve) <= 0) {
            return List.of();
        }
        String amount = Words.money(growth);
        String held = Words.money(reserve);
        String ids = String.join(", ", g.growing().stream().map(Object::toString).toList());
        String idsZh = String.join("、", g.growing().stream().map(Object::toString).toList());
        Optional<BigDecimal> share = g.share().toOptional();
        String percent = share.map(s -> s.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString() + "%").orElse("");
        Text message = share.isPresent()
                ? Text.of("Approved changes add " + amount + " to the cost, " + percent + " of the contingency reserve of "
                        + held + ": " + ids + ".",
                        "已批准变更使成本增加 " + amount + "，为应急储备 " + held + " 的 " + percent + "：" + idsZh + "。")
                : Text.of("Approved changes add " + amount + " to the cost, but the budget has no contingency reserve: " + ids + ".",
                        "已批准变更使成本增加 " + amount + "，但预算中没有应急储备：" + idsZh + "。");
        return List.of(INFO.finding(SUBJECT, message,
                Text.of("Secure more funding or a release of the management reserve before approving further cost,"
                                + " and size the contingency reserve again.",
                        "在批准更多成本增加前，先争取追加资金或动用管理储备，并重新测算应急储备。"))
                .withMeasure(share.isPresent()
                        ? Text.of(amount + " (" + percent + " of the reserve)", amount + "（应急储备的 " + percent + "）")
                        : Text.of(amount, amount), Text.of(held, held)));
    }
}
