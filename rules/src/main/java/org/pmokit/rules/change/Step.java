package org.pmokit.rules.change;

import java.util.EnumSet;
import java.util.Set;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.rules.Text;

/** The steps of the change-control workflow: from which statuses each may be taken, and how it is named. */
enum Step {
    /** DRAFT or DEFERRED to SUBMITTED. */
    SUBMIT(EnumSet.of(ChangeStatus.DRAFT, ChangeStatus.DEFERRED), EnumSet.of(ChangeStatus.SUBMITTED),
            Text.of("submit", "提交"), Text.of("a draft or deferred change can be submitted", "草稿或已推迟的变更可以提交")),
    /** SUBMITTED to ASSESSED. */
    ASSESS(EnumSet.of(ChangeStatus.SUBMITTED), EnumSet.of(ChangeStatus.ASSESSED),
            Text.of("assess", "评估"), Text.of("a submitted change can be assessed", "已提交的变更可以评估")),
    /** ASSESSED to APPROVED, REJECTED or DEFERRED, or ASSESSED while decisions are awaited. */
    DECIDE(EnumSet.of(ChangeStatus.ASSESSED), EnumSet.of(ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.DEFERRED),
            Text.of("decide on", "决策"), Text.of("an assessed change can be decided on", "已评估的变更可以决策")),
    /** APPROVED to IMPLEMENTED. */
    IMPLEMENT(EnumSet.of(ChangeStatus.APPROVED), EnumSet.of(ChangeStatus.IMPLEMENTED),
            Text.of("implement", "实施"), Text.of("an approved change can be implemented", "已批准的变更可以实施")),
    /** IMPLEMENTED to VERIFIED. */
    VERIFY(EnumSet.of(ChangeStatus.IMPLEMENTED), EnumSet.of(ChangeStatus.VERIFIED),
            Text.of("verify", "验证"), Text.of("an implemented change can be verified", "已实施的变更可以验证")),
    /** VERIFIED to CLOSED. */
    CLOSE(EnumSet.of(ChangeStatus.VERIFIED), EnumSet.of(ChangeStatus.CLOSED),
            Text.of("close", "关闭"), Text.of("a verified change can be closed", "已验证的变更可以关闭"));

    private final Set<ChangeStatus> from;
    private final Set<ChangeStatus> to;
    private final Text verb;
    private final Text rule;

    Step(Set<ChangeStatus> from, Set<ChangeStatus> to, Text verb, Text rule) {
        this.from = Set.copyOf(from);
        this.to = Set.copyOf(to);
        this.verb = verb;
        this.rule = rule;
    }

    /** The statuses the step may be taken from. */
    Set<ChangeStatus> from() {
        return from;
    }

    /** The statuses the step may lead to. */
    Set<ChangeStatus> to() {
        return to;
    }

    /** The step as a verb, such as "implement" and "实施". */
    Text verb() {
        return verb;
    }

    /** From which statuses the step may be taken, as a sentence such as "an approved change can be implemented". */
    Text rule() {
        return rule;
    }
}
