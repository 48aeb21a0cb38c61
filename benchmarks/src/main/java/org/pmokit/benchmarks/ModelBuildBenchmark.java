package org.pmokit.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
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
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.Assignment;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.EarningRule;
import org.pmokit.core.project.Phase;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.ResourceId;
import org.pmokit.core.project.SpreadCurve;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.examples.generator.ProjectGenerator;

/**
 * Builds the model of a 100,000-activity project with 2.5 links per activity from raw inputs, as
 * a reader of project documents does: every activity through {@link Activity#builder}, every
 * identifier, link, amount and assignment made anew from strings and numbers, then
 * {@link Project.Builder#build()}.
 *
 * <p>The raw inputs (arrays of identifiers, names, WBS codes, durations, amounts in fen, links as
 * compressed rows) are taken once per trial from the project that {@link ProjectGenerator} makes
 * with seed 42, so the benchmark measures making the records, not making random numbers. The few
 * other parts (goals, requirements, resources, milestones, risks: under 250 values) are reused as
 * they are.
 *
 * <p>Target: at most 300 ms.
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar ModelBuildBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class ModelBuildBenchmark {

    private static final Phase[] PHASES = Phase.values();
    private static final DependencyType[] TYPES = DependencyType.values();
    private static final EarningRule[] RULES = EarningRule.values();
    private static final SpreadCurve[] CURVES = SpreadCurve.values();
    private static final ConstraintType[] CONSTRAINTS = ConstraintType.values();

    /** The number of activities. */
    @Param("100000")
    public int activities;

    /** The mean number of links per activity. */
    @Param("2.5")
    public double linksPerActivity;

    private Project source;
    private Currency currency;

    // One entry per activity; -1 for an absent optional part.
    private String[] ids;
    private String[] names;
    private String[] wbs;
    private int[] phase;
    private int[] duration;
    private long[] budgetFen;
    private int[] earningRule;
    private int[] curve;
    private int[] constraintType;
    private long[] constraintEpochDay;
    // Links as compressed rows: those of activity i are linkStart[i] to linkStart[i + 1] - 1.
    private int[] linkStart;
    private String[] linkPredecessor;
    private int[] linkType;
    private int[] linkLag;
    // Assignments as compressed rows.
    private int[] assignmentStart;
    private String[] assignmentResource;
    private long[] assignmentUnits;

    /** Generates the project and takes the raw inputs from it. */
    @Setup(Level.Trial)
    public void setUp() {
        source = ProjectGenerator.withSeed(42).activities(activities).linksPerActivity(linksPerActivity).generate();
        currency = source.currency();
        List<Activity> list = source.activities();
        int n = list.size();
        ids = new String[n];
        names = new String[n];
        wbs = new String[n];
        phase = new int[n];
        duration = new int[n];
        budgetFen = new long[n];
        earningRule = new int[n];
        curve = new int[n];
        constraintType = new int[n];
        constraintEpochDay = new long[n];
        linkStart = new int[n + 1];
        assignmentStart = new int[n + 1];
        for (int i = 0; i < n; i++) {
            linkStart[i + 1] = linkStart[i] + list.get(i).predecessors().size();
            assignmentStart[i + 1] = assignmentStart[i] + list.get(i).resources().size();
        }
        linkPredecessor = new String[linkStart[n]];
        linkType = new int[linkStart[n]];
        linkLag = new int[linkStart[n]];
        assignmentResource = new String[assignmentStart[n]];
        assignmentUnits = new long[assignmentStart[n]];
        for (int i = 0; i < n; i++) {
            Activity a = list.get(i);
            // New strings, so that nothing is shared with the source project.
            ids[i] = new String(a.id().value());
            names[i] = new String(a.name());
            wbs[i] = a.wbs().map(String::new).orElse(null);
            phase[i] = a.phase().map(Enum::ordinal).orElse(-1);
            duration[i] = a.duration();
            budgetFen[i] = a.budget().map(Money::toMinorUnits).orElse(-1L);
            earningRule[i] = a.earningRule().map(Enum::ordinal).orElse(-1);
            curve[i] = a.curve().map(Enum::ordinal).orElse(-1);
            constraintType[i] = a.constraint().map(c -> c.type().ordinal()).orElse(-1);
            constraintEpochDay[i] = a.constraint().map(c -> c.date().toEpochDay()).orElse(0L);
            for (int k = 0; k < a.predecessors().size(); k++) {
                Dependency d = a.predecessors().get(k);
                linkPredecessor[linkStart[i] + k] = new String(d.predecessor().value());
                linkType[linkStart[i] + k] = d.type().ordinal();
                linkLag[linkStart[i] + k] = d.lag();
            }
            for (int k = 0; k < a.resources().size(); k++) {
                Assignment r = a.resources().get(k);
                assignmentResource[assignmentStart[i] + k] = new String(r.resource().value());
                assignmentUnits[assignmentStart[i] + k] = r.units().longValueExact();
            }
        }
    }

    /**
     * Makes every activity with its links, budget and assignments, then the project.
     *
     * @return the project
     */
    @Benchmark
    public Project build() {
        int n = ids.length;
        List<Activity> made = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Activity.Builder b = Activity.builder(ids[i], names[i])
                    .wbs(wbs[i])
                    .phase(phase[i] < 0 ? null : PHASES[phase[i]])
                    .duration(duration[i])
                    .budget(budgetFen[i] < 0 ? null : Money.ofMinor(currency, budgetFen[i]))
                    .earningRule(earningRule[i] < 0 ? null : RULES[earningRule[i]])
                    .curve(curve[i] < 0 ? null : CURVES[curve[i]])
                    .constraint(constraintType[i] < 0 ? null : new ActivityConstraint(CONSTRAINTS[constraintType[i]],
                            LocalDate.ofEpochDay(constraintEpochDay[i])));
            for (int k = linkStart[i]; k < linkStart[i + 1]; k++) {
                b.predecessor(Dependency.of(linkPredecessor[k], TYPES[linkType[k]], linkLag[k]));
            }
            for (int k = assignmentStart[i]; k < assignmentStart[i + 1]; k++) {
                b.resource(new Assignment(ResourceId.of(assignmentResource[k]), BigDecimal.valueOf(assignmentUnits[k])));
            }
            made.add(b.build());
        }
        return Project.builder(source.id().value(), source.name())
                .localName(source.localName().orElse(null))
                .description(source.description().orElse(null))
                .sponsor(source.sponsor().orElse(null))
                .manager(source.manager().orElse(null))
                .department(source.department().orElse(null))
                .currency(currency)
                .calendar(WorkCalendar.MON_FRI)
                .start(source.start())
                .phase(source.phase().orElse(null))
                .budget(source.budget().orElse(null))
                .goals(source.goals())
                .requirements(source.requirements())
                .resources(source.resources())
                .activities(made)
                .milestones(source.milestones())
                .risks(source.risks())
                .build();
    }
}
