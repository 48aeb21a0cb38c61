package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class StatusChangeTest {

    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-04-10T09:00:00+08:00");

    @Test
    void constructor_keepsTheParts_withTheOffset() {
        StatusChange s = new StatusChange(ChangeStatus.SUBMITTED, "Retail banking division", AT);

        assertThat(s.status()).isEqualTo(ChangeStatus.SUBMITTED);
        assertThat(s.by()).isEqualTo("Retail banking division");
        assertThat(s.at()).isEqualTo(AT);
        assertThat(s.at().getOffset().getTotalSeconds()).isEqualTo(8 * 3600);
    }

    @Test
    void constructor_refusesMissingParts_namingThem() {
        assertThatNullPointerException().isThrownBy(() -> new StatusChange(null, "x", AT)).withMessage("status");
        assertThatNullPointerException().isThrownBy(() -> new StatusChange(ChangeStatus.DRAFT, null, AT)).withMessage("by");
        assertThatNullPointerException().isThrownBy(() -> new StatusChange(ChangeStatus.DRAFT, "x", null)).withMessage("at");
    }
}
