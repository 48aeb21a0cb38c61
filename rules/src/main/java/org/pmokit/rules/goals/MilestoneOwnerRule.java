package org.pmokit.rules.goals;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.Milestone;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * MILE-005: the milestone names who is accountable for reaching it.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneOwnerRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-005", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has an owner", "里程碑有负责人"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Name the person or unit accountable for reaching the milestone.",
            "指定对达成该里程碑负责的人员或部门。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Milestone m : input.project().milestones()) {
            if (m.owner().isEmpty()) {
                out.add(INFO.finding(Show.subject(m),
                        Text.of("milestone " + m.id() + " has no owner",
                                "里程碑 " + m.id() + " 没有负责人"),
                        REMEDY));
            }
        }
        return List.copyOf(out);
    }
}
