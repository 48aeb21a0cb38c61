package org.pmokit.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
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
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.examples.generator.ProjectGenerator;

/**
 * Writes a project of 100,000 activities with 2.5 links per activity (seed 42, calendar MON_FRI)
 * as a compact document to a stream that only counts the bytes:
 * {@link ProjectJson#write(Project, OutputStream)} (model to document records, then Jackson)
 * against plain Jackson databind writing the simple records of {@link PlainDocument} read from the
 * same document. Both give the same bytes; the setup checks it.
 *
 * <p>Target: {@code projectJson} at most 1.3 times {@code plainJackson}.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar JsonWriteBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class JsonWriteBenchmark {

    /** The number of activities. */
    @Param("100000")
    public int activities;

    private Project project;
    private PlainDocument.Project plain;

    /**
     * Makes the project and its simple records, and checks that both writers give the same bytes.
     *
     * @throws IOException never
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        project = ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(2.5)
                .calendar(WorkCalendar.MON_FRI).generate();
        byte[] document = JsonDocuments.compact(project);
        plain = PlainDocument.READER.readValue(document);
        byte[] again = PlainDocument.WRITER.writeValueAsBytes(plain);
        if (!Arrays.equals(document, again)) {
            throw new IllegalStateException("plain Jackson writes other bytes: " + again.length + " against "
                    + document.length);
        }
    }

    /**
     * Writes the project with PMO Kit.
     *
     * @return the number of bytes written
     */
    @Benchmark
    public long projectJson() {
        CountingStream out = new CountingStream();
        ProjectJson.standard().write(project, out);
        return out.count;
    }

    /**
     * Writes the simple records with plain Jackson databind.
     *
     * @return the number of bytes written
     * @throws IOException never
     */
    @Benchmark
    public long plainJackson() throws IOException {
        CountingStream out = new CountingStream();
        PlainDocument.WRITER.writeValue(out, plain);
        return out.count;
    }

    /** A stream that drops the bytes and counts them. */
    static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
