package org.pmokit.benchmarks;

import java.time.LocalDate;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;

/**
 * Working-day offset conversions at the scale of a 1,000,000-activity schedule: each benchmark
 * converts 1,000,000 random offsets to dates, or 1,000,000 random dates to offsets, so the score is
 * the time per million conversions.
 *
 * <p>{@code CN} converts within its covered years 2025-2026 from the origin 2025-01-02;
 * {@code MON_FRI} over 30 years, 2000-2029, from the origin 2000-01-03. The {@code calendar*}
 * benchmarks call {@link WorkCalendar#dateOf(LocalDate, int)} and
 * {@link WorkCalendar#offsetOf(LocalDate, LocalDate)}; the {@code index*} benchmarks use a
 * {@link WorkingDayIndex} bound to the origin, as the schedule engines do.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar WorkCalendarBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class WorkCalendarBenchmark {

    /** Conversions per benchmark invocation. */
    static final int CONVERSIONS = 1_000_000;

    /** The calendar: {@code CN} (2025-2026) or {@code MON_FRI} (30 years). */
    @Param({"CN", "MON_FRI"})
    public String calendarName;

    private WorkCalendar calendar;
    private LocalDate origin;
    private WorkingDayIndex index;
    private int[] offsets;
    private LocalDate[] dates;
    private long[] epochDays;

    /** Draws the random offsets and dates, the same on every run. */
    @Setup
    public void setUp() {
        calendar = WorkCalendar.named(calendarName).orElseThrow();
        boolean cn = calendarName.equals("CN");
        origin = cn ? LocalDate.of(2025, 1, 2) : LocalDate.of(2000, 1, 3);
        LocalDate first = cn ? LocalDate.of(2025, 1, 1) : LocalDate.of(2000, 1, 1);
        LocalDate last = cn ? LocalDate.of(2026, 12, 31) : LocalDate.of(2029, 12, 31);
        index = calendar.index(origin);
        int maxOffset = calendar.offsetOf(origin, last);
        SplittableRandom random = new SplittableRandom(20260105L);
        offsets = new int[CONVERSIONS];
        dates = new LocalDate[CONVERSIONS];
        epochDays = new long[CONVERSIONS];
        for (int i = 0; i < CONVERSIONS; i++) {
            offsets[i] = random.nextInt(maxOffset);
            dates[i] = LocalDate.ofEpochDay(random.nextLong(first.toEpochDay(), last.toEpochDay() + 1));
            epochDays[i] = dates[i].toEpochDay();
        }
    }

    /**
     * 1,000,000 offsets to dates with {@link WorkCalendar#dateOf(LocalDate, int)}.
     *
     * @param bh the sink
     */
    @Benchmark
    public void calendarOffsetsToDates(Blackhole bh) {
        for (int offset : offsets) {
            bh.consume(calendar.dateOf(origin, offset));
        }
    }

    /**
     * 1,000,000 dates to offsets with {@link WorkCalendar#offsetOf(LocalDate, LocalDate)}.
     *
     * @return a checksum
     */
    @Benchmark
    public long calendarDatesToOffsets() {
        long sum = 0;
        for (LocalDate date : dates) {
            sum += calendar.offsetOf(origin, date);
        }
        return sum;
    }

    /**
     * 1,000,000 offsets to dates with {@link WorkingDayIndex#dateOf(int)}.
     *
     * @param bh the sink
     */
    @Benchmark
    public void indexOffsetsToDates(Blackhole bh) {
        for (int offset : offsets) {
            bh.consume(index.dateOf(offset));
        }
    }

    /**
     * 1,000,000 offsets to epoch days with {@link WorkingDayIndex#epochDayOf(int)}, allocating nothing.
     *
     * @return a checksum
     */
    @Benchmark
    public long indexOffsetsToEpochDays() {
        long sum = 0;
        for (int offset : offsets) {
            sum += index.epochDayOf(offset);
        }
        return sum;
    }

    /**
     * 1,000,000 dates to offsets with {@link WorkingDayIndex#offsetOf(LocalDate)}.
     *
     * @return a checksum
     */
    @Benchmark
    public long indexDatesToOffsets() {
        long sum = 0;
        for (LocalDate date : dates) {
            sum += index.offsetOf(date);
        }
        return sum;
    }

    /**
     * 1,000,000 epoch days to offsets with {@link WorkingDayIndex#offsetOfEpochDay(long)}.
     *
     * @return a checksum
     */
    @Benchmark
    public long indexEpochDaysToOffsets() {
        long sum = 0;
        for (long epochDay : epochDays) {
            sum += index.offsetOfEpochDay(epochDay);
        }
        return sum;
    }
}
