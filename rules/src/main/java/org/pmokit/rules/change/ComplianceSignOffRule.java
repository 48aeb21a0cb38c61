package org.pmokit.rules.change;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * CHG-005: a change request whose impact assessment says it affects compliance, and that was
 * approved (APPROVED or any later status), has the compliance officer's approval among the
 * decisions of its last round (FORMULAS.md section 7: any compliance impact adds the compliance
 * officer).
 */
final class ComplianceSignOffRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(ChangeRules.COMPLIANCE_SIGN_OFF, Words.PACK, Area.CHANGE,
            Subject.CHANGE_REQUEST,
            Text.of("Compliance-impacting changes are approved by the compliance officer", "影响合规的变更经合规官批准"),
            Severity.ERROR);

    /** The measured value: the compliance officer has not approved. */
    private static final Text NOT_SIGNED = Text.of("no approval by the compliance officer", "未经合规官批准");
    /** The threshold: the compliance officer approves. */
    private static final Text SIGNED = Text.of("approval by the compliance officer", "须经合规官批准");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> found = new ArrayList<>();
        for (ChangeRequest c : input.project().changeRequests()) {
            if (!Steps.APPROVED.contains(c.status()) || c.impact().isEmpty() || !c.impact().get().compliance()) {
                continue;
            }
            boolean signed = Steps.round(c).stream()
                    .anyMatch(d -> d.role() == Role.COMPLIANCE_OFFICER && d.decision() == DecisionType.APPROVE);
            if (signed) {
                continue;
            }
            Text who = Words.change(c);
            Text status = Words.status(c.status());
            found.add(INFO.finding(Words.subject(c),
                    Text.of(who.english() + " affects compliance and is " + status.english()
                            + ", but the compliance officer has not approved it.",
                            who.chinese() + "影响合规，状态为" + status.chinese() + "，但合规官未批准该变更。"),
                    Text.of("Have the compliance officer review the change before it goes further, and find out how it was"
                            + " approved without them.", "在变更继续推进前交由合规官审查，并查明其为何未经合规官批准即获通过。"))
                    .withMeasure(NOT_SIGNED, SIGNED));
        }
        return found;
    }
}
