package org.pmokit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.pmokit.core.project.Project;
import org.pmokit.examples.generator.ProjectGenerator;

/**
 * Generates a project of a million activities with 2.5 links per activity (seed 42), the size that
 * {@link ProjectGenerator} must make in a few seconds. Each iteration is one generation.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar ProjectGeneratorBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ProjectGeneratorBenchmark {

    /** The number of activities. */
    @Param("1000000")
    public int activities;

    /**
     * Generates the project.
     *
     * @return the project
     */
    @Benchmark
    public Project generate() {
        return ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(2.5).generate();
    }
}
