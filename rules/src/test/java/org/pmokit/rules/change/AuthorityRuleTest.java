package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.CCB_1;
import static org.pmokit.rules.change.ChangeFixtures.CCB_2;
import static org.pmokit.rules.change.ChangeFixtures.CCB_3;
import static org.pmokit.rules.change.ChangeFixtures.COMPLIANCE;
import static org.pmokit.rules.change.ChangeFixtures.CR1;
import static org.pmokit.rules.change.ChangeFixtures.IMPLEMENTER;
import static org.pmokit.rules.change.ChangeFixtures.PM;
import static org.pmokit.rules.change.ChangeFixtures.REQUESTER;
import static org.pmokit.rules.change.ChangeFixtures.at;
import static org.pmokit.rules.change.ChangeFixtures.cny;
import static org.pmokit.rules.change.ChangeFixtures.decision;
import static org.pmokit.rules.change.ChangeFixtures.findings;
import static org.pmokit.rules.change.ChangeFixtures.impact;
import static org.pmokit.rules.change.ChangeFixtures.recorded;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActivityModification;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** CHG-007: an approved change without the approval of the authority its size calls for. */
class AuthorityRuleTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 1, 30);

    @Test
    void fires_whenTheProjectManagerApprovedABoardLevelChange() {
        var p = ChangeFixtures.project(recorded("CR1", ChangeStatus.CLOSED, impact("44000.00", 8, false),
                List.of(decision("Sun Hao", Role.PROJECT_MANAGER, DecisionType.APPROVE, at(3))), List.of()));

        assertThat(findings(p, STATUS, "CHG-007")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("changeRequests[CR1]");
            assertThat(f.message()).isEqualTo(Text.of("Change request CR1 (Change CR1) is closed without the approval of the"
                    + " change control board that its route calls for: it needs the change control board: cost +4.4% of BAC"
                    + " is above 1% and schedule +8 working days is above 5 working days.",
                    "变更请求 CR1（Change CR1）状态为已关闭，但未经其审批路径要求的变更控制委员会批准：需由变更控制委员会审批："
                            + "成本 +4.4%（占完工预算）高于 1%，进度 +8 个工作日高于 5 个工作日。"));
            assertThat(f.remedy().english()).isEqualTo("Have the change control board decide the change before it goes further,"
                    + " and find out how it was approved without them.");
            assertThat(f.measured()).contains(Text.of("no approval by the change control board", "未经变更控制委员会批准"));
        });
    }

    @Test
    void fires_whenTheBoardHadNoQuorum() {
        var p = ChangeFixtures.project(recorded("CR1", ChangeStatus.APPROVED, impact("44000.00", 8, true),
                List.of(decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3)),
                        decision(CCB_2, Role.CCB_MEMBER, DecisionType.APPROVE, at(4)),
                        decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(5))), List.of()));

        assertThat(findings(p, STATUS, "CHG-007")).hasSize(1);
        assertThat(findings(p, STATUS, Policy.defaults().with(PolicyKeys.CHANGE_QUORUM, 2), "CHG-007")).isEmpty();
    }

    /**
     * BAC 1,000,000.00. A growth of 10,050.00 is 1.005% of BAC: the board's; once its baseline version
     * holds it, BAC is 1,010,050.00 and 10,050 / 1,010,050 = 0.995%, the project manager's. A saving of
     * 9,950.00 (A3 200,000 to 190,050) is 0.995%: the project manager's; against the new BAC 990,050.00
     * it is 1.005%, the board's. Both were approved by the right authority at the time.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"10050.00, CCB_MEMBER, PROJECT_MANAGER", "-9950.00, PROJECT_MANAGER, CHANGE_CONTROL_BOARD"})
    void isSilent_afterTheChangesOwnBaselineVersion_movesItsShareOfBacAcrossALimit(String cost, Role approver,
            Authority routeAfter) {
        ActivityChanges edits = cost.startsWith("-")
                ? new ActivityChanges(List.of(), List.of(), List.of(new ActivityModification(ActivityId.of("A3"),
                        Optional.empty(), OptionalInt.empty(), Optional.of(cny("190050.00")))), List.of())
                : new ActivityChanges(List.of(ChangeFixtures.activity("A2b", "Extra check", 2, "10050.00", "A2")), List.of(),
                        List.of(), List.of());
        ChangeRequest c = new ChangeRequest(CR1, "Resize", ChangeType.COST, REQUESTER, Optional.empty(),
                Optional.of(impact(cost, 2, false)), ChangeStatus.DRAFT, List.of(), Optional.of(edits));
        ChangeWorkflow wf = ChangeWorkflow.standard();
        Project p = ChangeFixtures.assessed(ChangeFixtures.project(c));
        List<String> voters = approver == Role.CCB_MEMBER ? List.of(CCB_1, CCB_2, CCB_3) : List.of(PM);
        for (int i = 0; i < voters.size(); i++) {
            p = ChangeFixtures.ok(wf.decide(p, CR1, decision(voters.get(i), approver, DecisionType.APPROVE, at(3 + i))));
        }
        p = ChangeFixtures.ok(wf.implement(p, CR1, IMPLEMENTER, at(10), BaselineOption.NEW_VERSION));

        // against the BAC of its own baseline version the route would be another authority
        assertThat(ApprovalRouting.standard().route(p, ChangeFixtures.cr(p)).orElseThrow().authority()).isEqualTo(routeAfter);
        assertThat(findings(p, STATUS, "CHG-007")).isEmpty();
        // the rule measures against the baseline that was current when the change was decided
        assertThat(AuthorityRule.beforeItsBaseline(p, ChangeFixtures.cr(p)).baselines()).containsExactly(ChangeFixtures.baseline());
    }

    @Test
    void isSilent_forAChangeApprovedThroughTheWorkflow_andForAnUnapprovedOne() {
        assertThat(findings(ChangeFixtures.approved(), STATUS, "CHG-007")).isEmpty();
        var pending = ChangeFixtures.project(recorded("CR1", ChangeStatus.ASSESSED, impact("44000.00", 8, false), List.of(),
                List.of()));
        assertThat(findings(pending, STATUS, "CHG-007")).isEmpty();
    }
}
