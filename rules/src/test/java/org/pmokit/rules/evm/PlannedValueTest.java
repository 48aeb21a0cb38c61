package org.pmokit.rules.evm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.evm.EvmFixtures.cny;
import static org.pmokit.rules.evm.EvmFixtures.date;
import static org.pmokit.rules.evm.EvmFixtures.planned;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.WorkCalendar;

class PlannedValueTest {

    /**
     * 100.00 (10,000 fen) over 4 days. LINEAR: 2,500 a day. FRONT_LOADED, F = k(8 - k) / 16: 7/16,
     * 12/16, 15/16, 1, so 4,375, 7,500, 9,375, 10,000 (daily 4,375, 3,125, 1,875, 625: falling by
     * 1,250). BACK_LOADED, F = k^2 / 16: 625, 2,500, 5,625, 10,000 (daily 625, 1,875, 3,125, 4,375).
     */
    @ParameterizedTest(name = "{0} after {1} of 4 days: {2}")
    @CsvSource({
        "LINEAR, 0, 0", "LINEAR, 1, 2500", "LINEAR, 2, 5000", "LINEAR, 3, 7500", "LINEAR, 4, 10000",
        "FRONT_LOADED, 0, 0", "FRONT_LOADED, 1, 4375", "FRONT_LOADED, 2, 7500", "FRONT_LOADED, 3, 9375",
        "FRONT_LOADED, 4, 10000",
        "BACK_LOADED, 0, 0", "BACK_LOADED, 1, 625", "BACK_LOADED, 2, 2500", "BACK_LOADED, 3, 5625",
        "BACK_LOADED, 4, 10000",
    })
    void cumulative_followsTheCurvesShape(SpreadCurve curve, int elapsed, long planned) {
        assertThat(PlannedValue.cumulative(curve, 10_000, elapsed, 4)).isEqualTo(planned);
    }

    @Test
    void cumulative_roundsHalfEven_once() {
        // 1 fen over 2 days: 0.5 -> 0; 3 fen: 1.5 -> 2; 100.00 over 3 days: 3,333.33... -> 3,333
        assertThat(PlannedValue.cumulative(SpreadCurve.LINEAR, 1, 1, 2)).isZero();
        assertThat(PlannedValue.cumulative(SpreadCurve.LINEAR, 3, 1, 2)).isEqualTo(2);
        assertThat(PlannedValue.cumulative(SpreadCurve.LINEAR, 10_000, 1, 3)).isEqualTo(3_333);
        assertThat(PlannedValue.cumulative(SpreadCurve.LINEAR, 10_000, 2, 3)).isEqualTo(6_667);
        // front-loaded 10 fen over 4 days, day 1: 10 x 7/16 = 4.375 -> 4
        assertThat(PlannedValue.cumulative(SpreadCurve.FRONT_LOADED, 10, 1, 4)).isEqualTo(4);
    }

    @Test
    void cumulative_isExact_forBudgetsBeyondTheLongProduct() {
        // 9e16 fen over 99,999 days, back-loaded: the product needs more than 64 bits
        long budget = 90_000_000_000_000_000L;
        long k = 50_000;
        long d = 99_999;
        java.math.BigInteger exact = java.math.BigInteger.valueOf(budget).multiply(java.math.BigInteger.valueOf(k * k));
        java.math.BigDecimal expected = new java.math.BigDecimal(exact)
                .divide(new java.math.BigDecimal(d * d), 0, java.math.RoundingMode.HALF_EVEN);
        assertThat(PlannedValue.cumulative(SpreadCurve.BACK_LOADED, budget, (int) k, (int) d))
                .isEqualTo(expected.longValueExact());
    }

    @Property(tries = 300)
    void cumulative_neverFalls_andEndsAtTheBudget(@ForAll SpreadCurve curve,
            @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long budget, @ForAll @IntRange(min = 1, max = 400) int days) {
        long previous = 0;
        for (int k = 0; k <= days; k++) {
            long now = PlannedValue.cumulative(curve, budget, k, days);
            assertThat(now).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(budget);
            previous = now;
        }
        assertThat(previous).isEqualTo(budget);
    }

    @Test
    void cumulative_refusesArgumentsOutOfRange_withTheValues() {
        assertThatThrownBy(() -> PlannedValue.cumulative(SpreadCurve.LINEAR, -1, 0, 1))
                .hasMessage("budget must not be negative: -1");
        assertThatThrownBy(() -> PlannedValue.cumulative(SpreadCurve.LINEAR, 1, 5, 4))
                .hasMessage("elapsed must be within 0..4 and days positive: 5 of 4");
        assertThatThrownBy(() -> PlannedValue.cumulative(SpreadCurve.LINEAR, 1, 0, 0))
                .hasMessage("elapsed must be within 0..0 and days positive: 0 of 0");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "2026-01-02, 0.00",          // before the start
        "2026-01-05, 10000.00",      // the first day is planned by its end
        "2026-01-08, 40000.00",      // AT = 4
        "2026-01-10, 50000.00",      // Saturday
        "2026-01-16, 100000.00",     // the finish
    })
    void ofActivity_linear_isSpreadOverWorkingDays_statusDateInclusive(String statusDate, String planned) {
        BaselineActivity a = planned("A1", "2026-01-05", "2026-01-16", "100000.00");
        assertThat(PlannedValue.ofActivity(a, SpreadCurve.LINEAR, WorkCalendar.MON_FRI, date(statusDate)))
                .isEqualTo(cny(planned));
    }

    @Test
    void ofActivity_usesTheCurve() {
        // 100.00 over Monday to Thursday 2026-01-05..08; through Tuesday: 2 of 4 days
        BaselineActivity a = planned("A1", "2026-01-05", "2026-01-08", "100.00");
        assertThat(PlannedValue.ofActivity(a, SpreadCurve.FRONT_LOADED, WorkCalendar.MON_FRI, date("2026-01-06")))
                .isEqualTo(cny("75.00"));
        assertThat(PlannedValue.ofActivity(a, SpreadCurve.BACK_LOADED, WorkCalendar.MON_FRI, date("2026-01-06")))
                .isEqualTo(cny("25.00"));
    }

    @Test
    void ofActivity_withoutWorkingDays_isPlannedInFullAtItsFinish() {
        BaselineActivity weekend = planned("A1", "2026-01-10", "2026-01-11", "500.00");
        assertThat(PlannedValue.ofActivity(weekend, SpreadCurve.LINEAR, WorkCalendar.MON_FRI, date("2026-01-10")))
                .isEqualTo(cny("0.00"));
        assertThat(PlannedValue.ofActivity(weekend, SpreadCurve.LINEAR, WorkCalendar.MON_FRI, date("2026-01-11")))
                .isEqualTo(cny("500.00"));
    }
}
