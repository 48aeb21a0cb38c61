package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.findings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** CHG-006: a decision log that does not verify. */
class DecisionLogRuleTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 1, 30);

    @Test
    void fires_atTheFirstDecisionThatDoesNotMatch() {
        ChangeRequest c = ChangeFixtures.cr(ChangeFixtures.approved());
        List<Decision> decisions = new ArrayList<>(c.decisions());
        Decision d = decisions.get(2);
        decisions.set(2, new Decision(d.by(), d.role(), DecisionType.REJECT, d.at(), d.comment(), d.hash()));
        ChangeRequest tampered = new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(),
                c.status(), decisions, c.activities(), c.history());

        assertThat(findings(ChangeFixtures.project(tampered), STATUS, "CHG-006")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("changeRequests[CR1].decisions[2]");
            assertThat(f.message()).isEqualTo(Text.of("The decision log was changed after the fact: decision 3 of change"
                    + " request CR1 does not match its hash: it was edited, or a decision before it was deleted, inserted or moved.",
                    "决策日志在记录后被改动：变更请求 CR1 的第 3 项决策与其哈希值不符：该决策被修改，或其之前的决策被删除、插入或移动。"));
            assertThat(f.measured()).contains(Text.of("decision 3 does not match", "第 3 项决策与其哈希值不符"));
            assertThat(f.threshold()).contains(Text.of("every decision matches its hash", "每项决策均与其哈希值相符"));
        });
    }

    @Test
    void isSilent_forAnIntactLog_andForALogRecordedBeforeSealing() {
        ChangeRequest legacy = ChangeFixtures.recorded("CR2", ChangeStatus.CLOSED, ChangeFixtures.impact("0.00", 0, false),
                List.of(ChangeFixtures.decision("PM", Role.PROJECT_MANAGER, DecisionType.APPROVE, ChangeFixtures.T0)),
                List.of());
        var p = ChangeFixtures.approved().toBuilder().changeRequest(legacy).build();

        assertThat(findings(p, STATUS, "CHG-006")).isEmpty();
    }
}
