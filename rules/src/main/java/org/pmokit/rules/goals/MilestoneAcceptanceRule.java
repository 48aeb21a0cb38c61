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
 * MILE-004: the milestone says how it is accepted and by whom; without acceptance criteria nobody can
 * tell whether it was reached (FORMULAS.md section 7; seed 002: milestones are measurable).
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneAcceptanceRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-004", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone has acceptance criteria", "里程碑有验收标准"), Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Write how the milestone is accepted and by whom, such as \"signed by business, IT and compliance\".",
            "写明里程碑如何验收、由谁验收，如“业务、科技与合规部门签字确认”。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Milestone m : input.project().milestones()) {
            if (m.acceptance().isEmpty()) {
                out.add(INFO.finding(Show.subject(m),
                        Text.of("milestone " + m.id() + " has no acceptance criteria",
                                "里程碑 " + m.id() + " 没有验收标准"),
                        REMEDY));
            }
        }
        return List.copyOf(out);
    }
}
