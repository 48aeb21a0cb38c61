package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.pmokit.rules.change.ChangeFixtures.ASSESSOR;
import static org.pmokit.rules.change.ChangeFixtures.CCB_1;
import static org.pmokit.rules.change.ChangeFixtures.CCB_2;
import static org.pmokit.rules.change.ChangeFixtures.CCB_3;
import static org.pmokit.rules.change.ChangeFixtures.CCB_4;
import static org.pmokit.rules.change.ChangeFixtures.COMPLIANCE;
import static org.pmokit.rules.change.ChangeFixtures.CR1;
import static org.pmokit.rules.change.ChangeFixtures.IMPLEMENTER;
import static org.pmokit.rules.change.ChangeFixtures.PM;
import static org.pmokit.rules.change.ChangeFixtures.REQUESTER;
import static org.pmokit.rules.change.ChangeFixtures.VERIFIER;
import static org.pmokit.rules.change.ChangeFixtures.approved;
import static org.pmokit.rules.change.ChangeFixtures.assessed;
import static org.pmokit.rules.change.ChangeFixtures.at;
import static org.pmokit.rules.change.ChangeFixtures.change;
import static org.pmokit.rules.change.ChangeFixtures.cr;
import static org.pmokit.rules.change.ChangeFixtures.decision;
import static org.pmokit.rules.change.ChangeFixtures.draft;
import static org.pmokit.rules.change.ChangeFixtures.impact;
import static org.pmokit.rules.change.ChangeFixtures.ok;
import static org.pmokit.rules.change.ChangeFixtures.project;
import static org.pmokit.rules.change.ChangeFixtures.step;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;

class ChangeWorkflowTest {

    private static final ChangeWorkflow WF = ChangeWorkflow.standard();

    private static Refusal refusal(Result<Transition> result) {
        assertThat(result.isAccepted()).as("refused: %s", result).isFalse();
        return result.why().orElseThrow();
    }

    // ---- the transition table -------------------------------------------------------------------------

