package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.evm.EvmFixtures.date;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    @Test
    void endOf_isTheSundayOrTheMonthEnd() {
        assertThat(Period.WEEK.endOf(date("2026-01-05"))).isEqualTo(date("2026-01-11"));
        assertThat(Period.WEEK.endOf(date("2026-01-11"))).isEqualTo(date("2026-01-11"));
        assertThat(Period.MONTH.endOf(date("2026-02-05"))).isEqualTo(date("2026-02-28"));
        assertThat(Period.MONTH.endOf(date("2028-02-05"))).isEqualTo(date("2028-02-29"));
    }

    @Test
    void ends_runFromTheFirstPeriodToTheStatusDate_whichComesOnce() {
        assertThat(Period.WEEK.ends(date("2026-01-05"), date("2026-01-25")))
                .containsExactly(date("2026-01-11"), date("2026-01-18"), date("2026-01-25"));
        assertThat(Period.WEEK.ends(date("2026-01-05"), date("2026-01-21")))
                .containsExactly(date("2026-01-11"), date("2026-01-18"), date("2026-01-21"));
        assertThat(Period.MONTH.ends(date("2026-01-05"), date("2026-03-31")))
                .containsExactly(date("2026-01-31"), date("2026-02-28"), date("2026-03-31"));
        assertThat(Period.MONTH.ends(date("2026-01-05"), date("2025-12-01"))).containsExactly(date("2025-12-01"));
    }

    @Test
    void endEpochDays_areTheEnds() {
        LocalDate start = date("2026-01-07");
        for (Period p : Period.values()) {
            for (LocalDate status = start.minusDays(3); status.isBefore(start.plusDays(200)); status = status.plusDays(1)) {
                List<LocalDate> ends = p.ends(start, status);
                long[] days = p.endEpochDays(start, status);
                assertThat(days).hasSize(ends.size());
                for (int i = 0; i < days.length; i++) {
                    assertThat(days[i]).isEqualTo(ends.get(i).toEpochDay());
                }
            }
        }
    }
}
