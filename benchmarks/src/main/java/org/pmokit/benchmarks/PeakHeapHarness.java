package org.pmokit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.examples.generator.ProjectGenerator;

/**
 * Measures the peak heap of reading a project document of 100,000 activities (seed 42, 2.5 links
 * per activity, calendar MON_FRI; about 27 MB): not a JMH benchmark but a plain program, to run
 * with a small heap.
 *
 * <p>It writes the document to a temporary file, drops the project, collects, resets the peak
 * usage of every heap pool, then reads the document {@code reads} times with
 * {@link ProjectJson#read(Path)} (streamed from the file), and then as many times with
 * {@link ProjectJson#read(byte[])} from the document held in memory. For each way it prints the
 * sum over the heap pools ({@link MemoryPoolMXBean#getPeakUsage()}) of their peak use: an upper
 * bound of the peak heap, since the pools need not peak at the same moment. It also prints the heap
 * in use after a collection with the last project still held (what a read project keeps live).
 * It exits with status 1 if a read fails, as it would with {@link OutOfMemoryError}.
 *
 * <p>Target: peak under 256 MiB, and every read succeeds under {@code -Xmx256m}.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -Xmx256m -cp benchmarks/target/benchmarks.jar org.pmokit.benchmarks.PeakHeapHarness [reads [activities]]
 * }</pre>
 */
public final class PeakHeapHarness {

    private static final double MIB = 1024.0 * 1024.0;

    private PeakHeapHarness() {
    }

    /**
     * Runs the measurement.
     *
     * @param args the number of reads (default 5) and of activities (default 100,000)
     * @throws IOException if the temporary file fails
     */
    public static void main(String[] args) throws IOException {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int activities = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        Path file = Files.createTempFile("pmokit-peak-heap-", ".json");
        try {
            Project generated = ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(2.5)
                    .calendar(WorkCalendar.MON_FRI).generate();
            try (OutputStream out = Files.newOutputStream(file)) {
                ProjectJson.standard().write(generated, out);
            }
            int expectedHash = generated.hashCode();
            generated = null;
            System.out.printf(Locale.ROOT, "max heap %.0f MiB; document of %d activities, %.1f MiB; %d reads each%n",
                    Runtime.getRuntime().maxMemory() / MIB, activities, Files.size(file) / MIB, reads);

            Project last = measure("read(Path)", heap, reads, () -> ProjectJson.standard().read(file));
            check(last, expectedHash);
            last = null;

            byte[] document = Files.readAllBytes(file);
            last = measure("read(byte[]), document held", heap, reads, () -> ProjectJson.standard().read(document));
            check(last, expectedHash);
        } catch (OutOfMemoryError e) {
            System.out.println("FAILED: " + e);
            System.exit(1);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private interface Read {
        Project read();
    }

    private static Project measure(String what, List<MemoryPoolMXBean> heap, int reads, Read read) {
        System.gc();
        long before = usedHeap();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        Project last = null;
        long began = System.nanoTime();
        for (int i = 0; i < reads; i++) {
            last = null;
            last = read.read();
        }
        long millis = (System.nanoTime() - began) / 1_000_000;
        long peak = 0;
        StringBuilder pools = new StringBuilder();
        for (MemoryPoolMXBean pool : heap) {
            long p = pool.getPeakUsage().getUsed();
            peak += p;
            pools.append(String.format(Locale.ROOT, "%s %.1f, ", pool.getName(), p / MIB));
        }
        System.gc();
        long live = usedHeap();
        System.out.printf(Locale.ROOT, "%s: peak heap %.1f MiB (%s), in use before %.1f MiB, after with the project"
                + " held %.1f MiB; %d ms for %d reads%n", what, peak / MIB, pools.substring(0, pools.length() - 2),
                before / MIB, live / MIB, millis, reads);
        return last;
    }

    private static long usedHeap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static void check(Project read, int expectedHash) {
        if (read == null || read.hashCode() != expectedHash) {
            throw new IllegalStateException("the document did not read back to the generated project");
        }
    }
}
