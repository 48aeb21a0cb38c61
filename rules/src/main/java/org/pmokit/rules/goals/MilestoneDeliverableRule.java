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
 * MILE-003: the milestone names what is handed over, such as a requirements specification or a test
 * report (FORMULAS.md section 7; seed 002: deliverable milestones are concrete, countable results).
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneDeliverableRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-003", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has a deliverable", "里程碑有交付物"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Name what is handed over at the milestone, such as a requirements specification or a test report.",
            "写明里程碑交付的成果，如需求规格说明书或测试报告。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Milestone m : input.project().milestones()) {
            if (m.deliverable().isEmpty()) {
                out.add(INFO.finding(Show.subject(m),
                        Text.of("milestone " + m.id() + " has no deliverable",
                                "里程碑 " + m.id() + " 没有交付物"),
                        REMEDY));
            }
        }
        return List.copyOf(out);
    }
}
