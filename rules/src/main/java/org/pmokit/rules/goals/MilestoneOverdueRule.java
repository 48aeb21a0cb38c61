package org.pmokit.rules.goals;

import java.time.LocalDate;
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
 * MILE-008: no milestone is overdue: one due before the status date and not yet reached is an
 * error. A milestone due on the status date itself is not yet overdue.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MilestoneOverdueRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("MILE-008", GoalRules.PACK, Area.GOALS, Subject.MILESTONE,
            Text.of("Milestone is not overdue: reached, or due on or after the status date",
                    "里程碑未逾期：已达成，或计划日期不早于状态日期"),
            Severity.ERROR);

    private static final Text REMEDY = Text.of(
            "Record the date it was reached, or forecast a new date and assess the impact on the schedule.",
            "如已达成，请记录达成日期；否则预测新的日期并评估对进度的影响。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        LocalDate status = input.context().statusDate();
        List<Finding> out = new ArrayList<>();
        for (Milestone m : input.project().milestones()) {
            if (m.actual().isEmpty() && m.due().isPresent() && m.due().get().isBefore(status)) {
                LocalDate due = m.due().get();
                out.add(INFO.finding(Show.subject(m), Text.lazy(() -> Text.of(
                        "milestone " + m.id() + " is overdue: due " + due + " and not reached by the status date " + status,
                        "里程碑 " + m.id() + " 已逾期：计划日期为 " + due + "，截至状态日期 " + status + " 仍未达成")),
                        REMEDY));
            }
        }
        return List.copyOf(out);
    }
}
