package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MilestoneTest {

    @Test
    void constructor_acceptsAnIncompleteMilestone() {
        Milestone m = new Milestone(MilestoneId.of("M4"), "Pilot complete", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        assertThat(m.id()).isEqualTo(MilestoneId.of("M4"));
        assertThat(m.activity()).isEmpty();
        assertThat(m.due()).isEmpty();
    }

    @Test
    void constructor_keepsThePresentParts() {
        Milestone m = new Milestone(MilestoneId.of("M1"), "Signed off", Optional.of(MilestoneKind.PHASE),
                Optional.of(ActivityId.of("A2")), Optional.of(LocalDate.of(2026, 1, 30)), Optional.of("Spec"),
                Optional.of("Signed"), Optional.of("PMO"), Optional.of(LocalDate.of(2026, 1, 30)));

        assertThat(m.kind()).contains(MilestoneKind.PHASE);
        assertThat(m.activity()).contains(ActivityId.of("A2"));
        assertThat(m.actual()).contains(LocalDate.of(2026, 1, 30));
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        Optional<String> none = Optional.empty();
        assertThatNullPointerException().isThrownBy(() -> new Milestone(null, "n", Optional.empty(),
                Optional.empty(), Optional.empty(), none, none, none, Optional.empty())).withMessage("id");
        assertThatNullPointerException().isThrownBy(() -> new Milestone(MilestoneId.of("M1"), null, Optional.empty(),
                Optional.empty(), Optional.empty(), none, none, none, Optional.empty())).withMessage("name");
        assertThatNullPointerException().isThrownBy(() -> new Milestone(MilestoneId.of("M1"), "n", Optional.empty(),
                null, Optional.empty(), none, none, none, Optional.empty())).withMessage("activity");
        assertThatNullPointerException().isThrownBy(() -> new Milestone(MilestoneId.of("M1"), "n", Optional.empty(),
                Optional.empty(), Optional.empty(), none, none, none, null)).withMessage("actual");
    }
}
