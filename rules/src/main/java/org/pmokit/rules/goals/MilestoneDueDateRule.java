package org.pmokit.rules.goals;

import org.pmokit.rules.Area;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-001: the milestone has a due date (FORMULAS.md section 7; seed 002: milestones are time-bound).
 * Without one it is not a milestone, so this is an error.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneDueDateRule extends MilestonePartRule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-001", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has a due date", "里程碑有计划日期"), Severity.ERROR);

    private static final Text REMEDY = Text.of(
            "Set the date the milestone is due, usually the baseline finish of the activity that marks it.",
            "设定里程碑的计划日期，通常为标志该里程碑的任务的基线完成日期。");

    /** Creates the rule. */
    MilestoneDueDateRule() {
        super(INFO, m -> m.due().isEmpty(), "has no due date", "没有计划日期", REMEDY);
    }
}
