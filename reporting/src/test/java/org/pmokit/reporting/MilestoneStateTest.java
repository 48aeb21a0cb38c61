package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a milestone stands at the status date 2026-04-30, by its due, actual and forecast dates. */
class MilestoneStateTest {

    private static final LocalDate STATUS = LocalDate.of(2026, 4, 30);

    private static Optional<LocalDate> date(String s) {
        return s == null ? Optional.empty() : Optional.of(LocalDate.parse(s));
    }

    @ParameterizedTest(name = "due {0}, actual {1}, forecast {2}: {3}")
    @CsvSource(nullValues = "-", value = {
        "2026-03-05, 2026-03-05, -,          REACHED_ON_TIME",
        "2026-03-05, 2026-03-10, -,          REACHED_LATE",
        "-,          2026-03-10, -,          REACHED_ON_TIME",
        "2026-04-29, -,          2026-05-05, OVERDUE",
        "2026-04-30, -,          2026-04-30, ON_TRACK",
        "2026-05-19, -,          2026-05-28, FORECAST_LATE",
        "2026-05-19, -,          2026-05-19, ON_TRACK",
        "2026-05-19, -,          -,          ON_TRACK",
        "-,          -,          2026-05-28, NO_DUE_DATE",
        // an actual date after the status date is not known yet at the status date
        "2026-05-19, 2026-05-02, 2026-05-28, FORECAST_LATE"})
    void classifies(String due, String actual, String forecast, MilestoneState expected) {
        assertThat(MilestoneState.of(date(due), date(actual), date(forecast), STATUS)).isEqualTo(expected);
    }

    /** A milestone reached by the status date is reached, on time exactly when not after its due date. */
    @Property
    void reachedMilestones(@ForAll @IntRange(min = -60, max = 0) int actualOffset,
            @ForAll @IntRange(min = -60, max = 60) int dueOffset) {
        LocalDate actual = STATUS.plusDays(actualOffset);
        LocalDate due = STATUS.plusDays(dueOffset);
        MilestoneState s = MilestoneState.of(Optional.of(due), Optional.of(actual), Optional.empty(), STATUS);
        assertThat(s).isEqualTo(actual.isAfter(due) ? MilestoneState.REACHED_LATE : MilestoneState.REACHED_ON_TIME);
    }
}