    static Stream<Arguments> nextStatuses() {
        return Stream.of(
                Arguments.of(ChangeStatus.DRAFT, Set.of(ChangeStatus.SUBMITTED)),
                Arguments.of(ChangeStatus.SUBMITTED, Set.of(ChangeStatus.ASSESSED)),
                Arguments.of(ChangeStatus.ASSESSED, Set.of(ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.DEFERRED)),
                Arguments.of(ChangeStatus.APPROVED, Set.of(ChangeStatus.IMPLEMENTED)),
                Arguments.of(ChangeStatus.REJECTED, Set.of()),
                Arguments.of(ChangeStatus.DEFERRED, Set.of(ChangeStatus.SUBMITTED)),
                Arguments.of(ChangeStatus.IMPLEMENTED, Set.of(ChangeStatus.VERIFIED)),
                Arguments.of(ChangeStatus.VERIFIED, Set.of(ChangeStatus.CLOSED)),
                Arguments.of(ChangeStatus.CLOSED, Set.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("nextStatuses")
    void next_isTheWorkflowOfTheIssue(ChangeStatus from, Set<ChangeStatus> to) {
        assertThat(ChangeWorkflow.next(from)).isEqualTo(to);
    }

    @Test
    void next_iteratesInTheOrderOfTheStatuses() {
        assertThat(ChangeWorkflow.next(ChangeStatus.ASSESSED))
                .containsExactly(ChangeStatus.APPROVED, ChangeStatus.REJECTED, ChangeStatus.DEFERRED);
    }

    /** Takes one step on CR1 in a status, with a history that allows it; decisions by a board member. */
    private static Result<Transition> take(Step step, ChangeStatus status) {
        Project p = project(change(status));
        OffsetDateTime at = at(10);
        return switch (step) {
            case SUBMIT -> WF.submit(p, CR1, REQUESTER, at);
            case ASSESS -> WF.assess(p, CR1, ASSESSOR, at);
            case DECIDE -> WF.decide(p, CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at));
            case IMPLEMENT -> WF.implement(p, CR1, IMPLEMENTER, at, BaselineOption.KEEP);
            case VERIFY -> WF.verify(p, CR1, VERIFIER, at);
            case CLOSE -> WF.close(p, CR1, PM, at);
        };
    }

    static Stream<Arguments> everyStepFromEveryStatus() {
        List<Arguments> all = new ArrayList<>();
        for (Step step : Step.values()) {
            for (ChangeStatus status : ChangeStatus.values()) {
                all.add(Arguments.of(step, status));
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyStepFromEveryStatus")
    void everyStep_isAcceptedExactlyFromItsStatuses_andRefusedWithTheReasonOtherwise(Step step, ChangeStatus status) {
        Result<Transition> result = take(step, status);

        if (step.from().contains(status)) {
            Transition t = result.orElseThrow();
            assertThat(t.from()).isEqualTo(status);
            // a single board vote does not decide: the change stays assessed
            Set<ChangeStatus> expected = step == Step.DECIDE ? Set.of(ChangeStatus.ASSESSED) : step.to();
            assertThat(expected).contains(t.to());
            assertThat(ChangeWorkflow.next(status).contains(t.to()) || t.to() == status).isTrue();
        } else {
            Refusal r = refusal(result);
            assertThat(r.reason()).isEqualTo(Refusal.Reason.INVALID_TRANSITION);
            assertThat(r.message().english()).startsWith("cannot " + step.verb().english() + " change request CR1: it is "
                    + Words.status(status).english() + "; only " + step.rule().english());
            assertThat(r.message().chinese()).isEqualTo("无法" + step.verb().chinese() + "变更请求 CR1：其状态为"
                    + Words.status(status).chinese() + "；只有" + step.rule().chinese());
        }
    }

    @Test
    void invalidTransition_message_inBothLanguages() {
        Refusal r = refusal(take(Step.IMPLEMENT, ChangeStatus.ASSESSED));

        assertThat(r.message().english())
                .isEqualTo("cannot implement change request CR1: it is assessed; only an approved change can be implemented");
        assertThat(r.message().chinese()).isEqualTo("无法实施变更请求 CR1：其状态为已评估；只有已批准的变更可以实施");
    }

    @Test
    void refusal_leavesTheProjectAsItWas() {
        Project p = project(change(ChangeStatus.CLOSED));

        assertThat(WF.submit(p, CR1, REQUESTER, at(1)).isAccepted()).isFalse();
        assertThat(cr(p).status()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(cr(p).history()).isEmpty();
    }

    // ---- the whole way, with the history -----------------------------------------------------------

    @Test
    void fullWorkflow_recordsEveryStep_sealsEveryDecision_andAppliesTheChangeWithANewBaseline() {
        Project p = approved();
        p = ok(WF.implement(p, CR1, IMPLEMENTER, at(30), BaselineOption.NEW_VERSION));
        p = ok(WF.verify(p, CR1, VERIFIER, at(40)));
        p = ok(WF.close(p, CR1, PM, at(50)));

        ChangeRequest c = cr(p);
        assertThat(c.status()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(c.submitted()).contains(LocalDate.of(2026, 1, 12));
        assertThat(c.history()).containsExactly(
                step(ChangeStatus.SUBMITTED, REQUESTER, at(1)),
                step(ChangeStatus.ASSESSED, ASSESSOR, at(2)),
                step(ChangeStatus.APPROVED, COMPLIANCE, at(6)),
                step(ChangeStatus.IMPLEMENTED, IMPLEMENTER, at(30)),
                step(ChangeStatus.VERIFIED, VERIFIER, at(40)),
                step(ChangeStatus.CLOSED, PM, at(50)));
        assertThat(c.decisions()).extracting(Decision::by).containsExactly(CCB_1, CCB_2, CCB_3, COMPLIANCE);
        assertThat(c.decisions()).allSatisfy(d -> assertThat(d.hash()).isPresent());
        assertThat(DecisionLog.verify(c).isIntact()).isTrue();
        // the change applied: A2b added after A2, and A3 after A2b as well as A2
        assertThat(p.activities()).extracting(a -> a.id().toString()).containsExactly("A1", "A2", "A3", "A2b");
        assertThat(p.activities().get(2).predecessors()).containsExactly(Dependency.fs("A2"),
                new Dependency(ActivityId.of("A2b"), DependencyType.FS, 0));
        // baseline 2: approved on the day of the approval (Jan 12, 15:00 Beijing), linked to CR1; baseline 1 kept
        assertThat(p.baselines()).extracting(Baseline::version).containsExactly(1, 2);
        Baseline b2 = p.currentBaseline().orElseThrow();
        assertThat(b2.approved()).isEqualTo(LocalDate.of(2026, 1, 12));
        assertThat(b2.change()).contains(CR1);
        assertThat(p.baselines().get(0)).isEqualTo(ChangeFixtures.baseline());
    }

    @Test
    void submit_setsTheSubmissionDate_onlyTheFirstTime() {
        Project p = ok(WF.submit(draft(), CR1, REQUESTER, OffsetDateTime.parse("2026-01-12T23:30:00+08:00")));

        // the date in the instant's own offset: still the 12th in Beijing
        assertThat(cr(p).submitted()).contains(LocalDate.of(2026, 1, 12));
    }

    @Test
    void transition_leavesTheGivenProjectUnchanged_andKeepsTheOtherChangeRequests() {
        ChangeRequest other = new ChangeRequest(ChangeRequestId.of("CR0"), "Other", org.pmokit.core.project.ChangeType.COST,
                "Someone", Optional.empty(), Optional.empty(), ChangeStatus.DRAFT, List.of(), Optional.empty());
        Project before = ChangeFixtures.projectBuilder().changeRequest(other).changeRequest(change(ChangeStatus.DRAFT)).build();

        Transition t = WF.submit(before, CR1, REQUESTER, at(1)).orElseThrow();

        assertThat(cr(before).status()).isEqualTo(ChangeStatus.DRAFT);
        assertThat(t.project().changeRequests()).extracting(ChangeRequest::id).containsExactly(other.id(), CR1);
        assertThat(t.project().changeRequests().get(0)).isSameAs(other);
        assertThat(t.change()).isEqualTo(cr(t.project()));
    }

    // ---- refusals ------------------------------------------------------------------------------------

    @Test
    void unknownChange_isRefused_namingProjectAndChange() {
        Refusal r = refusal(WF.submit(draft(), ChangeRequestId.of("CR9"), REQUESTER, at(1)));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.UNKNOWN_CHANGE);
        assertThat(r.message()).isEqualTo(org.pmokit.rules.Text.of("project P1 has no change request CR9",
                "项目 P1 中没有变更请求 CR9"));
    }

    @Test
    void assess_withoutImpactAssessment_isRefused() {
        Project p = ok(WF.submit(project(change(ChangeStatus.DRAFT, Optional.empty())), CR1, REQUESTER, at(1)));

        Refusal r = refusal(WF.assess(p, CR1, ASSESSOR, at(2)));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.NO_IMPACT_ASSESSMENT);
        assertThat(r.message().english()).isEqualTo("cannot assess change request CR1: it has no impact assessment");
        assertThat(r.message().chinese()).isEqualTo("无法评估变更请求 CR1：尚无影响评估");
    }

    @Test
    void assess_withAnImpactAssessment_recordsIt() {
        Project p = ok(WF.submit(project(change(ChangeStatus.DRAFT, Optional.empty())), CR1, REQUESTER, at(1)));

        Project q = ok(WF.assess(p, CR1, impact("1.00", 0, false), ASSESSOR, at(2)));

        assertThat(cr(q).impact()).contains(impact("1.00", 0, false));
        assertThat(cr(q).status()).isEqualTo(ChangeStatus.ASSESSED);
    }

    @Test
    void decide_withoutImpactAssessment_isRefused() {
        Project p = project(change(ChangeStatus.ASSESSED, Optional.empty()));

        Refusal r = refusal(WF.decide(p, CR1, decision(PM, Role.PROJECT_MANAGER, DecisionType.APPROVE, at(1))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.NO_IMPACT_ASSESSMENT);
        assertThat(r.message().english()).isEqualTo("cannot decide on change request CR1: it has no impact assessment");
        assertThat(r.message().chinese()).isEqualTo("无法决策变更请求 CR1：尚无影响评估");
    }

    @Test
    void aStepDatedBeforeTheLastRecordedOne_isRefused() {
        Project p = assessed(); // assessed at T0+2 h

        Refusal r = refusal(WF.decide(p, CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(1))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.OUT_OF_ORDER);
        assertThat(r.message().english()).isEqualTo("cannot decide on change request CR1 at 2026-01-12T10:00:00+08:00:"
                + " that is before its last recorded step at 2026-01-12T11:00:00+08:00");
        assertThat(r.message().chinese()).isEqualTo(
                "无法于 2026-01-12T10:00:00+08:00 决策变更请求 CR1：早于其最近一次记录的步骤（2026-01-12T11:00:00+08:00）");
    }

    @Test
    void aStepAtTheSameInstantAsTheLastOne_isAccepted() {
        assertThat(WF.decide(assessed(), CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(2))).isAccepted())
                .isTrue();
    }

    @Test
    void instantsAreComparedAsInstants_notAsLocalTimes() {
        // 04:00 UTC is 12:00 in Beijing: after the assessment at 11:00 Beijing
        OffsetDateTime utc = OffsetDateTime.parse("2026-01-12T04:00:00Z");
        assertThat(WF.decide(assessed(), CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, utc)).isAccepted())
                .isTrue();
        // 02:00 UTC is 10:00 in Beijing: before it
        OffsetDateTime early = OffsetDateTime.parse("2026-01-12T02:00:00Z");
        assertThat(refusal(WF.decide(assessed(), CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, early)))
                .reason()).isEqualTo(Refusal.Reason.OUT_OF_ORDER);
    }

    @Test
    void aBlankActor_isABadArgument_namingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> WF.submit(draft(), CR1, " ", at(1)))
                .withMessage("who takes a change-control step must not be blank: ' '");
    }

    @Test
    void orElseThrow_ofARefusal_throwsWithItsMessage() {
        assertThatIllegalStateException().isThrownBy(() -> WF.close(draft(), CR1, PM, at(1)).orElseThrow())
                .withMessage("cannot close change request CR1: it is a draft; only a verified change can be closed");
    }

    // ---- roles ---------------------------------------------------------------------------------------

    @Test
    void aDecisionInARoleTheRouteDoesNotCallFor_isRefused_withTheRoute() {
        Refusal r = refusal(WF.decide(assessed(), CR1, decision("Ma Jun", Role.SPONSOR, DecisionType.APPROVE, at(3))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.ROLE_NOT_REQUIRED);
        assertThat(r.message().english()).isEqualTo("Ma Jun decided on change request CR1 as sponsor, a role its approval"
                + " route does not call for; it needs the change control board: cost +4.4% of BAC is above 1% and schedule"
                + " +8 working days is above 5 working days; and the compliance officer: the change affects compliance");
        assertThat(r.message().chinese()).isEqualTo("Ma Jun 以项目发起人身份对变更请求 CR1 作出决策，但其审批路径不需要该角色；"
                + "需由变更控制委员会审批：成本 +4.4%（占完工预算）高于 1%，进度 +8 个工作日高于 5 个工作日；另需合规官审批：该变更影响合规");
    }

    @Test
    void theProjectManager_cannotDecideABoardLevelChange() {
        Refusal r = refusal(WF.decide(assessed(), CR1, decision(PM, Role.PROJECT_MANAGER, DecisionType.APPROVE, at(3))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.ROLE_NOT_REQUIRED);
    }

    @Test
    void theComplianceOfficer_cannotDecideAChangeThatDoesNotAffectCompliance() {
        Project p = assessed(project(change(ChangeStatus.DRAFT, Optional.of(impact("1000.00", 1, false)))));

        Refusal r = refusal(WF.decide(p, CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(3))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.ROLE_NOT_REQUIRED);
    }

    @Test
    void aSmallChange_isApprovedByTheProjectManagerAlone() {
        // 10,000.00 = 1% of BAC and 5 working days: both limits are inclusive
        Project p = assessed(project(change(ChangeStatus.DRAFT, Optional.of(impact("10000.00", 5, false)))));

        Transition t = WF.decide(p, CR1, decision(PM, Role.PROJECT_MANAGER, DecisionType.APPROVE, at(3))).orElseThrow();

        assertThat(t.to()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(t.change().history()).last().isEqualTo(step(ChangeStatus.APPROVED, PM, at(3)));
    }

    @Test
    void aLargeChange_isDecidedByTheSteeringCommittee() {
        Project p = assessed(project(change(ChangeStatus.DRAFT, Optional.of(impact("60000.00", 3, false)))));

        assertThat(refusal(WF.decide(p, CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3)))).reason())
                .isEqualTo(Refusal.Reason.ROLE_NOT_REQUIRED);
        assertThat(WF.decide(p, CR1, decision("Steering chair", Role.STEERING_COMMITTEE, DecisionType.REJECT, at(3)))
                .orElseThrow().to()).isEqualTo(ChangeStatus.REJECTED);
    }

    // ---- maker-checker -------------------------------------------------------------------------------

    @Test
    void theRequester_cannotApproveTheirOwnChange_evenAsABoardMember() {
        Refusal r = refusal(WF.decide(assessed(), CR1, decision(REQUESTER, Role.CCB_MEMBER, DecisionType.APPROVE, at(3))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.OWN_CHANGE);
        assertThat(r.message().english()).isEqualTo("Wang Fang requested change request CR1 and cannot approve it (maker-checker)");
        assertThat(r.message().chinese()).isEqualTo("Wang Fang 是变更请求 CR1 的申请人，不能批准该变更（双人复核）");
    }

    @Test
    void theRequester_isRecognised_whateverTheCaseAndSpaces() {
        Refusal r = refusal(WF.decide(assessed(), CR1, decision("  wang FANG ", Role.CCB_MEMBER, DecisionType.APPROVE, at(3))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.OWN_CHANGE);
    }

    @Test
    void theAssessor_cannotApproveTheChangeTheyAssessed() {
        Refusal r = refusal(WF.decide(assessed(), CR1, decision(ASSESSOR, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(3))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.OWN_CHANGE);
        assertThat(r.message().english()).isEqualTo("Li Na assessed change request CR1 and cannot approve it (maker-checker)");
        assertThat(r.message().chinese()).isEqualTo("Li Na 评估了变更请求 CR1，不能批准该变更（双人复核）");
    }

    @Test
    void theRequester_mayVoteToReject_whichApprovesNothing() {
        assertThat(WF.decide(assessed(), CR1, decision(REQUESTER, Role.CCB_MEMBER, DecisionType.REJECT, at(3))).isAccepted())
                .isTrue();
    }

    @Test
    void theImplementer_cannotVerifyTheirOwnImplementation() {
        Project p = ok(WF.implement(approved(), CR1, IMPLEMENTER, at(30), BaselineOption.KEEP));

        Refusal r = refusal(WF.verify(p, CR1, IMPLEMENTER, at(40)));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.OWN_CHANGE);
        assertThat(r.message().english()).isEqualTo("Huang Tao implemented change request CR1 and cannot verify it (maker-checker)");
        assertThat(r.message().chinese()).isEqualTo("Huang Tao 实施了变更请求 CR1，不能验证该变更（双人复核）");
    }

    @Test
    void onePerson_cannotVoteTwice_notEvenInAnotherRole() {
        Project p = ok(WF.decide(assessed(), CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3))));

        Refusal same = refusal(WF.decide(p, CR1, decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(4))));
        Refusal other = refusal(WF.decide(p, CR1, decision(CCB_1, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(4))));

        assertThat(same.reason()).isEqualTo(Refusal.Reason.ALREADY_VOTED);
        assertThat(other.reason()).isEqualTo(Refusal.Reason.ALREADY_VOTED);
        assertThat(same.message().english()).isEqualTo("Zhang Wei has already decided on change request CR1 in this round"
                + " (approve as CCB member at 2026-01-12T12:00:00+08:00); one person cannot vote twice");
        assertThat(same.message().chinese()).isEqualTo("Zhang Wei 已在本轮对变更请求 CR1 作出决策（于 2026-01-12T12:00:00+08:00"
                + " 以变更控制委员会成员身份批准）；同一人不能重复投票");
    }

    // ---- the board: quorum and simple majority ------------------------------------------------------------

    /** Board votes, an hour apart, from an hour after the last recorded step. */
    private static Project votes(Project p, Object... byAndType) {
        for (int i = 0; i < byAndType.length; i += 2) {
            OffsetDateTime next = Steps.latest(cr(p)).orElseThrow().plusHours(1);
            p = ok(WF.decide(p, CR1, decision((String) byAndType[i], Role.CCB_MEMBER, (DecisionType) byAndType[i + 1], next)));
        }
        return p;
    }

    @Test
    void theBoard_decidesOnlyOnceAQuorumHasVoted() {
        Project two = votes(assessed(), CCB_1, DecisionType.APPROVE, CCB_2, DecisionType.APPROVE);
        assertThat(cr(two).status()).isEqualTo(ChangeStatus.ASSESSED);

        Project three = votes(two, CCB_3, DecisionType.APPROVE);
        // the board has approved; the compliance officer has not yet
        assertThat(cr(three).status()).isEqualTo(ChangeStatus.ASSESSED);

        Project all = ok(WF.decide(three, CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(9))));
        assertThat(cr(all).status()).isEqualTo(ChangeStatus.APPROVED);
    }

