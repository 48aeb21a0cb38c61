// Change control: one change request of the CRM upgrade from its approval route to a new baseline
// version, with the maker-checker control, the impact preview before anyone approves, and the
// tamper-evident decision log.
//
// Run it from the repository root:   ./pmokit notebook change-control

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.examples.Samples;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.change.ApprovalRoute;
import org.pmokit.rules.change.ApprovalRouting;
import org.pmokit.rules.change.BaselineOption;
import org.pmokit.rules.change.ChangePreview;
import org.pmokit.rules.change.ChangeRules;
import org.pmokit.rules.change.ChangeWorkflow;
import org.pmokit.rules.change.DecisionLog;
import org.pmokit.rules.change.ImpactPreview;
import org.pmokit.rules.change.LogVerification;
import org.pmokit.rules.change.Refusal;
import org.pmokit.rules.change.Result;
import org.pmokit.rules.change.Transition;

Project crm = Samples.read("crm-upgrade-2026.json").orElseThrow();
ChangeRequestId CR2 = ChangeRequestId.of("CR2");

ChangeRequest cr2(Project p) {
    return p.changeRequests().stream().filter(c -> c.id().equals(CR2)).findFirst().orElseThrow();
}

Decision vote(String by, Role role, DecisionType type, String at) {
    return new Decision(by, role, type, OffsetDateTime.parse(at), Optional.empty());
}

// CR2 asks for a new data source: +350,000.00 and +8 working days, and it touches compliance.
// It has been assessed and waits for a decision.
ChangeRequest change = cr2(crm);
System.out.println(change.id() + " \"" + change.title() + "\" by " + change.requester() + ": " + change.status());

// 1. Who must approve it (FORMULAS.md section 7): 350,000 / BAC 8,000,000 = 4.375%, above the
//    project manager's 1% and within the board's 5%; 8 working days, above 5 and within 20.
ApprovalRoute route = ApprovalRouting.standard().route(crm, change).orElseThrow();
System.out.println("route: " + route.explanation().english());
System.out.println("路径: " + route.explanation().chinese());
System.out.println("roles " + route.requiredRoles() + ", board quorum " + route.quorum());

// 2. What it would do, before anyone approves: the edits applied to a copy of the project, measured
//    by the critical path and earned value engines at the status date 2026-04-30. The assessment
//    said +8 days; A6 had 2 days of float, so the forecast finish moves by 6.
EvaluationContext atStatus = EvaluationContext.of(crm);
ChangePreview preview = ImpactPreview.engines().preview(crm, CR2, atStatus).orElseThrow();
System.out.println("preview: " + preview.summary().english());
System.out.println("预览: " + preview.summary().chinese());

// 3. Maker-checker: the requester sits on the board, but cannot approve its own change; the
//    project manager cannot decide a change of this size at all. Refusals are values, not errors,
//    and leave the project as it was.
ChangeWorkflow workflow = ChangeWorkflow.standard();
Refusal own = workflow.decide(crm, CR2, vote("Retail banking division", Role.CCB_MEMBER, DecisionType.APPROVE,
        "2026-05-06T09:30:00+08:00")).why().orElseThrow();
System.out.println("refused (" + own.reason() + "): " + own.message().english());
Refusal pm = workflow.decide(crm, CR2, vote("PMO project manager", Role.PROJECT_MANAGER, DecisionType.APPROVE,
        "2026-05-06T09:35:00+08:00")).why().orElseThrow();
System.out.println("refused (" + pm.reason() + "): " + pm.message().english());

// 4. The board votes (a quorum of 3, simple majority), then the compliance officer. Each decision
//    is sealed into the log as it is recorded; one person cannot vote twice.
Project p = crm;
p = workflow.decide(p, CR2, vote("CCB chair", Role.CCB_MEMBER, DecisionType.APPROVE, "2026-05-06T10:00:00+08:00")).orElseThrow().project();
p = workflow.decide(p, CR2, vote("CIO delegate", Role.CCB_MEMBER, DecisionType.APPROVE, "2026-05-06T10:05:00+08:00")).orElseThrow().project();
Refusal twice = workflow.decide(p, CR2, vote("CIO delegate", Role.CCB_MEMBER, DecisionType.APPROVE,
        "2026-05-06T10:06:00+08:00")).why().orElseThrow();
System.out.println("refused (" + twice.reason() + "): " + twice.message().english());
p = workflow.decide(p, CR2, vote("Finance controller", Role.CCB_MEMBER, DecisionType.REJECT, "2026-05-06T10:10:00+08:00")).orElseThrow().project();
// The quorum has voted and 2 of 3 approve: the board has approved, but the change stays assessed
// until the compliance officer decides; another board vote would now be refused.
System.out.println("after the board (2 of 3 approve): " + cr2(p).status() + ", still awaiting the compliance officer");
p = workflow.decide(p, CR2, vote("Compliance officer", Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, "2026-05-07T09:00:00+08:00")).orElseThrow().project();
System.out.println("after the compliance officer: " + cr2(p).status());

// 5. The log verifies. Then someone turns the finance controller's rejection into an approval in
//    the document: the verification names that decision (the third), whatever the hashes after it say.
LogVerification intact = DecisionLog.verify(cr2(p));
System.out.println(intact.status() + ": " + intact.message().english());
ChangeRequest sealed = cr2(p);
List<Decision> edited = new ArrayList<>(sealed.decisions());
Decision third = edited.get(2);
edited.set(2, new Decision(third.by(), third.role(), DecisionType.APPROVE, third.at(), third.comment(), third.hash()));
ChangeRequest tampered = new ChangeRequest(sealed.id(), sealed.title(), sealed.type(), sealed.requester(),
        sealed.submitted(), sealed.impact(), sealed.status(), edited, sealed.activities(), sealed.history());
LogVerification broken = DecisionLog.verify(tampered);
System.out.println(broken.status() + " at decision " + (broken.firstMismatch().getAsInt() + 1) + ": " + broken.message().english());
System.out.println("keep this head hash in the audit store: " + DecisionLog.head(sealed).orElseThrow());

// 6. Implementation: the edits are applied and, on request, baseline version 2 is made from the
//    changed schedule, dated the day of the approval and linked to CR2; version 1 is kept.
Transition implemented = workflow.implement(p, CR2, "Data platform lead", OffsetDateTime.parse("2026-05-08T18:00:00+08:00"),
        BaselineOption.NEW_VERSION).orElseThrow();
p = implemented.project();
System.out.println(implemented.from() + " -> " + implemented.to() + "; baselines " + p.baselines().size() + ", current version "
        + p.currentBaseline().orElseThrow().version() + " approved " + p.currentBaseline().orElseThrow().approved()
        + " for " + p.currentBaseline().orElseThrow().change().orElseThrow());

// The same person cannot verify what they implemented.
Refusal verifyOwn = workflow.verify(p, CR2, "Data platform lead", OffsetDateTime.parse("2026-05-11T10:00:00+08:00")).why().orElseThrow();
System.out.println("refused (" + verifyOwn.reason() + "): " + verifyOwn.message().english());

// 7. The CHG rules on the sample as it is: CR2 has waited 20 days for a decision (policy: 10).
for (Finding f : RuleSet.of(ChangeRules.pack()).evaluate(crm, atStatus).findings()) {
    System.out.println(f.ruleId() + " " + f.subject() + ": " + f.message().english());
}
