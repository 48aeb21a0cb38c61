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
 * MILE-001: the milestone has a due date (FORMULAS.md section 7; seed 002: milestones are time-bound).
 * Without one it is not a milestone, so this is an error.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneDueDateRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-001", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has a due date", "里程碑有计划日期"), Severity.ERROR);

    private static final Text REMEDY = Text.of(
            "Set the date the milestone is due, usually the baseline finish of the activity that marks it.",
            "设定里程碑的计划日期，通常为标志该里程碑的任务的基线完成日期。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Milestone m : input.project().milestones()) {
            if (m.due().isEmpty()) {
                out.add(INFO.finding(Show.subject(m),
                        Text.of("milestone " + m.id() + " has no due date",
                                "里程碑 " + m.id() + " 没有计划日期"),
                        REMEDY));
            }
        }
        return List.copyOf(out);
    }
}
