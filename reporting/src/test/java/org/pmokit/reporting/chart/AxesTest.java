package org.pmokit.reporting.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.api.Test;

/** Axis ticks: round steps, grouped values, month starts. */
class AxesTest {

    /** 8,000,000 in at most 5 intervals: the raw step 1,600,000 rounds up to 2,000,000. */
    @Test
    void step_examples() {
        assertThat(Axes.step(8_000_000, 5)).isEqualTo(2_000_000);
        assertThat(Axes.step(120, 5)).isEqualTo(50);
        assertThat(Axes.step(1, 5)).isEqualTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
        assertThat(Axes.step(0, 5)).isEqualTo(1);
    }

    /** The step is 1, 2 or 5 times a power of ten, and covers the range in at most the asked intervals. */
    @Property
    void step_isRound_andCoversTheRange(@ForAll @DoubleRange(min = 1e-3, max = 1e12) @Scale(6) double max,
            @ForAll @IntRange(min = 1, max = 20) int count) {
        double step = Axes.step(max, count);
        assertThat(Math.ceil(max / step - 1e-9)).isLessThanOrEqualTo(count);
        double mantissa = step / Math.pow(10, Math.floor(Math.log10(step) + 1e-12));
        assertThat(mantissa).satisfiesAnyOf(m -> assertThat(m).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-9)),
                m -> assertThat(m).isCloseTo(2, org.assertj.core.api.Assertions.within(1e-9)),
                m -> assertThat(m).isCloseTo(5, org.assertj.core.api.Assertions.within(1e-9)),
                m -> assertThat(m).isCloseTo(10, org.assertj.core.api.Assertions.within(1e-9)));
    }

    @Test
    void value_groupsIntegerDigits() {
        assertThat(Axes.value(8_544_049.46)).isEqualTo("8,544,049.46");
        assertThat(Axes.value(-2_000_000)).isEqualTo("-2,000,000");
        assertThat(Axes.value(0.5)).isEqualTo("0.5");
        assertThat(Axes.value(999)).isEqualTo("999");
    }

    @Test
    void months_startAtTheNextFirst_andThin() {
        assertThat(Axes.months(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 4, 30), 12)).containsExactly(
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 4, 1));
        assertThat(Axes.months(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), 12)).containsExactly(
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1));
        // 24 months in at most 12 ticks: every second month
        assertThat(Axes.months(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31), 12)).hasSize(12)
                .startsWith(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1));
        assertThat(Axes.month(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03");
    }
}
