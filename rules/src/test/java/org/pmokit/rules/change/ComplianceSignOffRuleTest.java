package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.CCB_1;
import static org.pmokit.rules.change.ChangeFixtures.CCB_2;
import static org.pmokit.rules.change.ChangeFixtures.CCB_3;
import static org.pmokit.rules.change.ChangeFixtures.COMPLIANCE;
import static org.pmokit.rules.change.ChangeFixtures.at;
import static org.pmokit.rules.change.ChangeFixtures.decision;
import static org.pmokit.rules.change.ChangeFixtures.findings;
import static org.pmokit.rules.change.ChangeFixtures.impact;
import static org.pmokit.rules.change.ChangeFixtures.recorded;
import static org.pmokit.rules.change.ChangeFixtures.step;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** CHG-005: a compliance-impacting change approved without the compliance officer. */
class ComplianceSignOffRuleTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 1, 30);

    private static final List<Decision> BOARD = List.of(
            decision(CCB_1, Role.CCB_MEMBER, DecisionType.APPROVE, at(3)),
            decision(CCB_2, Role.CCB_MEMBER, DecisionType.APPROVE, at(4)),
            decision(CCB_3, Role.CCB_MEMBER, DecisionType.APPROVE, at(5)));

    @ParameterizedTest
    @EnumSource(value = ChangeStatus.class, names = {"APPROVED", "IMPLEMENTED", "VERIFIED", "CLOSED"})
    void fires_whenTheBoardAloneApprovedAComplianceChange(ChangeStatus status) {
        var p = ChangeFixtures.project(recorded("CR1", status, impact("44000.00", 8, true), BOARD, List.of()));

        assertThat(findings(p, STATUS, "CHG-005")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("changeRequests[CR1]");
            assertThat(f.message().english()).isEqualTo("Change request CR1 (Change CR1) affects compliance and is "
                    + Words.status(status).english() + ", but the compliance officer has not approved it.");
            assertThat(f.message().chinese()).isEqualTo("变更请求 CR1（Change CR1）影响合规，状态为"
                    + Words.status(status).chinese() + "，但合规官未批准该变更。");
            assertThat(f.remedy()).isEqualTo(Text.of("Have the compliance officer review the change before it goes further,"
                    + " and find out how it was approved without them.", "在变更继续推进前交由合规官审查，并查明其为何未经合规官批准即获通过。"));
        });
    }

    @Test
    void isSilent_whenTheComplianceOfficerApproved_orTheChangeDoesNotAffectCompliance_orIsNotApproved() {
        assertThat(findings(ChangeFixtures.approved(), STATUS, "CHG-005")).isEmpty();
        assertThat(findings(ChangeFixtures.project(recorded("CR1", ChangeStatus.APPROVED, impact("44000.00", 8, false), BOARD,
                List.of())), STATUS, "CHG-005")).isEmpty();
        assertThat(findings(ChangeFixtures.project(recorded("CR1", ChangeStatus.ASSESSED, impact("44000.00", 8, true), BOARD,
                List.of())), STATUS, "CHG-005")).isEmpty();
    }

    @Test
    void anApprovalBeforeADeferral_doesNotCount() {
        List<Decision> decisions = new java.util.ArrayList<>();
        decisions.add(decision(COMPLIANCE, Role.COMPLIANCE_OFFICER, DecisionType.APPROVE, at(1)));
        decisions.add(decision(CCB_1, Role.STEERING_COMMITTEE, DecisionType.DEFER, at(2)));
        decisions.addAll(BOARD.stream().map(d -> new Decision(d.by(), d.role(), d.decision(), d.at().plusHours(10),
                d.comment())).toList());
        var history = List.of(step(ChangeStatus.DEFERRED, CCB_1, at(2)), step(ChangeStatus.SUBMITTED, "x", at(5)),
                step(ChangeStatus.ASSESSED, "y", at(6)), step(ChangeStatus.APPROVED, CCB_3, at(15)));

        var p = ChangeFixtures.project(recorded("CR1", ChangeStatus.APPROVED, impact("44000.00", 8, true), decisions, history));

        assertThat(findings(p, STATUS, "CHG-005")).hasSize(1);
    }
}
