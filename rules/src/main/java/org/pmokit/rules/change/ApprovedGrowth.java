package org.pmokit.rules.change;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.finance.Outcome;

/**
 * The cost growth of the approved changes set against the contingency reserve: the sum of the
 * assessed cost deltas of the change requests approved (APPROVED, IMPLEMENTED, VERIFIED or CLOSED;
 * savings count negative), which of them add cost, the reserve (none counts zero), and the share of
 * the reserve the growth uses ({@link Reserve#share}). The growth is undefined when a delta is in
 * another currency than the project's.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param growth the sum of the approved cost deltas, or why it is undefined
 * @param growing the approved change requests that add cost, in document order
 * @param reserve the contingency reserve, empty without a budget
 * @param share growth / reserve, or why it is undefined
 */
record ApprovedGrowth(Outcome<Money> growth, List<ChangeRequestId> growing, Optional<Money> reserve,
        Outcome<BigDecimal> share) {

    /** The shared analysis. */
    static final Analysis<ApprovedGrowth> ANALYSIS = input -> of(input.project());

    ApprovedGrowth {
        growing = List.copyOf(growing);
    }

    static ApprovedGrowth of(Project project) {
        Currency currency = project.currency();
        Money sum = Money.zero(currency);
        SortedSet<String> others = new TreeSet<>();
        List<ChangeRequestId> growing = new ArrayList<>();
        for (ChangeRequest c : project.changeRequests()) {
            if (!Steps.APPROVED.contains(c.status()) || c.impact().isEmpty()) {
                continue;
            }
            Money cost = c.impact().get().cost();
            if (!cost.currency().equals(currency)) {
                others.add(cost.currency().getCurrencyCode());
                continue;
            }
            sum = sum.plus(cost);
            if (cost.isPositive()) {
                growing.add(c.id());
            }
        }
        Optional<Money> reserve = project.budget().map(b -> b.contingencyReserve().orElse(Money.zero(currency)));
        Outcome<Money> growth = others.isEmpty() ? Outcome.of(sum)
                : Outcome.undefined("approved cost changes in " + String.join(", ", others)
                        + ", not in the project's currency " + currency.getCurrencyCode(),
                        "已批准变更的成本币种 " + String.join("、", others) + " 与项目币种 " + currency.getCurrencyCode() + " 不一致");
        return new ApprovedGrowth(growth, growing, reserve, growth.flatMap(g -> Reserve.share(project, g)));
    }
}
