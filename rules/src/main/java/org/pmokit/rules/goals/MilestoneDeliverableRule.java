package org.pmokit.rules.goals;

import org.pmokit.rules.Area;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-003: the milestone names what is handed over, such as a requirements specification or a test
 * report (FORMULAS.md section 7; seed 002: deliverable milestones are concrete, countable results).
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneDeliverableRule extends MilestonePartRule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-003", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has a deliverable", "里程碑有交付物"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Name what is handed over at the milestone, such as a requirements specification or a test report.",
            "写明里程碑交付的成果，如需求规格说明书或测试报告。");

    /** Creates the rule. */
    MilestoneDeliverableRule() {
        super(INFO, m -> m.deliverable().isEmpty(), "has no deliverable", "没有交付物", REMEDY);
    }
}
