package org.pmokit.rules.goals;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.pmokit.core.project.Milestone;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;

/**
 * A check that every milestone has one part (a due date, a kind, a deliverable, acceptance
 * criteria, an owner): one finding per milestone without it. Each MILE rule of that kind names the
 * part and its words.
 *
 * <p>This class is immutable and thread-safe.
 */
abstract class MilestonePartRule implements Rule {

    private final RuleInfo info;
    private final Predicate<Milestone> missing;
    private final String english;
    private final String chinese;
    private final Text remedy;

    /**
     * Creates the rule.
     *
     * @param info what the rule is
     * @param missing whether a milestone lacks the part
     * @param english the English message after "milestone M1 ", such as "has no owner"
     * @param chinese the Chinese message after "里程碑 M1 ", such as "没有负责人"
     * @param remedy what to do
     */
    MilestonePartRule(RuleInfo info, Predicate<Milestone> missing, String english, String chinese, Text remedy) {
        this.info = info;
        this.missing = missing;
        this.english = english;
        this.chinese = chinese;
        this.remedy = remedy;
    }

    @Override
    public final RuleInfo info() {
        return info;
    }

    @Override
    public final List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Milestone m : input.project().milestones()) {
            if (missing.test(m)) {
                out.add(info.finding(Show.subject(m),
                        Text.lazy(() -> Text.of("milestone " + m.id() + " " + english, "里程碑 " + m.id() + " " + chinese)),
                        remedy));
            }
        }
        return List.copyOf(out);
    }
}
