package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.at;
import static org.pmokit.rules.change.ChangeFixtures.decision;
import static org.pmokit.rules.change.ChangeFixtures.impact;
import static org.pmokit.rules.change.ChangeFixtures.recorded;
import static org.pmokit.rules.change.ChangeFixtures.step;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Decision;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Role;

class StepsTest {

    private static final Decision DEFER = decision("A", Role.STEERING_COMMITTEE, DecisionType.DEFER, at(3));
    private static final Decision APPROVE = decision("B", Role.STEERING_COMMITTEE, DecisionType.APPROVE, at(8));

    private static final ChangeRequest TWO_ROUNDS = recorded("CR1", ChangeStatus.APPROVED, impact(), List.of(DEFER, APPROVE),
            List.of(step(ChangeStatus.SUBMITTED, "R", at(1)), step(ChangeStatus.ASSESSED, "S1", at(2)),
                    step(ChangeStatus.DEFERRED, "A", at(3)), step(ChangeStatus.SUBMITTED, "R", at(5)),
                    step(ChangeStatus.ASSESSED, "S2", at(6)), step(ChangeStatus.APPROVED, "B", at(8))));

    @Test
    void theCurrentRound_isTheDecisionsAfterTheLastDeferral() {
        assertThat(Steps.round(TWO_ROUNDS)).containsExactly(APPROVE);
        assertThat(Steps.assessor(TWO_ROUNDS)).contains("S2");
        assertThat(Steps.approvedAt(TWO_ROUNDS)).contains(at(8));
        assertThat(Steps.waitingSince(TWO_ROUNDS)).contains(at(5).toLocalDate());
        assertThat(Steps.latest(TWO_ROUNDS)).contains(at(8));
        assertThat(Steps.implementer(TWO_ROUNDS)).isEmpty();
    }

    @Test
    void theCurrentRound_startsAtTheLastSubmission_whenTheDeferralPredatesTheHistory() {
        Decision earlier = decision("A", Role.STEERING_COMMITTEE, DecisionType.APPROVE, at(4));
        ChangeRequest resubmitted = recorded("CR1", ChangeStatus.ASSESSED, impact(), List.of(DEFER, earlier, APPROVE),
                List.of(step(ChangeStatus.SUBMITTED, "R", at(5)), step(ChangeStatus.ASSESSED, "S2", at(6))));
        ChangeRequest deferred = recorded("CR1", ChangeStatus.DEFERRED, impact(), List.of(DEFER, earlier), List.of());

        assertThat(Steps.round(resubmitted)).containsExactly(APPROVE);
        assertThat(Steps.deferredAt(deferred)).contains(at(4));
        assertThat(Steps.deferredAt(TWO_ROUNDS)).contains(at(3));
        assertThat(Steps.deferredAt(recorded("CR1", ChangeStatus.DEFERRED, impact(), List.of(), List.of()))).isEmpty();
    }

    @Test
    void withoutHistory_everyDecisionIsOfTheRound_andTheApprovalIsTheLastApprovingDecision() {
        ChangeRequest legacy = recorded("CR1", ChangeStatus.APPROVED, impact(), List.of(APPROVE, DEFER), List.of());

        assertThat(Steps.round(legacy)).containsExactly(APPROVE, DEFER);
        assertThat(Steps.approvedAt(legacy)).contains(at(8));
        assertThat(Steps.assessor(legacy)).isEmpty();
        assertThat(Steps.latest(legacy)).contains(at(8));
        assertThat(Steps.latest(recorded("CR1", ChangeStatus.DRAFT, impact(), List.of(), List.of()))).isEmpty();
        assertThat(Steps.approvedAt(recorded("CR1", ChangeStatus.APPROVED, impact(), List.of(DEFER), List.of()))).isEmpty();
    }
}
