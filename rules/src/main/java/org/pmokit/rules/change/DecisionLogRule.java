package org.pmokit.rules.change;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * CHG-006: the decision log of every change request verifies ({@link DecisionLog#verify(ChangeRequest)}):
 * a decision that does not match its hash, or that lacks one in a sealed log, shows that the log was
 * changed after the fact. A log recorded before sealing (no hash, no history) is not reported.
 */
final class DecisionLogRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(ChangeRules.DECISION_LOG, Words.PACK, Area.CHANGE, Subject.CHANGE_REQUEST,
            Text.of("Decision logs are intact", "决策日志未被篡改"), Severity.ERROR);

    /** The threshold: every decision matches its hash. */
    private static final Text EVERY_DECISION_MATCHES = Text.of("every decision matches its hash", "每项决策均与其哈希值相符");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> found = new ArrayList<>();
        for (ChangeRequest c : input.project().changeRequests()) {
            LogVerification v = DecisionLog.verify(c);
            if (!v.isBroken()) {
                continue;
            }
            Text first = Words.decisionNumber(v.firstMismatch().getAsInt());
            found.add(INFO.finding(Words.subject(c) + ".decisions[" + v.firstMismatch().getAsInt() + "]",
                    Text.of("The decision log was changed after the fact: " + v.message().english() + ".",
                            "决策日志在记录后被改动：" + v.message().chinese() + "。"),
                    Text.of("Compare the decision log with the audit trail kept elsewhere, restore the original decisions,"
                            + " and find out who changed them.", "将决策日志与其他位置保存的审计轨迹核对，恢复原始决策，并查明改动人。"))
                    .withMeasure(Text.of(first.english() + " does not match", first.chinese() + "与其哈希值不符"),
                            EVERY_DECISION_MATCHES));
        }
        return found;
    }
}
