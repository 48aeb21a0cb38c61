package org.pmokit.rules.change;

import java.math.BigDecimal;
import java.math.MathContext;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.rules.finance.Outcome;

/** How much of a project's contingency reserve an amount of cost growth would use. */
final class Reserve {

    private Reserve() {
    }

    /**
     * The amount / the contingency reserve, at 16 significant digits; undefined without a budget,
     * without a reserve (or a zero one), or when the reserve is in another currency than the amount.
     */
    static Outcome<BigDecimal> share(Project project, Money amount) {
        if (project.budget().isEmpty()) {
            return Outcome.undefined("no budget", "没有预算");
        }
        Money reserve = project.budget().get().contingencyReserve().orElse(Money.zero(project.currency()));
        if (!reserve.currency().equals(amount.currency())) {
            String r = reserve.currency().getCurrencyCode();
            String a = amount.currency().getCurrencyCode();
            return Outcome.undefined("the contingency reserve is in " + r + ", the cost in " + a,
                    "应急储备币种 " + r + " 与成本币种 " + a + " 不一致");
        }
        if (reserve.isZero()) {
            return Outcome.undefined("no contingency reserve", "没有应急储备");
        }
        return Outcome.of(amount.amount().divide(reserve.amount(), MathContext.DECIMAL64));
    }
}
