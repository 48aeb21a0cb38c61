package org.pmokit.rules;

import java.util.List;
import org.pmokit.rules.change.ChangeRules;
import org.pmokit.rules.evm.EvmRules;
import org.pmokit.rules.finance.FinanceRules;
import org.pmokit.rules.goals.GoalRules;
import org.pmokit.rules.risk.RiskRules;
import org.pmokit.rules.schedule.health.ScheduleRules;

/**
 * The rule packs that ship with PMO Kit, composed into one rule set: goals (SMART, milestones,
 * KPI progress, and MILE-009, the buffer before phase milestones on the critical path, which the
 * schedule package contributes), schedule (the DCMA 14-point assessment), risk, finance (budget and
 * investment case), earned value and change control.
 *
 * <p>The goals and schedule packs share one critical path schedule per evaluation
 * ({@link org.pmokit.rules.schedule.ScheduleAnalysis}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class StandardRules {

    /** Built once: a rule set is immutable, so every caller can share it. */
    private static final RuleSet ALL = RuleSet.of(GoalRules.pack(List.of(ScheduleRules.milestoneBuffer())),
            ScheduleRules.pack(), RiskRules.pack(), FinanceRules.pack(), EvmRules.pack(), ChangeRules.pack());

    private StandardRules() {
    }

    /**
     * Returns every standard pack, every rule enabled at its default severity.
     *
     * @return the standard rule set
     */
    public static RuleSet all() {
        return ALL;
    }
}
