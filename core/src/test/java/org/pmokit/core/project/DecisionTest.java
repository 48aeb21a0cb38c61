package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecisionTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-02-05T10:30:00+08:00");

    @Test
    void constructor_keepsTheParts_withTheOffset() {
        Decision d = new Decision("CCB chair", Role.CCB_MEMBER, DecisionType.DEFER, AT, Optional.of("Next release"));

        assertThat(d.by()).isEqualTo("CCB chair");
        assertThat(d.role()).isEqualTo(Role.CCB_MEMBER);
        assertThat(d.decision()).isEqualTo(DecisionType.DEFER);
        assertThat(d.at()).isEqualTo(AT);
        assertThat(d.at().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
        assertThat(d.comment()).contains("Next release");
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new Decision(null, Role.SPONSOR, DecisionType.APPROVE, AT,
                Optional.empty())).withMessage("by");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", null, DecisionType.APPROVE, AT,
                Optional.empty())).withMessage("role");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, null, AT,
                Optional.empty())).withMessage("decision");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, DecisionType.APPROVE, null,
                Optional.empty())).withMessage("at");
        assertThatNullPointerException().isThrownBy(() -> new Decision("x", Role.SPONSOR, DecisionType.APPROVE, AT,
                null)).withMessage("comment");
    }
}
