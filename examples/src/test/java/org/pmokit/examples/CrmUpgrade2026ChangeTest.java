package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Role;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Text;
import org.pmokit.rules.change.ApprovalRoute;
import org.pmokit.rules.change.ApprovalRouting;
import org.pmokit.rules.change.BaselineOption;
import org.pmokit.rules.change.ChangePreview;
import org.pmokit.rules.change.ChangeRules;
import org.pmokit.rules.change.ChangeWorkflow;
import org.pmokit.rules.change.DecisionLog;
import org.pmokit.rules.change.ImpactPreview;
import org.pmokit.rules.change.LogVerification;
import org.pmokit.rules.change.ProposedChanges;
import org.pmokit.rules.change.Refusal;
import org.pmokit.rules.schedule.CriticalPath;

/**
 * Change control on the CRM upgrade at its status date 2026-04-30. CR2 (assessed, no decision yet)
 * adds A6b "WeChat data connector" (8 working days, 350,000.00) after A6, and makes A8 wait for it.
 *
 * <p><b>Route.</b> 350,000 / BAC 8,000,000 = 4.375%, shown 4.4%: above the project manager's 1%,
 * within the board's 5%; +8 working days: above 5, within 20; compliance affected: the change
 * control board (quorum 3, simple majority) and the compliance officer.
 *
 * <p><b>Preview</b> (CrmUpgrade2026ScheduleTest has the schedule by hand). Without the change A6
 * (in progress) finishes at offset 97 and A7 at 99, so A8 starts at 99 and the project finishes at
 * 184 (2026-09-29). With it, A6b runs 97 to 105 and A8 starts at 105: 6 working days later, not the
 * assessed 8, because A6 had 2 days of float. Finish 190: the last working day 189 is 2026-10-13 (09-30
 * is 184; National Day 10-01..10-07 off; 10-08, 10-09, Saturday 10-10 (a make-up day), 10-12, 10-13).
 * A6 and A6b become critical; A7 (float 6 now) leaves the critical path. BAC 8,000,000 + 350,000 =
 * 8,350,000; CPI = 3,235,000 / 3,455,000 is unchanged (A6b has no progress or cost), so EAC(CPI) goes
 * from 8,000,000 x 3,455,000 / 3,235,000 = 8,544,049.46 to 8,350,000 x 3,455,000 / 3,235,000 =
 * 8,917,851.62. The change uses 350,000 / 1,400,000 = 25% of the contingency reserve.
 */
class CrmUpgrade2026ChangeTest {

    private static final Project CRM = CrmUpgrade2026.project();
    private static final ChangeRequestId CR2 = ChangeRequestId.of("CR2");
    private static final EvaluationContext AT_STATUS = EvaluationContext.at(LocalDate.of(2026, 4, 30));
    private static final ChangeWorkflow WF = ChangeWorkflow.standard();

    private static ChangeRequest cr2(Project p) {
        return p.changeRequests().stream().filter(c -> c.id().equals(CR2)).findFirst().orElseThrow();
    }

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    private static Decision vote(String by, Role role, String at) {
        return new Decision(by, role, DecisionType.APPROVE, OffsetDateTime.parse(at), Optional.empty());
    }

    @Test
    void cr2_routesToTheChangeControlBoard_andTheComplianceOfficer() {
        ApprovalRoute route = ApprovalRouting.standard().route(CRM, cr2(CRM)).orElseThrow();

        assertThat(route.requiredRoles()).containsExactlyInAnyOrder(Role.CCB_MEMBER, Role.COMPLIANCE_OFFICER);
        assertThat(route.quorum()).isEqualTo(3);
        assertThat(route.costShare()).hasValueSatisfying(s -> assertThat(s).isEqualByComparingTo("0.04375"));
        assertThat(route.explanation()).isEqualTo(Text.of("needs the change control board: cost +4.4% of BAC is above 1%"
                + " and schedule +8 working days is above 5 working days; and the compliance officer: the change affects compliance",
                "需由变更控制委员会审批：成本 +4.4%（占完工预算）高于 1%，进度 +8 个工作日高于 5 个工作日；另需合规官审批：该变更影响合规"));
    }

