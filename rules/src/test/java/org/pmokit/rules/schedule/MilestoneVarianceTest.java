package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.MilestoneId;

class MilestoneVarianceTest {

    private static MilestoneVariance of(Optional<LocalDate> baseline, OptionalInt variance) {
        return new MilestoneVariance(MilestoneId.of("M1"), ActivityId.of("A"), LocalDate.of(2026, 3, 2), baseline, variance);
    }

    @Test
    void slipped_onlyWhenLaterThanTheBaseline() {
        Optional<LocalDate> date = Optional.of(LocalDate.of(2026, 2, 27));
        assertThat(of(date, OptionalInt.of(1)).isSlipped()).isTrue();
        assertThat(of(date, OptionalInt.of(0)).isSlipped()).isFalse();
        assertThat(of(date, OptionalInt.of(-3)).isSlipped()).isFalse();
        assertThat(of(Optional.empty(), OptionalInt.empty()).isSlipped()).isFalse();
    }

    @Test
    void varianceAndBaseline_comeTogether() {
        assertThatThrownBy(() -> of(Optional.empty(), OptionalInt.of(1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("milestone M1: a variance needs a baseline date and a baseline date a variance: "
                        + "Optional.empty, OptionalInt[1]");
    }
}
