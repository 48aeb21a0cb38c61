package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;

class ChangeRequestTest {

    private static final Decision APPROVAL = new Decision("PMO project manager", Role.PROJECT_MANAGER,
            DecisionType.APPROVE, OffsetDateTime.parse("2026-02-05T10:30:00+08:00"), Optional.empty());

    private static ChangeRequest request(List<Decision> decisions) {
        return new ChangeRequest(ChangeRequestId.of("CR1"), "Move the churn model", ChangeType.SCHEDULE,
                "Data science team lead", Optional.of(LocalDate.of(2026, 2, 3)),
                Optional.of(new ImpactAssessment(Money.of("CNY", "0"), 0, ImpactLevel.LOW, ImpactLevel.LOW,
                        ImpactLevel.MEDIUM, false)),
                ChangeStatus.CLOSED, decisions, Optional.empty());
    }

    @Test
    void constructor_keepsTheParts() {
        ChangeRequest cr = request(List.of(APPROVAL));

        assertThat(cr.id()).isEqualTo(ChangeRequestId.of("CR1"));
        assertThat(cr.status()).isEqualTo(ChangeStatus.CLOSED);
        assertThat(cr.decisions()).containsExactly(APPROVAL);
        assertThat(cr.activities()).isEmpty();
    }

    @Test
    void constructor_copiesTheDecisions() {
        List<Decision> decisions = new ArrayList<>(List.of(APPROVAL));
        ChangeRequest cr = request(decisions);

        decisions.clear();

        assertThat(cr.decisions()).containsExactly(APPROVAL);
    }

    private static final StatusChange SUBMITTED = new StatusChange(ChangeStatus.SUBMITTED, "Data science team lead",
            OffsetDateTime.parse("2026-02-03T09:00:00+08:00"));

    @Test
    void constructorWithoutHistory_hasAnEmptyHistory() {
        assertThat(request(List.of(APPROVAL)).history()).isEmpty();
    }

    @Test
    void constructor_keepsAndCopiesTheHistory() {
        ChangeRequest old = request(List.of(APPROVAL));
        List<StatusChange> history = new ArrayList<>(List.of(SUBMITTED));
        ChangeRequest cr = new ChangeRequest(old.id(), old.title(), old.type(), old.requester(), old.submitted(),
                old.impact(), old.status(), old.decisions(), old.activities(), history);

        history.clear();

        assertThat(cr.history()).containsExactly(SUBMITTED);
        assertThat(cr).isNotEqualTo(old);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new ChangeRequest(ChangeRequestId.of("CR1"), "t",
                ChangeType.SCOPE, "r", Optional.empty(), Optional.empty(), ChangeStatus.DRAFT, List.of(),
                Optional.empty(), null));
        assertThatNullPointerException().isThrownBy(() -> new ChangeRequest(ChangeRequestId.of("CR1"), "t",
                ChangeType.SCOPE, null, Optional.empty(), Optional.empty(), ChangeStatus.DRAFT, List.of(),
                Optional.empty())).withMessage("requester");
        assertThatNullPointerException().isThrownBy(() -> new ChangeRequest(ChangeRequestId.of("CR1"), "t",
                ChangeType.SCOPE, "r", Optional.empty(), Optional.empty(), null, List.of(),
                Optional.empty())).withMessage("status");
        assertThatNullPointerException().isThrownBy(() -> new ChangeRequest(ChangeRequestId.of("CR1"), "t",
                ChangeType.SCOPE, "r", Optional.empty(), Optional.empty(), ChangeStatus.DRAFT, List.of(),
                null)).withMessage("activities");
    }
}
