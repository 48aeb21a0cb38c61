package org.pmokit.rules.goals;

import org.pmokit.rules.Area;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-005: the milestone names who is accountable for reaching it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneOwnerRule extends MilestonePartRule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-005", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has an owner", "里程碑有负责人"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Name the person or unit accountable for reaching the milestone.",
            "指定对达成该里程碑负责的人员或部门。");

    /** Creates the rule. */
    MilestoneOwnerRule() {
        super(INFO, m -> m.owner().isEmpty(), "has no owner", "没有负责人", REMEDY);
    }
}