    @Test
    void cr2_preview_movesTheForecastFinishAsTheCriticalPathEngineSays() {
        ChangePreview preview = ImpactPreview.engines().preview(CRM, CR2, AT_STATUS).orElseThrow();
        Project changed = ProposedChanges.apply(CRM, cr2(CRM)).orElseThrow();

        assertThat(preview.finishBefore()).isEqualTo(LocalDate.of(2026, 9, 29))
                .isEqualTo(CriticalPath.standard().schedule(CRM, AT_STATUS).projectFinishDate());
        assertThat(preview.finishAfter()).isEqualTo(LocalDate.of(2026, 10, 13))
                .isEqualTo(CriticalPath.standard().schedule(changed, AT_STATUS).projectFinishDate());
        assertThat(preview.finishDelta()).isEqualTo(6);
        assertThat(preview.joinsCriticalPath()).containsExactly(ActivityId.of("A6"), ActivityId.of("A6b"));
        assertThat(preview.leavesCriticalPath()).containsExactly(ActivityId.of("A7"));
        assertThat(preview.bacBefore()).isEqualTo(new MetricValue.Amount(cny("8000000.00")));
        assertThat(preview.bacAfter()).isEqualTo(new MetricValue.Amount(cny("8350000.00")));
        assertThat(preview.eacBefore()).isEqualTo(new MetricValue.Amount(cny("8544049.46")));
        assertThat(preview.eacAfter()).isEqualTo(new MetricValue.Amount(cny("8917851.62")));
        assertThat(preview.costDelta()).isEqualTo(new MetricValue.Amount(cny("350000.00")));
        assertThat(preview.reserveConsumed()).isEqualTo(new MetricValue.Ratio(0.25));
        assertThat(preview.summary().english()).isEqualTo("CR2: forecast finish 2026-09-29 to 2026-10-13 (+6 working days);"
                + " joins the critical path: A6, A6b; leaves the critical path: A7; BAC CNY 8,000,000.00 to CNY 8,350,000.00;"
                + " EAC CNY 8,544,049.46 to CNY 8,917,851.62; uses 25% of the contingency reserve");
        assertThat(preview.summary().chinese()).isEqualTo("CR2：预测完工日期 2026-09-29 变为 2026-10-13（+6 个工作日）；"
                + "进入关键路径：A6、A6b；离开关键路径：A7；完工预算 CNY 8,000,000.00 变为 CNY 8,350,000.00；"
                + "完工估算 CNY 8,544,049.46 变为 CNY 8,917,851.62；占用应急储备的 25%");
        // the project itself is left as it was
        assertThat(CRM.activities()).noneMatch(a -> a.id().equals(ActivityId.of("A6b")));
    }

