package org.pmokit.rules.change;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKey;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * A change request that has waited in a status longer than the policy allows: the calendar days
 * from the date it entered the status (in the offset it was recorded in) to the status date are
 * more than the policy's limit. A change request whose start date is unknown is skipped. One class
 * for the three waits of the pack (CHG-001 a decision, CHG-002 implementation, CHG-003
 * verification), told apart by their parameters.
 */
final class OverdueRule implements Rule {

    private final RuleInfo info;
    private final Set<ChangeStatus> statuses;
    private final Function<ChangeRequest, Optional<LocalDate>> since;
    private final PolicyKey<Integer> limit;
    private final Text event;
    private final Text waitingFor;
    private final Text remedy;

    /**
     * @param info the rule
     * @param statuses the statuses that wait
     * @param since when a change request entered the wait
     * @param limit the policy's limit in days
     * @param event what happened at the start, such as "submitted" and "提交"
     * @param waitingFor what it waits for, such as "for a decision" and "决策"
     * @param remedy what to do
     */
    OverdueRule(RuleInfo info, Set<ChangeStatus> statuses, Function<ChangeRequest, Optional<LocalDate>> since,
            PolicyKey<Integer> limit, Text event, Text waitingFor, Text remedy) {
        this.info = info;
        this.statuses = Set.copyOf(statuses);
        this.since = since;
        this.limit = limit;
        this.event = event;
        this.waitingFor = waitingFor;
        this.remedy = remedy;
    }

    /** CHG-001: waiting for a decision, since the last submission. */
    static OverdueRule decision() {
        return new OverdueRule(new RuleInfo(ChangeRules.DECISION_OVERDUE, Words.PACK, Area.CHANGE, Subject.CHANGE_REQUEST,
                Text.of("Change requests are decided within the time the policy allows", "变更请求在政策规定的时间内得到决策"),
                Severity.WARNING),
                Set.of(ChangeStatus.SUBMITTED, ChangeStatus.ASSESSED), Steps::waitingSince,
                PolicyKeys.CHANGE_DECISION_DAYS, Text.of("submitted", "提交"),
                Text.of("for a decision", "决策"),
                Text.of("Complete the impact assessment and bring the change to the authority its route calls for, or defer it.",
                        "完成影响评估并提交审批路径要求的审批机构决策，或将其推迟。"));
    }

    /** CHG-002: approved but not implemented, since the approval. */
    static OverdueRule implementation() {
        return new OverdueRule(new RuleInfo(ChangeRules.IMPLEMENTATION_OVERDUE, Words.PACK, Area.CHANGE,
                Subject.CHANGE_REQUEST,
                Text.of("Approved changes are implemented within the time the policy allows", "已批准的变更在政策规定的时间内实施"),
                Severity.WARNING),
                Set.of(ChangeStatus.APPROVED), c -> Steps.approvedAt(c).map(t -> t.toLocalDate()),
                PolicyKeys.CHANGE_IMPLEMENTATION_DAYS, Text.of("approved", "获批准"),
                Text.of("to be implemented", "实施"),
                Text.of("Plan the implementation with a date and an owner, or take the change back to its approvers.",
                        "确定实施日期与负责人，或将变更退回审批人重新决策。"));
    }

    /** CHG-003: implemented but not verified, since the implementation. */
    static OverdueRule verification() {
        return new OverdueRule(new RuleInfo(ChangeRules.VERIFICATION_OVERDUE, Words.PACK, Area.CHANGE,
                Subject.CHANGE_REQUEST,
                Text.of("Implemented changes are verified within the time the policy allows", "已实施的变更在政策规定的时间内验证"),
                Severity.WARNING),
                Set.of(ChangeStatus.IMPLEMENTED), c -> Steps.implementedAt(c).map(t -> t.toLocalDate()),
                PolicyKeys.CHANGE_VERIFICATION_DAYS, Text.of("implemented", "实施"),
                Text.of("to be verified", "验证"),
                Text.of("Have someone other than the implementer verify the change against its acceptance criteria.",
                        "由实施人以外的人员按验收标准验证该变更。"));
    }

    @Override
    public RuleInfo info() {
        return info;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        LocalDate statusDate = input.context().statusDate();
        int allowed = input.policy().get(limit);
        List<Finding> found = new ArrayList<>();
        for (ChangeRequest c : input.project().changeRequests()) {
            if (!statuses.contains(c.status())) {
                continue;
            }
            Optional<LocalDate> start = since.apply(c);
            if (start.isEmpty()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(start.get(), statusDate);
            if (days <= allowed) {
                continue;
            }
            Text waited = Words.days(days);
            Text max = Words.days(allowed);
            Text who = Words.change(c);
            found.add(info.finding(Words.subject(c),
                    Text.of(who.english() + " was " + event.english() + " on " + start.get() + " and has waited "
                            + waited.english() + " " + waitingFor.english() + "; the policy allows " + max.english() + ".",
                            who.chinese() + "于 " + start.get() + " " + event.chinese() + "，已等待" + waitingFor.chinese()
                                    + " " + waited.chinese() + "；政策允许 " + max.chinese() + "。"),
                    remedy).withMeasure(waited, max));
        }
        return found;
    }
}
