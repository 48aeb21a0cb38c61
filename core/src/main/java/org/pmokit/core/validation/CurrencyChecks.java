package org.pmokit.core.validation;

import java.util.Currency;
import java.util.List;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Resource;
import org.pmokit.core.project.Risk;

/** Checks that every amount in a project is in the project's currency. */
final class CurrencyChecks {

    private CurrencyChecks() {
    }

    static void check(Project p, List<Violation> out) {
        Currency c = p.currency();
        p.budget().ifPresent(b -> {
            same(c, b.approvedTotal(), "budget.approvedTotal", out);
            b.contingencyReserve().ifPresent(m -> same(c, m, "budget.contingencyReserve", out));
            b.managementReserve().ifPresent(m -> same(c, m, "budget.managementReserve", out));
        });
        for (Resource r : p.resources()) {
            r.rate().ifPresent(m -> same(c, m, "resources[" + r.id() + "].rate", out));
        }
        for (Activity a : p.activities()) {
            // The path is written only for a mismatch: a valid project of a million activities makes no string.
            if (a.budget().isPresent() && !a.budget().get().currency().equals(c)) {
                same(c, a.budget().get(), "activities[" + a.id() + "].budget", out);
            }
        }
        for (Risk r : p.risks()) {
            r.impact().cost().ifPresent(m -> same(c, m, "risks[" + r.id() + "].impact.cost", out));
        }
        for (ChangeRequest cr : p.changeRequests()) {
            String path = "changeRequests[" + cr.id() + "]";
            cr.impact().ifPresent(i -> same(c, i.cost(), path + ".impact.cost", out));
            cr.activities().ifPresent(changes -> checkChanges(c, changes, path + ".activities", out));
        }
        for (int b = 0; b < p.baselines().size(); b++) {
            Baseline baseline = p.baselines().get(b);
            for (int i = 0; i < baseline.activities().size(); i++) {
                Money budget = baseline.activities().get(i).budget();
                if (!budget.currency().equals(c)) {
                    same(c, budget, "baselines[" + b + "].activities[" + i + "].budget", out);
                }
            }
        }
        for (int i = 0; i < p.actualCosts().size(); i++) {
            same(c, p.actualCosts().get(i).amount(), "actualCosts[" + i + "].amount", out);
        }
        for (int i = 0; i < p.cashFlows().size(); i++) {
            same(c, p.cashFlows().get(i).amount(), "cashFlows[" + i + "].amount", out);
        }
    }

    private static void checkChanges(Currency c, ActivityChanges changes, String path, List<Violation> out) {
        for (Activity a : changes.add()) {
            a.budget().ifPresent(m -> same(c, m, path + ".add[" + a.id() + "].budget", out));
        }
        for (int i = 0; i < changes.modify().size(); i++) {
            String at = path + ".modify[" + i + "].budget";
            changes.modify().get(i).budget().ifPresent(m -> same(c, m, at, out));
        }
    }

    private static void same(Currency expected, Money money, String path, List<Violation> out) {
        if (!money.currency().equals(expected)) {
            out.add(Violation.of(path, ViolationCode.CURRENCY_MISMATCH, path, money.currency().getCurrencyCode(),
                    expected.getCurrencyCode()));
        }
    }
}