    @Test
    void cr2_throughTheWorkflow_toANewBaselineVersion() {
        // the requester cannot approve; three board members and the compliance officer do
        Refusal own = WF.decide(CRM, CR2, vote("Retail banking division", Role.CCB_MEMBER, "2026-05-06T10:00:00+08:00"))
                .why().orElseThrow();
        assertThat(own.reason()).isEqualTo(Refusal.Reason.OWN_CHANGE);

        Project p = CRM;
        p = WF.decide(p, CR2, vote("CCB chair", Role.CCB_MEMBER, "2026-05-06T10:00:00+08:00")).orElseThrow().project();
        p = WF.decide(p, CR2, vote("CIO delegate", Role.CCB_MEMBER, "2026-05-06T10:05:00+08:00")).orElseThrow().project();
        p = WF.decide(p, CR2, vote("Finance controller", Role.CCB_MEMBER, "2026-05-06T10:10:00+08:00")).orElseThrow().project();
        assertThat(cr2(p).status()).isEqualTo(ChangeStatus.ASSESSED); // the compliance officer has not decided yet
        p = WF.decide(p, CR2, vote("Compliance officer", Role.COMPLIANCE_OFFICER, "2026-05-07T09:00:00+08:00"))
                .orElseThrow().project();
        assertThat(cr2(p).status()).isEqualTo(ChangeStatus.APPROVED);
        assertThat(DecisionLog.verify(cr2(p)).isIntact()).isTrue();

        p = WF.implement(p, CR2, "Data platform lead", OffsetDateTime.parse("2026-05-08T18:00:00+08:00"),
                BaselineOption.NEW_VERSION).orElseThrow().project();

        Baseline b2 = p.currentBaseline().orElseThrow();
        assertThat(p.baselines()).hasSize(2);
        assertThat(p.baselines().get(0)).isEqualTo(CRM.baselines().get(0));
        assertThat(b2.version()).isEqualTo(2);
        assertThat(b2.approved()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(b2.change()).contains(CR2);
        assertThat(b2.activities().stream().map(BaselineActivity::budget).reduce(Money::plus)).contains(cny("8350000.00"));
        assertThat(b2.activities()).filteredOn(r -> r.activity().equals(ActivityId.of("A6b"))).singleElement()
                .satisfies(r -> assertThat(r.budget()).isEqualTo(cny("350000.00")));
        assertThat(cr2(p).status()).isEqualTo(ChangeStatus.IMPLEMENTED);
    }

    /**
     * The sealed log and the history are kept in the JSON document: written and read back, the log
     * still verifies; a rejection turned into an approval in the document is found at that decision
     * (the third), when the host verifies after reading.
     */
    @Test
    void theSealedLog_survivesTheJsonDocument_andAnEditThereIsFoundAtItsDecision() {
        Project p = CRM;
        p = WF.decide(p, CR2, vote("CCB chair", Role.CCB_MEMBER, "2026-05-06T10:00:00+08:00")).orElseThrow().project();
        p = WF.decide(p, CR2, vote("CIO delegate", Role.CCB_MEMBER, "2026-05-06T10:05:00+08:00")).orElseThrow().project();
        p = WF.decide(p, CR2, new Decision("Finance controller", Role.CCB_MEMBER, DecisionType.REJECT,
                OffsetDateTime.parse("2026-05-06T10:10:00+08:00"), Optional.of("Too costly"))).orElseThrow().project();
        p = WF.decide(p, CR2, vote("Compliance officer", Role.COMPLIANCE_OFFICER, "2026-05-07T09:00:00+08:00"))
                .orElseThrow().project();
        assertThat(cr2(p).status()).isEqualTo(ChangeStatus.APPROVED); // the board: 2 of 3

        String json = ProjectJson.standard().write(p);
        Project back = ProjectJson.standard().read(json);

        assertThat(cr2(back)).isEqualTo(cr2(p));
        assertThat(DecisionLog.verify(back)).extracting(LogVerification::status)
                .containsExactly(LogVerification.Status.UNSEALED, LogVerification.Status.INTACT);

        String rejection = "\"decision\":\"REJECT\"";
        assertThat(json.split(rejection, -1)).hasSize(2); // exactly one rejection in the document
        LogVerification edited = DecisionLog.verify(cr2(ProjectJson.standard().read(
                json.replace(rejection, "\"decision\":\"APPROVE\""))));

        assertThat(edited.status()).isEqualTo(LogVerification.Status.MISMATCH);
        assertThat(edited.firstMismatch()).hasValue(2);
        assertThat(edited.message().english()).isEqualTo("decision 3 of change request CR2 does not match its hash: it was"
                + " edited, or a decision before it was deleted, inserted or moved");
    }

    @Test
    void changeRules_atTheStatusDate_findCr2WaitingForItsDecision() {
        List<Finding> found = RuleSet.of(ChangeRules.pack()).evaluate(CRM, AT_STATUS).findings();

        // CR2 submitted 2026-04-10: 20 days by 2026-04-30. CR1 is closed, approved by the project manager
        // (cost 0, 0 days), with a log recorded before sealing: nothing to report.
        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("CHG-001");
            assertThat(f.subject()).isEqualTo("changeRequests[CR2]");
            assertThat(f.measured().map(Text::english)).contains("20 days");
        });
        assertThat(DecisionLog.verify(CRM)).extracting(LogVerification::status)
                .containsExactly(LogVerification.Status.UNSEALED, LogVerification.Status.INTACT);
    }
}
