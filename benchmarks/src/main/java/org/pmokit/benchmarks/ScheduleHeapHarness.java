package org.pmokit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.examples.generator.ProjectGenerator;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.Schedule;

/**
 * Shows that a 1,000,000-activity network (seed 42, 2.5 links per activity, calendar MON_FRI) schedules
 * within a small heap: not a JMH benchmark but a plain program, to run with {@code -Xmx1g}.
 *
 * <p>It generates the project, collects, resets the peak usage of every heap pool, then schedules it
 * {@code runs} times with {@link CriticalPath#plan} (build the network, both passes) and reads every
 * activity's free float and the critical paths, keeping the last schedule. It prints the heap in use
 * with the project alone, the sum over the heap pools of their peak use (an upper bound of the peak
 * heap, since the pools need not peak together), and the heap in use with project and schedule held.
 * It exits with status 1 if scheduling fails, as it would with {@link OutOfMemoryError}.
 *
 * <p>Target: every run succeeds under {@code -Xmx1g}.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Djavadoc.skip=true
 * java -Xmx1g -cp benchmarks/target/benchmarks.jar org.pmokit.benchmarks.ScheduleHeapHarness [runs [activities]]
 * }</pre>
 */
public final class ScheduleHeapHarness {

    private static final double MIB = 1024.0 * 1024.0;

    private ScheduleHeapHarness() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of runs (default 3) and of activities (default 1,000,000)
     */
    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int activities = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        try {
            Project project = ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(2.5)
                    .calendar(WorkCalendar.MON_FRI).generate();
            System.gc();
            long modelOnly = usedHeap();
            heap.forEach(MemoryPoolMXBean::resetPeakUsage);
            Schedule last = null;
            long began = System.nanoTime();
            for (int r = 0; r < runs; r++) {
                last = null;
                Schedule s = CriticalPath.standard().plan(project, WorkCalendar.MON_FRI);
                long sum = 0;
                for (int i = 0; i < s.size(); i++) {
                    sum += s.freeFloat(i);
                }
                System.out.printf(Locale.ROOT, "run %d: %d activities, %d links, finish %d, %d critical paths "
                        + "(truncated %b), free float sum %d%n", r + 1, s.size(), s.network().linkCount(),
                        s.projectFinish(), s.criticalPaths().size(), s.criticalPathsTruncated(), sum);
                last = s;
            }
            long millis = (System.nanoTime() - began) / 1_000_000;
            long peak = 0;
            for (MemoryPoolMXBean pool : heap) {
                peak += pool.getPeakUsage().getUsed();
            }
            System.gc();
            long held = usedHeap();
            System.out.printf(Locale.ROOT, "max heap %.0f MiB; in use with the project alone %.1f MiB; peak %.1f MiB; "
                    + "in use with project and schedule held %.1f MiB; %d ms for %d runs (%s)%n",
                    Runtime.getRuntime().maxMemory() / MIB, modelOnly / MIB, peak / MIB, held / MIB, millis, runs,
                    last == null ? "none" : last.toString());
        } catch (OutOfMemoryError e) {
            System.out.println("FAILED: " + e);
            System.exit(1);
        }
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
