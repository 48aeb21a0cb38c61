package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.NoSuchElementException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.rules.Text;

/** A section of a report: its content or the reason why there is none, never both, never neither. */
class SlotTest {

    private static final Text NO_BASELINE = Text.of("the project has no baseline", "项目没有基线");

    @Test
    void filled_andEmpty() {
        Slot<Integer> filled = Slot.of(184);
        assertThat(filled.isFilled()).isTrue();
        assertThat(filled.get()).isEqualTo(184);
        assertThat(filled.map(d -> d + 1).get()).isEqualTo(185);
        Slot<Integer> empty = Slot.empty(NO_BASELINE);
        assertThat(empty.isFilled()).isFalse();
        assertThat(empty.map(d -> d + 1).reason()).contains(NO_BASELINE);
    }

    @Test
    void get_ofAnEmptySlot_saysTheReason() {
        assertThatThrownBy(() -> Slot.empty(NO_BASELINE).get()).isInstanceOf(NoSuchElementException.class)
                .hasMessage("empty slot: the project has no baseline");
    }

    @Test
    void bothOrNeither_isRejected() {
        assertThatThrownBy(() -> new Slot<>(Optional.of(1), Optional.of(NO_BASELINE)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("a slot has either content or a reason: ");
        assertThatThrownBy(() -> new Slot<>(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a slot has either content or a reason: Optional.empty, Optional.empty");
    }
}
