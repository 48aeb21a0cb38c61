package org.pmokit.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.DependencyCycles;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;
import org.pmokit.examples.generator.ProjectGenerator;

/**
 * Validates a generated project of 100,000 activities with 2.5 links per activity (seed 42,
 * calendar MON_FRI): the whole {@link ProjectValidator}, Hibernate Validator alone on the same
 * objects, and cycle detection alone. The project is made once per trial and is valid, so every
 * check runs to the end.
 *
 * <p>Targets: {@code standard} at most 1 s, and at most twice {@code hibernateValidatorAlone}.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar ValidationBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ValidationBenchmark {

    /** The number of activities. */
    @Param("100000")
    public int activities;

    /** The mean number of links per activity. */
    @Param("2.5")
    public double linksPerActivity;

    private Project project;
    private ValidatorFactory factory;
    private Validator validator;

    /** Makes the project, and a validator factory built the way {@code BeanConstraints} builds its own. */
    @Setup(Level.Trial)
    public void setUp() {
        project = ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(linksPerActivity).generate();
        factory = Validation.byProvider(HibernateValidator.class)
                .configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .buildValidatorFactory();
        validator = factory.getValidator();
        ValidationResult check = ProjectValidator.standard().validate(project);
        if (!check.isValid()) {
            throw new IllegalStateException("the generated project should be valid: " + check);
        }
    }

    /** Closes the validator factory. */
    @TearDown(Level.Trial)
    public void tearDown() {
        factory.close();
    }

    /**
     * Every check of the standard validator, cycle detection included.
     *
     * @return the result
     */
    @Benchmark
    public ValidationResult standard() {
        return ProjectValidator.standard().validate(project);
    }

    /**
     * Hibernate Validator alone on the same project: the Jakarta constraints of the model.
     *
     * @return the constraint violations (none)
     */
    @Benchmark
    public Set<ConstraintViolation<Project>> hibernateValidatorAlone() {
        return validator.validate(project);
    }

    /**
     * Cycle detection alone.
     *
     * @return the cycles (none)
     */
    @Benchmark
    public List<List<ActivityId>> dependencyCyclesAlone() {
        return DependencyCycles.find(project.activities(), ProjectValidator.MAX_CYCLES_REPORTED);
    }
}
