package org.pmokit.rules.goals;

import org.pmokit.rules.Area;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-004: the milestone says how it is accepted and by whom; without acceptance criteria nobody can
 * tell whether it was reached (FORMULAS.md section 7; seed 002: milestones are measurable).
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneAcceptanceRule extends MilestonePartRule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-004", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has acceptance criteria", "里程碑有验收标准"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Write how the milestone is accepted and by whom, such as \"signed by business, IT and compliance\".",
            "写明里程碑如何验收、由谁验收，如“业务、科技与合规部门签字确认”。");

    /** Creates the rule. */
    MilestoneAcceptanceRule() {
        super(INFO, m -> m.acceptance().isEmpty(), "has no acceptance criteria", "没有验收标准", REMEDY);
    }
}
