package org.pmokit.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.time.WorkingDayIndex;
import org.pmokit.examples.generator.ProjectGenerator;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.evm.EvmFigures;
import org.pmokit.rules.evm.EvmSeries;
import org.pmokit.rules.evm.Period;
import org.pmokit.rules.evm.ProjectEvm;

/**
 * The earned value engine ({@link org.pmokit.rules.evm}) over weekly time series, side by side with a
 * plain {@code double}-array loop that does the same work.
 *
 * <p><b>Portfolio</b> (state of this class): 5,000 projects of 50 activities ({@link ProjectGenerator},
 * seed = index, MON_FRI, with a baseline; its curves and earning rules), each given a weekly progress
 * report and a weekly cost booking for every activity from its baseline start until it is done (it
 * takes 0.8 to 1.6 times its planned span, and costs 0.85 to 1.3 times its budget). The status date
 * is the 260th Sunday from the start, so every series has 260 weekly points: 1.3 million
 * project-periods. At every point the benchmarks read CPI, SPI and SPI(t).
 * <ul>
 *   <li>{@code portfolioCompiledParallel} / {@code portfolioCompiledSequential}: the series of projects
 *       compiled once ({@link ProjectEvm#of(Project)} in the setup): per point AT, PV from the
 *       baseline's profile, EV and AC placed in their periods and summed exactly in {@code long} minor
 *       units, ES by binary search, then CPI, SPI and SPI(t) from {@link EvmSeries#figures(int)}.
 *       Target: at most 50 ms on 2 cores.
 *   <li>{@code portfolioFromModelParallel}: the same from the model objects, compiling each project too
 *       (budgets, percents and amounts from {@code BigDecimal} to {@code long}, calendar offsets, the
 *       baseline's profile).
 *   <li>{@code portfolioPlainLoop}: one thread, plain {@code double} arrays prepared in the setup
 *       (offsets, working days, budgets, curves; each report's earned value; each cost): the daily PV
 *       profile from the activities, EV and AC per period by binary search of the period ends, ES by
 *       binary search, the three indices. The reference the issue quotes (about 21 ms on one core).
 * </ul>
 *
 * <p><b>Large project</b> ({@link Large}): one project of 10,000 activities (seed 42, MON_FRI, 2.5 links
 * per activity) with the same weekly reports, measured weekly from its start to the Sunday after its
 * planned finish. {@code largeSeriesCompiled}: the full weekly series of the compiled project, every
 * point's figures read; {@code largeSeriesFromModel}: compiling included. Target: at most 20 ms.
 *
 * <p>The setup checks that the engine and the plain loop agree on EV, AC and ES at every point of a
 * sample of projects.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Djavadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar EvmBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class EvmBenchmark {

    /** The number of projects. */
    @Param("5000")
    public int projects;

    /** The number of activities of each project. */
    @Param("50")
    public int activities;

    /** The number of weekly periods. */
    @Param("260")
    public int weeks;

    private LocalDate statusDate;
    private List<Project> portfolio;
    private List<ProjectEvm> compiled;
    private PlainProject[] plain;
    private long[] plainEnds;
    private int[] plainAt;

    /** Makes the portfolio, compiles it, prepares the plain arrays, and checks that both agree. */
    @Setup(Level.Trial)
    public void setUp() {
        LocalDate start = ProjectGenerator.DEFAULT_START;
        statusDate = Period.WEEK.endOf(start).plusWeeks(weeks - 1L);
        portfolio = new ArrayList<>(projects);
        compiled = new ArrayList<>(projects);
        plain = new PlainProject[projects];
        for (int i = 0; i < projects; i++) {
            Project p = withReports(ProjectGenerator.withSeed(i).activities(activities).linksPerActivity(2.5)
                    .calendar(WorkCalendar.MON_FRI).baseline(true).generate(), statusDate, i);
            portfolio.add(p);
            compiled.add(ProjectEvm.of(p));
            plain[i] = PlainProject.of(p);
        }
        List<LocalDate> ends = Period.WEEK.ends(start, statusDate);
        if (ends.size() != weeks) {
            throw new IllegalStateException("expected " + weeks + " weekly points, got " + ends.size());
        }
        WorkingDayIndex index = WorkCalendar.MON_FRI.index(start);
        plainEnds = new long[ends.size()];
        plainAt = new int[ends.size()];
        for (int i = 0; i < plainEnds.length; i++) {
            plainEnds[i] = ends.get(i).toEpochDay();
            plainAt[i] = index.offsetOfEpochDay(plainEnds[i] + 1);
        }
        for (int i = 0; i < Math.min(projects, 50); i++) {
            check(compiled.get(i).series(statusDate, Period.WEEK), plain[i], plainEnds, plainAt);
        }
        double engine = portfolioCompiledSequential();
        double parallel = portfolioCompiledParallel();
        // the parallel sum adds the same per-project values in another order
        if (Math.abs(engine - parallel) > 1e-9 * Math.abs(engine) || engine == 0) {
            throw new IllegalStateException("sequential and parallel sums differ: " + engine + " " + parallel);
        }
    }

    /**
     * The compiled portfolio's weekly series on the common fork-join pool.
     *
     * @return the sum of every defined CPI, SPI and SPI(t), so that nothing is optimised away
     */
    @Benchmark
    public double portfolioCompiledParallel() {
        return compiled.parallelStream().mapToDouble(p -> indices(p.series(statusDate, Period.WEEK))).sum();
    }

    /**
     * The compiled portfolio's weekly series on the calling thread.
     *
     * @return the sum of every defined CPI, SPI and SPI(t)
     */
    @Benchmark
    public double portfolioCompiledSequential() {
        double sum = 0;
        for (ProjectEvm p : compiled) {
            sum += indices(p.series(statusDate, Period.WEEK));
        }
        return sum;
    }

    /**
     * The portfolio's weekly series from the model, compiling each project, on the common fork-join pool.
     *
     * @return the sum of every defined CPI, SPI and SPI(t)
     */
    @Benchmark
    public double portfolioFromModelParallel() {
        return portfolio.parallelStream().mapToDouble(p -> indices(ProjectEvm.of(p).series(statusDate, Period.WEEK)))
                .sum();
    }

    /**
     * The plain double-array loop over the portfolio, on the calling thread.
     *
     * @return the sum of every defined CPI, SPI and SPI(t)
     */
    @Benchmark
    public double portfolioPlainLoop() {
        double sum = 0;
        for (PlainProject p : plain) {
            sum += p.indices(plainEnds, plainAt, null);
        }
        return sum;
    }

    /** Reads CPI, SPI and SPI(t) at every point; sums the defined ones. */
    static double indices(EvmSeries series) {
        double sum = 0;
        for (int i = 0; i < series.size(); i++) {
            EvmFigures f = series.figures(i);
            sum += value(f.cpi()) + value(f.spi()) + value(f.spiT());
        }
        return sum;
    }

    private static double value(MetricValue v) {
        return v instanceof MetricValue.Ratio r ? r.value() : 0;
    }

    // ---- the large project --------------------------------------------------------------------

    /** One project of 10,000 activities with weekly reports. */
    @State(Scope.Benchmark)
    public static class Large {

        /** The number of activities. */
        @Param("10000")
        public int size;

        Project project;
        ProjectEvm evm;
        LocalDate statusDate;

        /** Makes the project and compiles it. */
        @Setup(Level.Trial)
        public void setUp() {
            Project p = ProjectGenerator.withSeed(42).activities(size).linksPerActivity(2.5)
                    .calendar(WorkCalendar.MON_FRI).baseline(true).generate();
            statusDate = Period.WEEK.endOf(ProjectEvm.of(p).baseline().plannedFinish()).plusWeeks(1);
            project = withReports(p, statusDate, 42);
            evm = ProjectEvm.of(project);
        }
    }

    /**
     * The full weekly series of the compiled large project, every point's figures read.
     *
     * @param large the project
     * @return the sum of every defined CPI, SPI and SPI(t)
     */
    @Benchmark
    public double largeSeriesCompiled(Large large) {
        return indices(large.evm.series(large.statusDate, Period.WEEK));
    }

    /**
     * The full weekly series of the large project from the model, compiling included.
     *
     * @param large the project
     * @return the sum of every defined CPI, SPI and SPI(t)
     */
    @Benchmark
    public double largeSeriesFromModel(Large large) {
        return indices(ProjectEvm.of(large.project).series(large.statusDate, Period.WEEK));
    }

    // ---- the data -------------------------------------------------------------------------------

    /**
     * Adds a weekly progress report and cost booking for every baselined activity, from its baseline
     * start until it is done or the status date.
     */
    static Project withReports(Project p, LocalDate statusDate, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
        List<ProgressRecord> progress = new ArrayList<>();
        List<ActualCost> costs = new ArrayList<>();
        long status = statusDate.toEpochDay();
        for (BaselineActivity row : p.currentBaseline().orElseThrow().activities()) {
            long start = row.start().toEpochDay();
            long span = Math.max(1, row.finish().toEpochDay() - start + 1);
            long actual = Math.max(1, Math.round(span * (0.8 + 0.8 * random.nextDouble())));
            double costFactor = 0.85 + 0.45 * random.nextDouble();
            long budget = row.budget().toMinorUnits();
            Optional<LocalDate> started = Optional.of(row.start());
            int before = 0;
            for (long day = start + 6; day <= status; day += 7) {
                int percent = (int) Math.min(100, Math.round(100.0 * (day - start + 1) / actual));
                LocalDate date = LocalDate.ofEpochDay(day);
                boolean done = percent == 100;
                progress.add(new ProgressRecord(date, row.activity(), BigDecimal.valueOf(percent), started,
                        done ? Optional.of(date) : Optional.empty(), OptionalInt.empty()));
                long spent = Math.round(budget * (percent - before) / 100.0 * costFactor);
                if (spent > 0) {
                    costs.add(new ActualCost(date, row.activity(), Money.ofMinor(p.currency(), spent)));
                }
                before = percent;
                if (done) {
                    break;
                }
            }
        }
        return p.toBuilder().statusDate(statusDate).progress(progress).actualCosts(costs).build();
    }

    /** A project as plain arrays: the baseline's activities, each report's earned value, each cost. */
    static final class PlainProject {
        final int[] first;
        final int[] days;
        final double[] budget;
        final int[] curve;
        final int plannedDuration;
        final long[] reportDay;
        final double[] reportEarned;
        /** Reports of activity a: reportStart[a] to reportStart[a + 1] - 1, by date. */
        final int[] reportStart;
        final long[] costDay;
        final double[] costAmount;

        private PlainProject(int[] first, int[] days, double[] budget, int[] curve, long[] reportDay,
                double[] reportEarned, int[] reportStart, long[] costDay, double[] costAmount) {
            this.first = first;
            this.days = days;
            this.budget = budget;
            this.curve = curve;
            int pd = 0;
            for (int a = 0; a < first.length; a++) {
                pd = Math.max(pd, first[a] + days[a]);
            }
            this.plannedDuration = pd;
            this.reportDay = reportDay;
            this.reportEarned = reportEarned;
            this.reportStart = reportStart;
            this.costDay = costDay;
            this.costAmount = costAmount;
        }

        static PlainProject of(Project p) {
            WorkingDayIndex index = p.calendar().index(p.start());
            List<BaselineActivity> rows = p.currentBaseline().orElseThrow().activities();
            Map<ActivityId, Activity> activities = new HashMap<>();
            p.activities().forEach(a -> activities.put(a.id(), a));
            Map<ActivityId, Integer> rowOf = new HashMap<>();
            int n = rows.size();
            int[] first = new int[n];
            int[] days = new int[n];
            double[] budget = new double[n];
            int[] curve = new int[n];
            EarningRule[] rules = new EarningRule[n];
            for (int a = 0; a < n; a++) {
                BaselineActivity row = rows.get(a);
                rowOf.put(row.activity(), a);
                first[a] = index.offsetOf(row.start());
                days[a] = index.offsetOf(row.finish()) - first[a] + 1; // the generator plans on working days
                budget[a] = row.budget().amount().doubleValue();
                Activity activity = activities.get(row.activity());
                curve[a] = activity.curve().orElse(SpreadCurve.LINEAR).ordinal();
                rules[a] = activity.earningRule().orElse(EarningRule.PERCENT_COMPLETE);
            }
            int[] reportStart = new int[n + 1];
            for (ProgressRecord r : p.progress()) {
                reportStart[rowOf.get(r.activity()) + 1]++;
            }
            for (int a = 0; a < n; a++) {
                reportStart[a + 1] += reportStart[a];
            }
            int[] cursor = reportStart.clone();
            long[] reportDay = new long[p.progress().size()];
            double[] reportEarned = new double[p.progress().size()];
            for (ProgressRecord r : p.progress()) { // in date order per activity, as made
                int a = rowOf.get(r.activity());
                int i = cursor[a]++;
                reportDay[i] = r.date().toEpochDay();
                double percent = r.percentComplete().doubleValue();
                boolean done = percent == 100 || r.actualFinish().isPresent();
                reportEarned[i] = switch (rules[a]) {
                    case ZERO_HUNDRED -> done ? budget[a] : 0;
                    case FIFTY_FIFTY -> done ? budget[a] : Math.round(budget[a] * 50) / 100.0;
                    default -> Math.round(budget[a] * percent) / 100.0;
                };
            }
            long[] costDay = new long[p.actualCosts().size()];
            double[] costAmount = new double[costDay.length];
            for (int i = 0; i < costDay.length; i++) {
                costDay[i] = p.actualCosts().get(i).date().toEpochDay();
                costAmount[i] = p.actualCosts().get(i).amount().amount().doubleValue();
            }
            return new PlainProject(first, days, budget, curve, reportDay, reportEarned, reportStart, costDay, costAmount);
        }

        /**
         * The plain loop: PV profile, EV and AC per period, ES, and the sum of the defined indices; fills
         * {@code out} (ev, ac, es per point) when given.
         */
        double indices(long[] ends, int[] at, double[][] out) {
            int pd = plannedDuration;
            double[] pv = new double[pd + 1];
            for (int a = 0; a < first.length; a++) {
                int d = days[a];
                double previous = 0;
                for (int k = 1; k <= d; k++) {
                    double x = (double) k / d;
                    double f = curve[a] == 1 ? x * (2 - x) : curve[a] == 2 ? x * x : x;
                    double now = budget[a] * f;
                    pv[first[a] + k] += now - previous;
                    previous = now;
                }
            }
            for (int t = 1; t <= pd; t++) {
                pv[t] += pv[t - 1];
            }
            int points = ends.length;
            double[] ev = new double[points];
            double[] ac = new double[points];
            long status = ends[points - 1];
            for (int a = 0; a < first.length; a++) {
                double before = 0;
                for (int i = reportStart[a]; i < reportStart[a + 1] && reportDay[i] <= status; i++) {
                    ev[period(ends, reportDay[i])] += reportEarned[i] - before;
                    before = reportEarned[i];
                }
            }
            for (int i = 0; i < costDay.length; i++) {
                if (costDay[i] <= status) {
                    ac[period(ends, costDay[i])] += costAmount[i];
                }
            }
            double bac = pv[pd];
            double sum = 0;
            for (int i = 0; i < points; i++) {
                if (i > 0) {
                    ev[i] += ev[i - 1];
                    ac[i] += ac[i - 1];
                }
                double planned = pv[Math.min(at[i], pd)];
                double es = earnedSchedule(pv, pd, bac, ev[i]);
                if (ac[i] != 0) {
                    sum += ev[i] / ac[i];
                }
                if (planned != 0) {
                    sum += ev[i] / planned;
                }
                if (at[i] != 0) {
                    sum += es / at[i];
                }
                if (out != null) {
                    out[0][i] = ev[i];
                    out[1][i] = ac[i];
                    out[2][i] = es;
                }
            }
            return sum;
        }

        private static int period(long[] ends, long day) {
            int lo = 0;
            int hi = ends.length - 1;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (ends[mid] >= day) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            return lo;
        }

        /** ES by binary search; doubles need a tolerance to find the start of a flat stretch of PV. */
        private static double earnedSchedule(double[] pv, int pd, double bac, double ev) {
            if (ev >= bac - 1e-6) {
                return pd;
            }
            int lo = 0;
            int hi = pd;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (pv[mid] >= ev - 1e-6) {
                    hi = mid;
                } else {
                    lo = mid + 1;
                }
            }
            if (lo == 0 || pv[lo] <= ev + 1e-6) {
                return lo;
            }
            return lo - 1 + (ev - pv[lo - 1]) / (pv[lo] - pv[lo - 1]);
        }
    }

    /** Checks that the engine and the plain loop agree at every point. */
    private static void check(EvmSeries series, PlainProject plain, long[] ends, int[] at) {
        double[][] out = new double[3][ends.length];
        plain.indices(ends, at, out);
        for (int i = 0; i < series.size(); i++) {
            EvmFigures f = series.figures(i);
            double ev = f.ev().amount().doubleValue();
            double ac = f.ac().amount().doubleValue();
            double es = f.es() instanceof MetricValue.Quantity q ? q.value() : 0;
            if (Math.abs(ev - out[0][i]) > 0.01 * (1 + i) || Math.abs(ac - out[1][i]) > 0.01 * (1 + i)
                    || Math.abs(es - out[2][i]) > 1e-3) {
                throw new IllegalStateException("engine and plain loop differ at " + series.date(i) + ": EV " + ev
                        + " / " + out[0][i] + ", AC " + ac + " / " + out[1][i] + ", ES " + es + " / " + out[2][i]);
            }
        }
    }
}
