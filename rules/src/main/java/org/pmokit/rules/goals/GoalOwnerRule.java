package org.pmokit.rules.goals;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.Goal;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * SMART-006: the goal has an owner who is accountable for it, as FORMULAS.md section 7 asks of a
 * SMART goal.
 *
 * <p>This class is immutable and thread-safe.
 */
final class GoalOwnerRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("SMART-006", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("Goal has an owner", "目标有负责人"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Name the person or unit accountable for the goal.",
            "指定对该目标负责的人员或部门。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Goal g : input.project().goals()) {
            if (g.owner().isEmpty()) {
                out.add(INFO.finding(Show.subject(g),
                        Text.lazy(() -> Text.of("goal " + g.id() + " has no owner", "目标 " + g.id() + " 没有负责人")),
                        REMEDY));
            }
        }
        return List.copyOf(out);
    }
}
