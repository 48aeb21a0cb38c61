package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.rules.Text;

class EvmOutcomeTest {

    private static final Text WHY = Text.of("no baseline to plan against", "没有可对照的基线");

    @Test
    void aDefinedOutcome_mapsItsValue() {
        EvmOutcome<Integer> four = EvmOutcome.of(4);
        assertThat(four.value()).contains(4);
        assertThat(four.reason()).isEmpty();
        assertThat(four.map(x -> x * 10)).isEqualTo(EvmOutcome.of(40));
    }

    @Test
    void anUndefinedOutcome_keepsItsReason_throughMap() {
        EvmOutcome<Integer> none = EvmOutcome.undefined(WHY);
        assertThat(none.value()).isEmpty();
        assertThat(none.map(x -> x * 10)).isEqualTo(EvmOutcome.undefined(WHY));
    }

    @Test
    void anInputErrorInMap_becomesTheReason() {
        Text beyond = Text.of("the calendar CN does not cover 2027-02-01", "日历 CN 不覆盖 2027-02-01");
        EvmOutcome<Integer> mapped = EvmOutcome.of(4).map(x -> {
            throw new EvmInputException(beyond);
        });
        assertThat(mapped.reason()).contains(beyond);
        // other exceptions are not expected outcomes: they pass through
        assertThatThrownBy(() -> EvmOutcome.of(4).map(x -> {
            throw new IllegalStateException("bug");
        })).isInstanceOf(IllegalStateException.class).hasMessage("bug");
    }

    @Test
    void bothOrNeither_isRefused_withTheParts() {
        assertThatThrownBy(() -> new EvmOutcome<>(Optional.of(1), Optional.of(WHY)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("an outcome has either a value or a reason: Optional[1], Optional[");
        assertThatThrownBy(() -> new EvmOutcome<>(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("an outcome has either a value or a reason: Optional.empty, Optional.empty");
    }
}
