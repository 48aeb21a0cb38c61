package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class AreaStatusTest {

    private static final Finding FINDING = Fixtures.info("TEST-001", "test", Area.COST, Severity.ERROR)
            .finding("project", Fixtures.text("CPI below 0.92"), Fixtures.text("recover"));

    @Test
    void decidingRule_isTheRuleOfTheDecidingFinding() {
        AreaStatus status = new AreaStatus(Optional.of(Area.COST), RagStatus.RED, Optional.of(FINDING));

        assertThat(status.decidingRule()).contains("TEST-001");
    }

    @Test
    void decidingRule_isEmpty_whenNoFindingDecided() {
        AreaStatus status = new AreaStatus(Optional.empty(), RagStatus.GREEN, Optional.empty());

        assertThat(status.decidingRule()).isEmpty();
    }

    @Test
    void constructor_namesAMissingPart() {
        assertThatThrownBy(() -> new AreaStatus(null, RagStatus.GREEN, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("area");
        assertThatThrownBy(() -> new AreaStatus(Optional.empty(), null, Optional.empty()))
                .isInstanceOf(NullPointerException.class).hasMessage("status");
        assertThatThrownBy(() -> new AreaStatus(Optional.empty(), RagStatus.GREEN, null))
                .isInstanceOf(NullPointerException.class).hasMessage("decidedBy");
    }
}
