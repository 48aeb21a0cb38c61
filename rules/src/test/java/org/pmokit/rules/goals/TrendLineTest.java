package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.dec;
import static org.pmokit.rules.goals.Fixtures.reading;

import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.KpiReading;

class TrendLineTest {

    @Test
    void fit_needsReadingsOnTwoDates() {
        assertThat(TrendLine.fit(List.of())).isEmpty();
        assertThat(TrendLine.fit(List.of(reading("2026-01-31", "1")))).isEmpty();
        assertThat(TrendLine.fit(List.of(reading("2026-01-31", "1"), reading("2026-01-31", "2")))).isEmpty();
        assertThat(TrendLine.fit(List.of(reading("2026-01-31", "1"), reading("2026-02-01", "2")))).isPresent();
    }

    @Test
    void passesThroughPointsOnALine_exactly() {
        // 10 + 0.5 per day from 2026-01-01
        TrendLine line = TrendLine.fit(List.of(reading("2026-01-01", "10"), reading("2026-01-11", "15"),
                reading("2026-01-21", "20"))).orElseThrow();

        assertThat(line.count()).isEqualTo(3);
        assertThat(line.slopeSign()).isEqualTo(1);
        assertThat(line.slopePerDay(MathContext.DECIMAL64)).isEqualByComparingTo("0.5");
        assertThat(line.valueAt(date("2026-02-10"), MathContext.DECIMAL64)).isEqualByComparingTo("30");
        assertThat(line.compareAt(date("2026-02-10"), dec("30"))).isZero();
        assertThat(line.compareAt(date("2026-02-10"), dec("30.0000000000000000000001"))).isNegative();
        assertThat(line.compareAt(date("2026-02-10"), dec("29.9999999999999999999999"))).isPositive();
    }

    @Test
    void fitsTheLeastSquaresLine_throughScatteredPoints() {
        // x = 0, 1, 2, 3; y = 1, 3, 2, 4: slope 0.8, intercept 1.3
        TrendLine line = TrendLine.fit(List.of(reading("2026-01-01", "1"), reading("2026-01-02", "3"),
                reading("2026-01-03", "2"), reading("2026-01-04", "4"))).orElseThrow();

        assertThat(line.slopePerDay(MathContext.DECIMAL64)).isEqualByComparingTo("0.8");
        assertThat(line.valueAt(date("2026-01-01"), MathContext.DECIMAL64)).isEqualByComparingTo("1.3");
        assertThat(line.valueAt(date("2026-01-11"), MathContext.DECIMAL64)).isEqualByComparingTo("9.3");
    }

    @Test
    void isFlat_forEqualValues_andFalls_forFallingValues() {
        assertThat(TrendLine.fit(List.of(reading("2026-01-01", "5"), reading("2026-03-01", "5.00"))).orElseThrow()
                .slopeSign()).isZero();
        assertThat(TrendLine.fit(List.of(reading("2026-01-01", "5"), reading("2026-03-01", "4.99"))).orElseThrow()
                .slopeSign()).isEqualTo(-1);
    }

    @Property
    void doesNotDependOnTheOrderOfTheReadings(@ForAll @IntRange(min = -1000, max = 1000) int a,
            @ForAll @IntRange(min = -1000, max = 1000) int b, @ForAll @IntRange(min = -1000, max = 1000) int c,
            @ForAll @IntRange(min = 1, max = 400) int gap, @ForAll long seed) {
        List<KpiReading> readings = new ArrayList<>(List.of(
                new KpiReading(date("2026-01-01"), dec(a + ".5")),
                new KpiReading(date("2026-01-01").plusDays(gap), dec(Integer.toString(b))),
                new KpiReading(date("2026-01-01").plusDays(2L * gap), dec(c + ".25"))));
        TrendLine ordered = TrendLine.fit(readings).orElseThrow();
        Collections.shuffle(readings, new java.util.Random(seed));
        TrendLine shuffled = TrendLine.fit(readings).orElseThrow();

        assertThat(shuffled.slopeSign()).isEqualTo(ordered.slopeSign());
        assertThat(shuffled.valueAt(date("2027-01-01"), MathContext.DECIMAL128))
                .isEqualByComparingTo(ordered.valueAt(date("2027-01-01"), MathContext.DECIMAL128));
    }

