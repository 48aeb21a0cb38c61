package org.pmokit.benchmarks;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.examples.generator.ProjectGenerator;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.Schedule;
import org.pmokit.rules.schedule.ScheduleNetwork;

/**
 * The critical path engine (org.pmokit.rules.schedule), side by side with a plain int-array
 * implementation of the same passes.
 *
 * <ul>
 *   <li>{@code passEngine} / {@code passPlain}: forward plus backward pass over 1,000,000 activities and
 *       about 2,500,000 links of all four types with leads and lags ({@link ProjectGenerator}, seed 42,
 *       MON_FRI, its few start constraints dropped). The engine runs {@link CriticalPath#schedule(ScheduleNetwork)} on a network built once,
 *       allocating its result; the plain version loops over compressed rows in topological order with a
 *       switch on the link type, into arrays allocated once. Target: engine within 1.5x of plain.
 *   <li>{@code buildNetwork}: {@link ScheduleNetwork#plan} on the same project: resolve the links, sort
 *       topologically, renumber, lay out the arrays. Target: at most 1 s.
 *   <li>{@code cnModelToDatedResult}: a 10,000-activity project on the CN calendar (holidays and make-up
 *       working days; {@link LayeredNetworks}, seed 7, 2.5 links per activity, 40 layers, from 2025-01-02),
 *       from the model to a schedule with every activity's four dates read. Target: at most 5 ms.
 * </ul>
 * The setup checks that engine and plain give the same early and late times.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Djavadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar ScheduleBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ScheduleBenchmark {

    /** The 1,000,000-activity network, its engine network and its plain arrays. */
    @State(Scope.Benchmark)
    public static class Large {
        /** The number of activities. */
        @Param("1000000")
        public int activities;

        Project project;
        ScheduleNetwork network;
        PlainCpm plain;

        /** Generates the project, builds both forms and checks that they agree. */
        @Setup(Level.Trial)
        public void setUp() {
            Project generated = ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(2.5)
                    .calendar(WorkCalendar.MON_FRI).generate();
            // The plain passes know no constraints: drop the generator's (one activity in 200).
            project = generated.toBuilder().activities(generated.activities().stream()
                    .map(a -> a.constraint().isPresent() ? a.toBuilder().constraint(null).build() : a).toList()).build();
            network = ScheduleNetwork.plan(project, WorkCalendar.MON_FRI);
            plain = PlainCpm.of(project);
            Schedule s = CriticalPath.standard().schedule(network);
            plain.run();
            for (int i = 0; i < activities; i++) {
                int p = plain.position[i];
                if (s.earlyStart(i) != plain.es[p] || s.earlyFinish(i) != plain.ef[p]
                        || s.lateStart(i) != plain.ls[p] || s.lateFinish(i) != plain.lf[p]) {
                    throw new IllegalStateException("engine and plain passes differ at " + s.id(i));
                }
            }
            System.out.println("\n" + network + ", finish " + s.projectFinish());
        }
    }

    /** The 10,000-activity project on the CN calendar. */
    @State(Scope.Benchmark)
    public static class Cn {
        /** The number of activities. */
        @Param("10000")
        public int activities;

        Project project;

        /** Generates the project. */
        @Setup(Level.Trial)
        public void setUp() {
            project = LayeredNetworks.generate(7, activities, 2.5, 40, WorkCalendar.CN, LayeredNetworks.CN_START);
            Schedule s = CriticalPath.standard().plan(project, WorkCalendar.CN);
            System.out.println("\n" + s + ", " + s.network().linkCount() + " links, "
                    + s.criticalPaths().size() + " critical paths listed");
        }
    }

    /**
     * Forward and backward pass of the engine over a network built once.
     *
     * @param large the network
     * @return the schedule
     */
    @Benchmark
    public Schedule passEngine(Large large) {
        return CriticalPath.standard().schedule(large.network);
    }

    /**
     * The same passes over plain int arrays.
     *
     * @param large the arrays
     * @return the project finish
     */
    @Benchmark
    public int passPlain(Large large) {
        return large.plain.run();
    }

    /**
     * Builds the engine's arrays from the model: links resolved, sorted, renumbered.
     *
     * @param large the project
     * @return the network
     */
    @Benchmark
    public ScheduleNetwork buildNetwork(Large large) {
        return ScheduleNetwork.plan(large.project, WorkCalendar.MON_FRI);
    }

    /**
     * Model to dated result on the CN calendar: build, passes, and every activity's four dates.
     *
     * @param cn the project
     * @param bh the sink of the dates
     * @return the schedule
     */
    @Benchmark
    public Schedule cnModelToDatedResult(Cn cn, Blackhole bh) {
        Schedule s = CriticalPath.standard().plan(cn.project, WorkCalendar.CN);
        for (int i = 0; i < s.size(); i++) {
            bh.consume(s.earlyStartDate(i));
            bh.consume(s.earlyFinishDate(i));
            bh.consume(s.lateStartDate(i));
            bh.consume(s.lateFinishDate(i));
        }
        return s;
    }

    /**
     * The plain baseline: the forward and backward passes of FORMULAS.md section 2 over int arrays in
     * topological order (predecessor rows with a type and a lag per link), without constraints or progress.
     */
    static final class PlainCpm {
        final int n;
        final int[] position;
        final int[] duration;
        final int[] predStart;
        final int[] pred;
        final byte[] type;
        final int[] lag;
        final int[] es;
        final int[] ef;
        final int[] ls;
        final int[] lf;

        private PlainCpm(int[] position, int[] duration, int[] predStart, int[] pred, byte[] type, int[] lag) {
            this.n = duration.length;
            this.position = position;
            this.duration = duration;
            this.predStart = predStart;
            this.pred = pred;
            this.type = type;
            this.lag = lag;
            es = new int[n];
            ef = new int[n];
            ls = new int[n];
            lf = new int[n];
        }

        /** Sorts the activities topologically (Kahn) and lays the links out by position. */
        static PlainCpm of(Project project) {
            List<Activity> acts = project.activities();
            int n = acts.size();
            Map<ActivityId, Integer> index = new HashMap<>(2 * n);
            for (int i = 0; i < n; i++) {
                index.put(acts.get(i).id(), i);
            }
            int[] indegree = new int[n];
            int[] succCount = new int[n + 1];
            for (int i = 0; i < n; i++) {
                for (Dependency d : acts.get(i).predecessors()) {
                    indegree[i]++;
                    succCount[index.get(d.predecessor()) + 1]++;
                }
            }
            for (int i = 0; i < n; i++) {
                succCount[i + 1] += succCount[i];
            }
            int[] succ = new int[succCount[n]];
            int[] fill = Arrays.copyOf(succCount, n);
            for (int i = 0; i < n; i++) {
                for (Dependency d : acts.get(i).predecessors()) {
                    succ[fill[index.get(d.predecessor())]++] = i;
                }
            }
            int[] order = new int[n];
            int tail = 0;
            for (int i = 0; i < n; i++) {
                if (indegree[i] == 0) {
                    order[tail++] = i;
                }
            }
            for (int head = 0; head < tail; head++) {
                int i = order[head];
                for (int k = succCount[i]; k < succCount[i + 1]; k++) {
                    if (--indegree[succ[k]] == 0) {
                        order[tail++] = succ[k];
                    }
                }
            }
            int[] position = new int[n];
            for (int p = 0; p < n; p++) {
                position[order[p]] = p;
            }
            int[] duration = new int[n];
            int[] predStart = new int[n + 1];
            int m = succ.length;
            int[] pred = new int[m];
            byte[] type = new byte[m];
            int[] lag = new int[m];
            int k = 0;
            for (int p = 0; p < n; p++) {
                Activity a = acts.get(order[p]);
                duration[p] = a.duration();
                predStart[p] = k;
                for (Dependency d : a.predecessors()) {
                    pred[k] = position[index.get(d.predecessor())];
                    type[k] = (byte) d.type().ordinal();
                    lag[k] = d.lag();
                    k++;
                }
            }
            predStart[n] = k;
            return new PlainCpm(position, duration, predStart, pred, type, lag);
        }

        /** Runs both passes; returns the project finish. */
        int run() {
            int finish = 0;
            for (int p = 0; p < n; p++) {
                int d = duration[p];
                int s = 0;
                for (int k = predStart[p]; k < predStart[p + 1]; k++) {
                    int q = pred[k];
                    int v;
                    switch (type[k]) {
                        case 0: v = ef[q] + lag[k]; break;        // FS
                        case 1: v = es[q] + lag[k]; break;        // SS
                        case 2: v = ef[q] + lag[k] - d; break;    // FF
                        default: v = es[q] + lag[k] - d; break;   // SF
                    }
                    if (v > s) {
                        s = v;
                    }
                }
                es[p] = s;
                ef[p] = s + d;
                if (s + d > finish) {
                    finish = s + d;
                }
            }
            Arrays.fill(lf, finish);
            for (int p = n - 1; p >= 0; p--) {
                int d = duration[p];
                int l = lf[p];
                ls[p] = l - d;
                for (int k = predStart[p]; k < predStart[p + 1]; k++) {
                    int q = pred[k];
                    int v;
                    switch (type[k]) {
                        case 0: v = ls[p] - lag[k]; break;                  // FS
                        case 1: v = ls[p] - lag[k] + duration[q]; break;    // SS
                        case 2: v = l - lag[k]; break;                      // FF
                        default: v = l - lag[k] + duration[q]; break;       // SF
                    }
                    if (v < lf[q]) {
                        lf[q] = v;
                    }
                }
            }
            return finish;
        }
    }
}
