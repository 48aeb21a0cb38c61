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
 * SMART-004, relevant (R): the goal is linked to a business objective or to at least one
 * requirement (FORMULAS.md section 7). Whether the linked requirements exist is the validator's
 * check, not this rule's.
 *
 * <p>This class is immutable and thread-safe.
 */
final class RelevantRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("SMART-004", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("Goal is relevant (R): it is linked to a business objective or a requirement",
                    "目标是相关的（R）：关联了业务目标或需求"),
            Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Link the goal to the business objective it serves or to the requirements that deliver it.",
            "将目标关联到其服务的业务目标，或关联到实现它的需求。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Goal g : input.project().goals()) {
            if (g.objective().isEmpty() && g.requirements().isEmpty()) {
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> Text.of(
                        "goal " + g.id() + " is not relevant (R): it is linked to no business objective and no requirement",
                        "目标 " + g.id() + " 缺乏相关性（R）：未关联任何业务目标或需求")), REMEDY));
            }
        }
        return List.copyOf(out);
    }
}
