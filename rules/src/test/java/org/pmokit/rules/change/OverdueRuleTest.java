package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.ASSESSOR;
import static org.pmokit.rules.change.ChangeFixtures.COMPLIANCE;
import static org.pmokit.rules.change.ChangeFixtures.CR1;
import static org.pmokit.rules.change.ChangeFixtures.IMPLEMENTER;
import static org.pmokit.rules.change.ChangeFixtures.REQUESTER;
import static org.pmokit.rules.change.ChangeFixtures.approved;
import static org.pmokit.rules.change.ChangeFixtures.assessed;
import static org.pmokit.rules.change.ChangeFixtures.decision;
import static org.pmokit.rules.change.ChangeFixtures.findings;
import static org.pmokit.rules.change.ChangeFixtures.ok;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.ChangeType;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** CHG-001, CHG-002 and CHG-003: changes that wait too long for a decision, implementation or verification. */
class OverdueRuleTest {

    private static final ChangeWorkflow WF = ChangeWorkflow.standard();

    private static LocalDate day(int dayOfJanuary) {
        return LocalDate.of(2026, 1, dayOfJanuary);
    }

    // ---- CHG-001 -----------------------------------------------------------------------------------------

    @Test
    void chg001_fires_whenASubmittedChangeWaitsMoreThanTenDays() {
        // submitted 2026-01-12 10:00 Beijing; 2026-01-23 is 11 days later
        List<Finding> found = findings(assessed(), day(23), "CHG-001");

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.CHANGE);
            assertThat(f.subject()).isEqualTo("changeRequests[CR1]");
            assertThat(f.message()).isEqualTo(Text.of("Change request CR1 (Add fraud screening) was submitted on 2026-01-12"
                    + " and has waited 11 days for a decision; the policy allows 10 days.",
                    "变更请求 CR1（Add fraud screening）于 2026-01-12 提交，已等待决策 11 天；政策允许 10 天。"));
            assertThat(f.remedy()).isEqualTo(Text.of("Complete the impact assessment and bring the change to the authority"
                    + " its route calls for, or defer it.", "完成影响评估并提交审批路径要求的审批机构决策，或将其推迟。"));
            assertThat(f.measured()).contains(Text.of("11 days", "11 天"));
            assertThat(f.threshold()).contains(Text.of("10 days", "10 天"));
        });
    }

    @Test
    void chg001_isSilent_atTheLimit_andAfterTheDecision() {
        assertThat(findings(assessed(), day(22), "CHG-001")).isEmpty();
        assertThat(findings(approved(), day(31), "CHG-001")).isEmpty();
    }

    @Test
    void chg001_countsFromTheSubmissionDate_whenNoHistoryIsRecorded() {
        ChangeRequest legacy = new ChangeRequest(CR1, "Legacy", ChangeType.SCOPE, REQUESTER,
                Optional.of(LocalDate.of(2026, 1, 2)), Optional.empty(), ChangeStatus.SUBMITTED, List.of(), Optional.empty());

        assertThat(findings(ChangeFixtures.project(legacy), day(13), "CHG-001")).singleElement()
                .satisfies(f -> assertThat(f.measured()).contains(Text.of("11 days", "11 天")));
        ChangeRequest undated = new ChangeRequest(CR1, "Legacy", ChangeType.SCOPE, REQUESTER, Optional.empty(),
                Optional.empty(), ChangeStatus.SUBMITTED, List.of(), Optional.empty());
        assertThat(findings(ChangeFixtures.project(undated), day(31), "CHG-001")).isEmpty();
    }

    @Test
    void chg001_countsFromTheLastSubmission_afterADeferral() {
        Project p = ok(WF.decide(assessed(), CR1, decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.DEFER,
                ChangeFixtures.at(3))));
        assertThat(findings(p, day(31), "CHG-001")).isEmpty(); // a deferred change does not wait

        p = ok(WF.submit(p, CR1, REQUESTER, OffsetDateTime.parse("2026-01-20T09:00:00+08:00")));

        assertThat(findings(p, day(30), "CHG-001")).isEmpty();
        assertThat(findings(p, day(31), "CHG-001")).singleElement().satisfies(f -> assertThat(f.message().english())
                .startsWith("Change request CR1 (Add fraud screening) was submitted on 2026-01-20"));
    }

    @Test
    void chg001_followsThePolicy() {
        Policy week = Policy.defaults().with(PolicyKeys.CHANGE_DECISION_DAYS, 7);

        assertThat(findings(assessed(), day(20), week, "CHG-001")).singleElement()
                .satisfies(f -> assertThat(f.threshold().map(Text::english)).contains("7 days"));
    }

    // ---- CHG-002 -----------------------------------------------------------------------------------------

    @Test
    void chg002_fires_whenAnApprovedChangeIsNotImplementedWithinThirtyDays() {
        // approved 2026-01-12 15:00 Beijing; 2026-02-12 is 31 days later
        assertThat(findings(approved(), LocalDate.of(2026, 2, 11), "CHG-002")).isEmpty();

        assertThat(findings(approved(), LocalDate.of(2026, 2, 12), "CHG-002")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo(Text.of("Change request CR1 (Add fraud screening) was approved on 2026-01-12"
                    + " and has waited 31 days to be implemented; the policy allows 30 days.",
                    "变更请求 CR1（Add fraud screening）于 2026-01-12 获批准，已等待实施 31 天；政策允许 30 天。"));
            assertThat(f.remedy().english()).isEqualTo(
                    "Plan the implementation with a date and an owner, or take the change back to its approvers.");
        });
    }

    @Test
    void chg002_usesTheLastApprovingDecision_whenNoHistoryIsRecorded_andIsSilentAfterImplementation() {
        ChangeRequest legacy = ChangeFixtures.recorded("CR5", ChangeStatus.APPROVED, ChangeFixtures.impact("0.00", 0, false),
                List.of(decision("PM", Role.PROJECT_MANAGER, DecisionType.APPROVE, OffsetDateTime.parse("2026-01-02T18:00:00+08:00"))),
                List.of());
        assertThat(findings(ChangeFixtures.project(legacy), LocalDate.of(2026, 2, 2), "CHG-002")).singleElement()
                .satisfies(f -> assertThat(f.measured().map(Text::english)).contains("31 days"));

        Project implemented = ok(WF.implement(approved(), CR1, IMPLEMENTER, ChangeFixtures.at(30), BaselineOption.KEEP));
        assertThat(findings(implemented, LocalDate.of(2026, 3, 31), "CHG-002")).isEmpty();
    }

    // ---- CHG-003 -----------------------------------------------------------------------------------------

    @Test
    void chg003_fires_whenAnImplementedChangeIsNotVerifiedWithinTenDays() {
        // implemented 2026-01-13 15:00 Beijing (T0 + 30 h)
        Project p = ok(WF.implement(approved(), CR1, IMPLEMENTER, ChangeFixtures.at(30), BaselineOption.KEEP));

        assertThat(findings(p, day(23), "CHG-003")).isEmpty();
        assertThat(findings(p, day(24), "CHG-003")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo(Text.of("Change request CR1 (Add fraud screening) was implemented on 2026-01-13"
                    + " and has waited 11 days to be verified; the policy allows 10 days.",
                    "变更请求 CR1（Add fraud screening）于 2026-01-13 实施，已等待验证 11 天；政策允许 10 天。"));
            assertThat(f.remedy().chinese()).isEqualTo("由实施人以外的人员按验收标准验证该变更。");
        });
        assertThat(findings(ok(WF.verify(p, CR1, ASSESSOR, ChangeFixtures.at(40))), day(31), "CHG-003")).isEmpty();
    }

    @Test
    void chg003_isSilent_withoutARecordedImplementation() {
        ChangeRequest legacy = ChangeFixtures.recorded("CR5", ChangeStatus.IMPLEMENTED, ChangeFixtures.impact("0.00", 0, false),
                List.of(), List.of());

        assertThat(findings(ChangeFixtures.project(legacy), LocalDate.of(2027, 1, 1), "CHG-003")).isEmpty();
    }

    @Test
    void chg003_followsThePolicy() {
        Project p = ok(WF.implement(approved(), CR1, IMPLEMENTER, ChangeFixtures.at(30), BaselineOption.KEEP));
        Policy month = Policy.defaults().with(PolicyKeys.CHANGE_VERIFICATION_DAYS, 30);

        assertThat(findings(p, day(24), month, "CHG-003")).isEmpty();
    }
}
