package org.pmokit.rules.goals;

import org.pmokit.rules.Area;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-002: the milestone says which of the three kinds of seed 002 it is: the end of a phase, a key
 * task done, or a deliverable handed over (FORMULAS.md section 7).
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneKindRule extends MilestonePartRule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-002", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has a kind: phase, key task or deliverable",
                    "里程碑有类型：阶段里程碑、关键任务里程碑或交付物里程碑"),
            Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Say whether the milestone ends a phase, completes a key task or hands over a deliverable.",
            "注明该里程碑是阶段里程碑、关键任务里程碑还是交付物里程碑。");

    /** Creates the rule. */
    MilestoneKindRule() {
        super(INFO, m -> m.kind().isEmpty(), "has no kind (phase, key task or deliverable)", "未注明类型（阶段里程碑、关键任务里程碑或交付物里程碑）", REMEDY);
    }
}