    @Property(tries = 2000)
    void theLongWay_givesWhatTheDecimalWayGives(@ForAll("readings") List<KpiReading> readings,
            @ForAll @IntRange(min = -400, max = 4000) int ahead) {
        long origin = readings.stream().mapToLong(r -> r.date().toEpochDay()).min().orElseThrow();
        java.util.Optional<TrendLine> fitted = TrendLine.fit(readings);
        if (fitted.isEmpty()) {
            assertThat(readings.stream().map(KpiReading::date).distinct().count()).isLessThan(2);
            return;
        }
        TrendLine fast = fitted.get();
        TrendLine slow = TrendLine.fitDecimals(readings, origin);
        java.time.LocalDate at = readings.get(0).date().plusDays(ahead);

        assertThat(fast.count()).isEqualTo(slow.count());
        assertThat(fast.slopeSign()).isEqualTo(slow.slopeSign());
        if (slow.slopeSign() != 0 || fast.slopeSign() != 0) {
            assertThat(fast.slopePerDay(MathContext.DECIMAL64)).isEqualTo(slow.slopePerDay(MathContext.DECIMAL64));
        }
        // equal values at equal scales: BigDecimal.equals, not only compareTo
        assertThat(fast.valueAt(at, MathContext.DECIMAL64)).isEqualTo(slow.valueAt(at, MathContext.DECIMAL64));
        assertThat(fast.valueAt(at, MathContext.DECIMAL128)).isEqualTo(slow.valueAt(at, MathContext.DECIMAL128));
        for (KpiReading r : readings) {
            assertThat(fast.compareAt(at, r.value())).isEqualTo(slow.compareAt(at, r.value()));
        }
    }

    @Test
    void valuesBeyondALong_stillFitExactly() {
        // 19-digit values leave the long way; the line through them is still exact
        TrendLine line = TrendLine.fit(List.of(reading("2026-01-01", "1000000000000000000.5"),
                reading("2026-01-11", "1000000000000000010.5"))).orElseThrow();

        assertThat(line.slopePerDay(MathContext.DECIMAL64)).isEqualByComparingTo("1");
        assertThat(line.valueAt(date("2026-01-21"), MathContext.DECIMAL128)).isEqualByComparingTo("1000000000000000020.5");
    }

    @net.jqwik.api.Provide
    net.jqwik.api.Arbitrary<List<KpiReading>> readings() {
        net.jqwik.api.Arbitrary<java.math.BigDecimal> usual = net.jqwik.api.Arbitraries.longs()
                .between(-10_000_000L, 10_000_000L)
                .flatMap(u -> net.jqwik.api.Arbitraries.integers().between(0, 6)
                        .map(scale -> java.math.BigDecimal.valueOf(u, scale)));
        net.jqwik.api.Arbitrary<java.math.BigDecimal> edges = net.jqwik.api.Arbitraries.of(
                new java.math.BigDecimal("1E+3"), new java.math.BigDecimal("123456789012345678"),
                new java.math.BigDecimal("-999999999999999999"), new java.math.BigDecimal("0.000000000000000001"),
                new java.math.BigDecimal("12345678901234567890.5"), java.math.BigDecimal.ZERO);
        net.jqwik.api.Arbitrary<java.math.BigDecimal> values = net.jqwik.api.Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, usual), net.jqwik.api.Tuple.of(1, edges));
        net.jqwik.api.Arbitrary<KpiReading> reading = net.jqwik.api.Combinators.combine(
                net.jqwik.api.Arbitraries.integers().between(0, 2000), values)
                .as((day, value) -> new KpiReading(date("2026-01-01").plusDays(day), value));
        return reading.list().ofMinSize(1).ofMaxSize(8);
    }
}
