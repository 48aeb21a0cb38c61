package org.pmokit.rules.change;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.ImpactAssessment;
import org.pmokit.core.project.ImpactLevel;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.core.project.StatusChange;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.RuleSet;

/**
 * A small project for the change-control tests, on the Monday-to-Friday calendar from Monday
 * 2026-01-05: A1 Design (5 days, 300,000) -> A2 Build (10 days, 500,000) -> A3 Test (5 days,
 * 200,000), baselined as planned (A1 Jan 5-9, A2 Jan 12-23, A3 Jan 26-30), so BAC = 1,000,000.00;
 * contingency reserve 150,000.00.
 *
 * <p>Change request CR1 (requested by Wang Fang) proposes A2b Fraud screening (8 days, 44,000.00)
 * after A2 and before A3: cost +44,000.00 = 4.4% of BAC and +8 working days, affecting compliance,
 * so it routes to the change control board and the compliance officer.
 */
final class ChangeFixtures {

    static final Currency CNY = Currency.getInstance("CNY");
    static final LocalDate START = LocalDate.of(2026, 1, 5);
    static final ChangeRequestId CR1 = ChangeRequestId.of("CR1");

    static final String REQUESTER = "Wang Fang";
    static final String ASSESSOR = "Li Na";
    static final String PM = "Sun Hao";
    static final String CCB_1 = "Zhang Wei";
    static final String CCB_2 = "Chen Jie";
    static final String CCB_3 = "Liu Yang";
    static final String CCB_4 = "Zhou Ping";
    static final String CCB_5 = "Wu Lei";
    static final String COMPLIANCE = "Zhao Min";
    static final String IMPLEMENTER = "Huang Tao";
    static final String VERIFIER = "Xu Lin";

    /** Monday 2026-01-12 09:00 in Beijing: when CR1 is drafted; later steps are hours after it. */
    static final OffsetDateTime T0 = OffsetDateTime.parse("2026-01-12T09:00:00+08:00");

    private ChangeFixtures() {
    }

    static Money cny(String amount) {
        return Money.of(CNY, amount);
    }

    /** {@link #T0} plus some hours. */
    static OffsetDateTime at(int hours) {
        return T0.plusHours(hours);
    }

    static Activity activity(String id, String name, int duration, String budget, String... predecessors) {
        Activity.Builder b = Activity.builder(id, name).duration(duration).budget(cny(budget));
        for (String p : predecessors) {
            b.predecessor(p);
        }
        return b.build();
    }

    static BaselineActivity row(String id, String start, String finish, String budget) {
        return new BaselineActivity(ActivityId.of(id), LocalDate.parse(start), LocalDate.parse(finish), cny(budget));
    }

    static Baseline baseline() {
        return new Baseline(1, START, List.of(row("A1", "2026-01-05", "2026-01-09", "300000.00"),
                row("A2", "2026-01-12", "2026-01-23", "500000.00"), row("A3", "2026-01-26", "2026-01-30", "200000.00")));
    }

    /** CR1's impact: +44,000.00 (4.4% of BAC), +8 working days, compliance affected. */
    static ImpactAssessment impact() {
        return impact("44000.00", 8, true);
    }

    static ImpactAssessment impact(String cost, int days, boolean compliance) {
        return new ImpactAssessment(cny(cost), days, ImpactLevel.MEDIUM, ImpactLevel.HIGH, ImpactLevel.MEDIUM, compliance);
    }

    /** A2b after A2, and A3 after A2b. */
    static ActivityChanges edits() {
        return new ActivityChanges(List.of(activity("A2b", "Fraud screening", 8, "44000.00", "A2")), List.of(), List.of(),
                List.of(new PredecessorAddition(ActivityId.of("A3"), ActivityId.of("A2b"), DependencyType.FS, 0)));
    }

    /** CR1 in a status, with an impact, the edits, and no history or decisions. */
    static ChangeRequest change(ChangeStatus status, Optional<ImpactAssessment> impact) {
        return new ChangeRequest(CR1, "Add fraud screening", ChangeType.SCOPE, REQUESTER, Optional.empty(), impact, status,
                List.of(), Optional.of(edits()));
    }

    static ChangeRequest change(ChangeStatus status) {
        return change(status, Optional.of(impact()));
    }

    static Project.Builder projectBuilder() {
        return Project.builder("P1", "Change test").currency(CNY).calendar(WorkCalendar.MON_FRI).start(START)
                .budget(Budget.of(cny("1250000.00"), cny("150000.00"), cny("100000.00")))
                .activity(activity("A1", "Design", 5, "300000.00"))
                .activity(activity("A2", "Build", 10, "500000.00", "A1"))
                .activity(activity("A3", "Test", 5, "200000.00", "A2"))
                .baseline(baseline());
    }

    /** The project with one change request. */
    static Project project(ChangeRequest change) {
        return projectBuilder().changeRequest(change).build();
    }

    /** The project with CR1 as a draft. */
    static Project draft() {
        return project(change(ChangeStatus.DRAFT));
    }

    static Decision decision(String by, Role role, DecisionType type, OffsetDateTime at) {
        return new Decision(by, role, type, at, Optional.empty());
    }

    static ChangeRequest cr(Project project) {
        return project.changeRequests().stream().filter(c -> c.id().equals(CR1)).findFirst().orElseThrow();
    }

    /** The project after a step that must be accepted. */
    static Project ok(Result<Transition> result) {
        return result.orElseThrow().project();
    }

    /** CR1 submitted by the requester at T0+1 h and assessed by the assessor at T0+2 h. */
    static Project assessed() {
        return assessed(draft());
    }

    static Project assessed(Project project) {
        ChangeWorkflow wf = ChangeWorkflow.standard();
        Project submitted = ok(wf.submit(project, CR1, REQUESTER, at(1)));
        return ok(wf.assess(submitted, CR1, ASSESSOR, at(2)));
    }

    /** CR1 approved by three board members and the compliance officer at T0+3 h to T0+6 h. */
    static Project approved() {
        ChangeWorkflow wf = ChangeWorkflow.standard();
        Project p = assessed();
        p = ok(wf.decide(p, CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3))));
        p = ok(wf.decide(p, CR1, decision(CCB_2, Role.CCB_MEMBER, DecisionType.APPROVE, at(4))));
        p = ok(wf.decide(p, CR1, decision(CCB_3, Role.CCB_MEMBER, DecisionType.APPROVE, at(5))));
        return ok(wf.decide(p, CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(6))));
    }

    static List<Finding> findings(Project project, LocalDate statusDate, Policy policy, String ruleId) {
        Evaluation e = RuleSet.of(ChangeRules.pack()).evaluate(project, EvaluationContext.at(statusDate).withPolicy(policy));
        return e.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    }

    static List<Finding> findings(Project project, LocalDate statusDate, String ruleId) {
        return findings(project, statusDate, Policy.defaults(), ruleId);
    }

    /** A change request recorded directly, as a document may hold it. */
    static ChangeRequest recorded(String id, ChangeStatus status, ImpactAssessment impact, List<Decision> decisions,
            List<StatusChange> history) {
        return new ChangeRequest(ChangeRequestId.of(id), "Change " + id, ChangeType.SCOPE, REQUESTER, Optional.empty(),
                Optional.of(impact), status, decisions, Optional.empty(), history);
    }

    static StatusChange step(ChangeStatus status, String by, OffsetDateTime at) {
        return new StatusChange(status, by, at);
    }
}