    @Test
    void theComplianceOfficer_mayDecideFirst() {
        Project p = ok(WF.decide(assessed(), CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(3))));
        p = votes(p, CCB_1, DecisionType.APPROVE, CCB_2, DecisionType.REJECT);
        assertThat(cr(p).status()).isEqualTo(ChangeStatus.ASSESSED);

        p = votes(p, CCB_3, DecisionType.APPROVE);

        assertThat(cr(p).status()).isEqualTo(ChangeStatus.APPROVED); // 2 of 3 votes approve
    }

    @Test
    void aBoardMajorityToReject_rejectsAtOnce_withoutWaitingForComplianceOfficer() {
        Project p = votes(assessed(), CCB_1, DecisionType.REJECT, CCB_2, DecisionType.APPROVE, CCB_3, DecisionType.REJECT);

        assertThat(cr(p).status()).isEqualTo(ChangeStatus.REJECTED);
        assertThat(cr(p).history()).last().isEqualTo(step(ChangeStatus.REJECTED, CCB_3, at(5)));
    }

    @Test
    void withoutAMajority_theBoardWaitsForMoreVotes() {
        // approve, reject, defer: none has more than half of 3; a fourth approval makes 2 of 4, still not more than half
        Project p = votes(assessed(), CCB_1, DecisionType.APPROVE, CCB_2, DecisionType.REJECT, CCB_3, DecisionType.DEFER,
                CCB_4, DecisionType.APPROVE);
        assertThat(cr(p).status()).isEqualTo(ChangeStatus.ASSESSED);

        // a fifth approval makes 3 of 5; with the compliance officer's approval the change is approved
        p = votes(p, ChangeFixtures.CCB_5, DecisionType.APPROVE);
        p = ok(WF.decide(p, CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(20))));
        assertThat(cr(p).status()).isEqualTo(ChangeStatus.APPROVED);
    }

    @Test
    void theQuorum_comesFromThePolicy() {
        ChangeWorkflow five = ChangeWorkflow.of(Policy.defaults().with(PolicyKeys.CHANGE_QUORUM, 5));
        Project p = assessed();
        int hour = 3;
        for (String member : List.of(CCB_1, CCB_2, CCB_3, CCB_4)) {
            p = ok(five.decide(p, CR1, decision(member, Role.CCB_MEMBER, DecisionType.REJECT, at(hour++))));
        }
        assertThat(cr(p).status()).isEqualTo(ChangeStatus.ASSESSED); // 4 rejections, but a quorum of 5

        p = ok(five.decide(p, CR1, decision(ChangeFixtures.CCB_5, Role.CCB_MEMBER, DecisionType.APPROVE, at(hour))));

        assertThat(cr(p).status()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void aPartyThatHasDecided_cannotDecideAgain() {
        Project p = votes(assessed(), CCB_1, DecisionType.APPROVE, CCB_2, DecisionType.APPROVE, CCB_3, DecisionType.APPROVE);

        Refusal r = refusal(WF.decide(p, CR1, decision(CCB_4, Role.CCB_MEMBER, DecisionType.REJECT, at(9))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.ALREADY_DECIDED);
        assertThat(r.message().english()).isEqualTo("the change control board has already decided on change request CR1"
                + " (approve); still awaited: the compliance officer");
        assertThat(r.message().chinese()).isEqualTo("变更控制委员会已对变更请求 CR1 作出决定（批准）；仍需：合规官");
    }

    @Test
    void theComplianceOfficer_cannotDecideTwice_evenAsAnotherPerson() {
        Project p = ok(WF.decide(assessed(), CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(3))));

        Refusal r = refusal(WF.decide(p, CR1, decision("Deputy", Role.COMPLIANCE_OFFICER, DecisionType.REJECT, at(4))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.ALREADY_DECIDED);
        assertThat(r.message().english()).isEqualTo("the compliance officer has already decided on change request CR1"
                + " (approve); still awaited: 3 more votes of the change control board");
        assertThat(r.message().chinese()).isEqualTo("合规官已对变更请求 CR1 作出决定（批准）；仍需：变更控制委员会再 3 票");
    }

    @Test
    void theComplianceOfficer_rejecting_rejectsAtOnce() {
        Project p = votes(assessed(), CCB_1, DecisionType.APPROVE);

        Transition t = WF.decide(p, CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.REJECT, at(9)))
                .orElseThrow();

        assertThat(t.to()).isEqualTo(ChangeStatus.REJECTED);
    }

    @Test
    void aDeferredChange_startsANewRound_whereEveryoneMayVoteAgain() {
        Project p = ok(WF.decide(assessed(), CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.DEFER, at(3))));
        assertThat(cr(p).status()).isEqualTo(ChangeStatus.DEFERRED);

        // re-submitted at the very instant of the deferral: refused; an hour later: accepted
        Refusal same = refusal(WF.submit(p, CR1, REQUESTER, at(3)));
        assertThat(same.reason()).isEqualTo(Refusal.Reason.OUT_OF_ORDER);
        assertThat(same.message().english()).isEqualTo("cannot submit change request CR1 again at 2026-01-12T12:00:00+08:00:"
                + " a re-submission must come after the deferral at 2026-01-12T12:00:00+08:00");
        p = ok(WF.submit(p, CR1, REQUESTER, at(4)));
        p = ok(WF.assess(p, CR1, ASSESSOR, at(5)));

        p = ok(WF.decide(p, CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(6))));
        p = votes(p, CCB_1, DecisionType.APPROVE, CCB_2, DecisionType.APPROVE, CCB_3, DecisionType.APPROVE);

        ChangeRequest c = cr(p);
        assertThat(c.status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(c.decisions()).extracting(Decision::by).containsExactly(COMPLIANCE, COMPLIANCE, CCB_1, CCB_2, CCB_3);
        assertThat(c.submitted()).contains(LocalDate.of(2026, 1, 12));
        assertThat(DecisionLog.verify(c).isIntact()).isTrue();
    }

    /**
     * A document may hold a change deferred before its history was recorded: the board's three votes
     * to defer at T0+3 h to T0+5 h, no steps. Its re-submission must come after the last of them, and
     * it opens a new round in which the same members vote again.
     */
    @Test
    void aChangeDeferredBeforeItsHistoryWasRecorded_isSubmittedAfterItsLastDecision_andDecidedAfresh() {
        ChangeRequest legacy = new ChangeRequest(CR1, "Add fraud screening", org.pmokit.core.project.ChangeType.SCOPE,
                REQUESTER, Optional.empty(), Optional.of(impact()), ChangeStatus.DEFERRED,
                List.of(decision(CCB_1, Role.CCB_MEMBER, DecisionType.DEFER, at(3)),
                        decision(CCB_2, Role.CCB_MEMBER, DecisionType.DEFER, at(4)),
                        decision(CCB_3, Role.CCB_MEMBER, DecisionType.DEFER, at(5))),
                Optional.of(ChangeFixtures.edits()));
        Project p = project(legacy);

        Refusal same = refusal(WF.submit(p, CR1, REQUESTER, at(5)));
        assertThat(same.reason()).isEqualTo(Refusal.Reason.OUT_OF_ORDER);
        assertThat(same.message().english()).isEqualTo("cannot submit change request CR1 again at 2026-01-12T14:00:00+08:00:"
                + " a re-submission must come after the deferral at 2026-01-12T14:00:00+08:00");
        assertThat(same.message().chinese()).isEqualTo("无法于 2026-01-12T14:00:00+08:00 重新提交变更请求 CR1：重新提交须晚于推迟时间"
                + " 2026-01-12T14:00:00+08:00");
        p = ok(WF.submit(p, CR1, REQUESTER, at(6)));
        p = ok(WF.assess(p, CR1, ASSESSOR, at(7)));
        assertThat(Steps.round(cr(p))).isEmpty();

        p = votes(p, CCB_1, DecisionType.APPROVE, CCB_2, DecisionType.APPROVE, CCB_3, DecisionType.APPROVE);
        p = ok(WF.decide(p, CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(20))));

        assertThat(cr(p).status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(Steps.round(cr(p))).extracting(Decision::decision).containsOnly(DecisionType.APPROVE).hasSize(4);
        assertThat(DecisionLog.verify(cr(p)).isIntact()).isTrue();
    }

    // ---- the decision log --------------------------------------------------------------------------------

    @Test
    void decide_refusesToAddToABrokenLog() {
        Project p = votes(assessed(), CCB_1, DecisionType.APPROVE);
        ChangeRequest c = cr(p);
        Decision tampered = new Decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3), Optional.of("edited"),
                c.decisions().get(0).hash());
        Project broken = project(new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(),
                c.status(), List.of(tampered), c.activities(), c.history()));

        Refusal r = refusal(WF.decide(broken, CR1, decision(CCB_2, Role.CCB_MEMBER, DecisionType.APPROVE, at(4))));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.LOG_BROKEN);
        assertThat(r.message().english()).isEqualTo("cannot add a decision to change request CR1: decision 1 of change"
                + " request CR1 does not match its hash: it was edited, or a decision before it was deleted, inserted or moved");
    }

    @Test
    void decide_sealsALogRecordedBeforeSealing_asItStands() {
        Decision old = decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3));
        ChangeRequest legacy = new ChangeRequest(CR1, "Add fraud screening", org.pmokit.core.project.ChangeType.SCOPE,
                REQUESTER, Optional.empty(), Optional.of(impact()), ChangeStatus.ASSESSED, List.of(old),
                Optional.of(ChangeFixtures.edits()));
        assertThat(DecisionLog.verify(legacy).status()).isEqualTo(LogVerification.Status.UNSEALED);

        ChangeRequest c = WF.decide(project(legacy), CR1, decision(CCB_2, Role.CCB_MEMBER, DecisionType.APPROVE, at(4)))
                .orElseThrow().change();

        assertThat(c.decisions()).extracting(Decision::withoutHash).containsExactly(old,
                decision(CCB_2, Role.CCB_MEMBER, DecisionType.APPROVE, at(4)));
        assertThat(DecisionLog.verify(c).isIntact()).isTrue();
    }

    /** Any step seals a log recorded before sealing: a change with a history must have a sealed log. */
    @Test
    void implement_sealsALogRecordedBeforeSealing_soThatItStillVerifies() {
        Decision old = decision(PM, Role.PROJECT_MANAGER, DecisionType.APPROVE, at(3));
        ChangeRequest legacy = new ChangeRequest(CR1, "Add fraud screening", org.pmokit.core.project.ChangeType.SCOPE,
                REQUESTER, Optional.empty(), Optional.of(impact("0.00", 0, false)), ChangeStatus.APPROVED, List.of(old),
                Optional.of(ChangeFixtures.edits()));

        Project p = ok(WF.implement(project(legacy), CR1, IMPLEMENTER, at(30), BaselineOption.KEEP));

        ChangeRequest c = cr(p);
        assertThat(c.history()).hasSize(1);
        assertThat(c.decisions()).extracting(Decision::withoutHash).containsExactly(old);
        assertThat(DecisionLog.verify(c).status()).isEqualTo(LogVerification.Status.INTACT);
        assertThat(ChangeFixtures.findings(p, LocalDate.of(2026, 1, 30), "CHG-006")).isEmpty();
    }

    @Test
    void decide_replacesAHashTheDecisionCarries() {
        Decision forged = decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3)).withHash("0".repeat(64));

        ChangeRequest c = WF.decide(assessed(), CR1, forged).orElseThrow().change();

        assertThat(c.decisions().get(0).hash()).isNotEqualTo(Optional.of("0".repeat(64)));
        assertThat(DecisionLog.verify(c).isIntact()).isTrue();
    }

    // ---- implementation ----------------------------------------------------------------------------------

    @Test
    void implement_keepingTheBaseline_appliesTheChangeOnly() {
        Transition t = WF.implement(approved(), CR1, IMPLEMENTER, at(30), BaselineOption.KEEP).orElseThrow();

        assertThat(t.to()).isEqualTo(ChangeStatus.IMPLEMENTED);
        assertThat(t.project().baselines()).containsExactly(ChangeFixtures.baseline());
        assertThat(t.project().activities()).extracting(a -> a.id().toString()).containsExactly("A1", "A2", "A3", "A2b");
    }

    @Test
    void implement_withANewBaseline_plansTheChangedProject() {
        Project p = WF.implement(approved(), CR1, IMPLEMENTER, at(30), BaselineOption.NEW_VERSION).orElseThrow().project();

        // without a status date, planned from the start: A1 Jan 5-9, A2 Jan 12-23, A2b Jan 26 - Feb 4, A3 Feb 5-11
        Baseline b = p.currentBaseline().orElseThrow();
        assertThat(b.version()).isEqualTo(2);
        assertThat(b.activities()).containsExactly(
                ChangeFixtures.row("A1", "2026-01-05", "2026-01-09", "300000.00"),
                ChangeFixtures.row("A2", "2026-01-12", "2026-01-23", "500000.00"),
                ChangeFixtures.row("A3", "2026-02-05", "2026-02-11", "200000.00"),
                ChangeFixtures.row("A2b", "2026-01-26", "2026-02-04", "44000.00"));
    }

    @Test
    void implement_refusesEditsThatDoNotApply() {
        ChangeRequest c = cr(approved());
        ActivityChanges clash = new ActivityChanges(List.of(ChangeFixtures.activity("A2", "Again", 1, "1.00")), List.of(),
                List.of(), List.of());
        Project p = project(new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(),
                c.status(), c.decisions(), Optional.of(clash), c.history()));

        Refusal r = refusal(WF.implement(p, CR1, IMPLEMENTER, at(30), BaselineOption.KEEP));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.NOT_APPLICABLE);
        assertThat(r.message().english()).isEqualTo("the proposed activity changes of change request CR1 do not apply:"
                + " activity A2 cannot be added: the project already has it");
    }

    @Test
    void implement_refusesEditsThatMakeADependencyCycle() {
        ChangeRequest c = cr(approved());
        ActivityChanges cycle = new ActivityChanges(List.of(), List.of(), List.of(),
                List.of(new PredecessorAddition(ActivityId.of("A1"), ActivityId.of("A3"), DependencyType.FS, 0)));
        Project p = project(new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(),
                c.status(), c.decisions(), Optional.of(cycle), c.history()));

        Refusal r = refusal(WF.implement(p, CR1, IMPLEMENTER, at(30), BaselineOption.KEEP));

        assertThat(r.reason()).isEqualTo(Refusal.Reason.NOT_APPLICABLE);
        assertThat(r.message().english()).startsWith("with the changes of change request CR1 the project cannot be scheduled:"
                + " dependency cycle: ");
        assertThat(r.message().chinese()).startsWith("应用变更请求 CR1 的变更后，项目无法排期：依赖关系成环：");
    }

    @ParameterizedTest
    @EnumSource(BaselineOption.class)
    void implement_aChangeWithoutEdits_keepsTheActivities(BaselineOption option) {
        ChangeRequest c = cr(approved());
        Project p = project(new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(),
                c.status(), c.decisions(), Optional.empty(), c.history()));

        Project after = WF.implement(p, CR1, IMPLEMENTER, at(30), option).orElseThrow().project();

        assertThat(after.activities()).isEqualTo(p.activities());
        assertThat(after.baselines()).hasSize(option == BaselineOption.KEEP ? 1 : 2);
    }

    @Test
    void everyStatus_isCoveredByTheSteps() {
        EnumSet<ChangeStatus> reachable = EnumSet.of(ChangeStatus.DRAFT);
        for (Step s : Step.values()) {
            reachable.addAll(s.to());
        }
        assertThat(reachable).containsExactlyInAnyOrder(ChangeStatus.values());
    }
}
