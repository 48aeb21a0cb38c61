package org.pmokit.benchmarks;

import java.io.IOException;
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
 * Reads a project document of 100,000 activities with 2.5 links per activity (seed 42, calendar
 * MON_FRI; about 27 MB of compact UTF-8, written once per trial into a {@code byte[]}):
 * {@link ProjectJson#read(byte[])} (strict reading, every check, the model built) against plain
 * Jackson databind reading the same bytes into the simple records of {@link PlainDocument}.
 *
 * <p>Target: {@code projectJson} at most 1.3 times {@code plainJackson}. For the allocation per
 * read add {@code -prof gc}; for the peak heap of a read see {@link PeakHeapHarness}.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar JsonReadBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class JsonReadBenchmark {

    /** The number of activities. */
    @Param("100000")
    public int activities;

    private byte[] document;

    /**
     * Writes the document, and checks that both readers read it and that ProjectJson reads back the
     * generated project.
     *
     * @throws IOException never
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Project project = ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(2.5)
                .calendar(WorkCalendar.MON_FRI).generate();
        document = JsonDocuments.compact(project);
        if (!ProjectJson.standard().read(document).equals(project)) {
            throw new IllegalStateException("the document does not read back to the generated project");
        }
        PlainDocument.Project plain = PlainDocument.READER.readValue(document);
        if (plain.activities().size() != activities) {
            throw new IllegalStateException("plain Jackson read " + plain.activities().size() + " activities");
        }
    }

    /**
     * Reads the document with PMO Kit's strict reader into the model.
     *
     * @return the project
     */
    @Benchmark
    public Project projectJson() {
        return ProjectJson.standard().read(document);
    }

    /**
     * Reads the document with plain Jackson databind into simple records.
     *
     * @return the records
     * @throws IOException never
     */
    @Benchmark
    public PlainDocument.Project plainJackson() throws IOException {
        return PlainDocument.READER.readValue(document);
    }
}
