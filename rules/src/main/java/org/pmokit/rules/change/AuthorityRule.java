package org.pmokit.rules.change;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;
import org.pmokit.rules.finance.FinanceRules;

/**
 * CHG-007: a change request that was approved (APPROVED or any later status) has, among the
 * decisions of its last round, the approval of the authority its size calls for
 * ({@link ApprovalRouting}, against the project's BAC before the baseline version made for the change,
 * if it has one, else its current BAC): the project manager's, the steering
 * committee's, or a simple majority of a quorum of the change control board. It catches approvals
 * recorded outside the workflow. The compliance officer's approval is CHG-005's to check.
 */
final class AuthorityRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(ChangeRules.AUTHORITY, Words.PACK, Area.CHANGE, Subject.CHANGE_REQUEST,
            Text.of("Approved changes were approved by the authority their size calls for", "已批准的变更经与其规模相称的审批机构批准"),
            Severity.ERROR);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        ApprovalRouting routing = ApprovalRouting.of(input.policy());
        List<Finding> found = new ArrayList<>();
        for (ChangeRequest c : input.project().changeRequests()) {
            if (!Steps.APPROVED.contains(c.status()) || c.impact().isEmpty()) {
                continue;
            }
            ApprovalRoute route = routing.route(c.impact().get(),
                    FinanceRules.budgetAtCompletion(beforeItsBaseline(input.project(), c)));
            if (Votes.of(route, Steps.round(c)).authority().filter(d -> d == DecisionType.APPROVE).isPresent()) {
                continue;
            }
            Text who = Words.change(c);
            Text status = Words.status(c.status());
            Text authority = route.authority().label();
            found.add(INFO.finding(Words.subject(c),
                    Text.of(who.english() + " is " + status.english() + " without the approval of " + authority.english()
                            + " that its route calls for: it " + route.explanation().english() + ".",
                            who.chinese() + "状态为" + status.chinese() + "，但未经其审批路径要求的" + authority.chinese()
                                    + "批准：" + route.explanation().chinese() + "。"),
                    Text.of("Have " + authority.english() + " decide the change before it goes further, and find out how it"
                            + " was approved without them.",
                            "在变更继续推进前交由" + authority.chinese() + "决策，并查明其为何未经批准即获通过。"))
                    .withMeasure(Text.of("no approval by " + authority.english(), "未经" + authority.chinese() + "批准"),
                            Text.of("approval by " + authority.english(), "须经" + authority.chinese() + "批准")));
        }
        return found;
    }

    /**
     * The project as its BAC stood when a change was decided: without the baseline version made for
     * the change on its implementation, and the later ones, since the new BAC already holds the
     * change (and a cost growth or saving would move its share of BAC across a limit).
     */
    static Project beforeItsBaseline(Project project, ChangeRequest change) {
        OptionalInt made = project.baselines().stream().filter(b -> b.change().filter(change.id()::equals).isPresent())
                .mapToInt(Baseline::version).min();
        if (made.isEmpty()) {
            return project;
        }
        List<Baseline> earlier = project.baselines().stream().filter(b -> b.version() < made.getAsInt()).toList();
        return project.toBuilder().baselines(earlier).build();
    }
}
