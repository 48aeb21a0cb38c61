package org.pmokit.rules;

import org.pmokit.rules.change.ChangeRules;
import org.pmokit.rules.evm.EvmRules;
import org.pmokit.rules.finance.FinanceRules;
import org.pmokit.rules.goals.GoalRules;
import org.pmokit.rules.risk.RiskRules;

/**
 * The rule packs that ship with PMO Kit, composed into one rule set: goals (SMART, milestones,
 * KPI progress), risk, finance (budget and investment case), earned value and change control.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules {

    private StandardRules() {
    }

    /**
     * Returns every standard pack, every rule enabled at its default severity.
     *
     * @return the standard rule set
     */
    public static RuleSet all() {
        return RuleSet.of(GoalRules.pack(), RiskRules.pack(), FinanceRules.pack(), EvmRules.pack(), ChangeRules.pack());
    }
}
