package org.pmokit.benchmarks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiReading;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskImpact;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;
import org.pmokit.examples.generator.ProjectGenerator;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.finance.FinanceRules;
import org.pmokit.rules.goals.GoalRules;
import org.pmokit.rules.risk.RiskRules;

/**
 * Evaluates the rule packs of issue 4 (goals, risk, finance) over a portfolio of 5,000 projects
 * with {@link RuleSet#evaluateAll}, on one thread and in parallel. The packs are composed here
 * rather than taken from {@link org.pmokit.rules.StandardRules#all()}, which also holds the earned
 * value, change control and schedule packs, so that the target of issue 4 is measured on its own.
 *
 * <p>Each project is made once per trial by {@link ProjectGenerator} (seed = its index, 50
 * activities, 2.5 links per activity, calendar MON_FRI, with a baseline and a budget with
 * contingency and management reserves), and then given what the generator does not make, so that
 * every pack does real work: 20 risks in all (the generator makes 5; 15 more of every category,
 * some unowned, without strategy or overdue for review), two readings per KPI, a status date 120
 * days after the start with progress and an actual cost for every activity that the baseline
 * starts before it, and a cash flow of six periods (the investment, then savings). All projects
 * share one context at that status date. The setup checks that a sample of the projects is valid
 * and that the parallel results equal the sequential ones.
 *
 * <p>Targets: {@code sequential} at most 200 ms; {@code parallel} at least 1.7 times faster (on 2
 * cores).
 *
 * <p>Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar RulesBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class RulesBenchmark {

    /** The status date of every project: 120 days after the generator's default start. */
    static final LocalDate STATUS_DATE = ProjectGenerator.DEFAULT_START.plusDays(120);

    private static final int RISKS_PER_PROJECT = 20;

    private static final RiskCategory[] CATEGORIES = RiskCategory.values();
    private static final RiskStrategy[] THREAT_STRATEGIES = {
        RiskStrategy.MITIGATE, RiskStrategy.TRANSFER, RiskStrategy.AVOID, RiskStrategy.ACCEPT, RiskStrategy.ESCALATE,
    };
    private static final RiskStrategy[] OPPORTUNITY_STRATEGIES = {
        RiskStrategy.EXPLOIT, RiskStrategy.ENHANCE, RiskStrategy.SHARE, RiskStrategy.ACCEPT,
    };

    /** The number of projects. */
    @Param("5000")
    public int projects;

    /** The number of activities of each project. */
    @Param("50")
    public int activities;

    /** The packs of issue 4 only: goals, risk and finance. */
    private final RuleSet rules = RuleSet.of(GoalRules.pack(), RiskRules.pack(), FinanceRules.pack());
    private final EvaluationContext context = EvaluationContext.at(STATUS_DATE);
    private List<Project> portfolio;

    /** Makes the portfolio and checks it, and that parallel and sequential evaluations are equal. */
    @Setup(Level.Trial)
    public void setUp() {
        portfolio = new ArrayList<>(projects);
        for (int i = 0; i < projects; i++) {
            portfolio.add(project(i, activities));
        }
        for (int i = 0; i < Math.min(projects, 50); i++) {
            ValidationResult check = ProjectValidator.standard().validate(portfolio.get(i));
            if (!check.isValid()) {
                throw new IllegalStateException("project " + i + " should be valid: " + check);
            }
        }
        List<Evaluation> sequential = sequential();
        List<Evaluation> parallel = parallel();
        if (!sequential.equals(parallel)) {
            throw new IllegalStateException("parallel evaluation differs from sequential evaluation");
        }
        long findings = sequential.stream().mapToLong(e -> e.findings().size()).sum();
        long metrics = sequential.stream().mapToLong(e -> e.metrics().size()).sum();
        if (findings == 0 || metrics == 0) {
            throw new IllegalStateException("the rules found nothing: " + findings + " findings, " + metrics + " metrics");
        }
    }

    /**
     * Evaluates every project on the calling thread.
     *
     * @return the evaluations
     */
    @Benchmark
    public List<Evaluation> sequential() {
        return rules.evaluateAll(portfolio, context, false);
    }

    /**
     * Evaluates the projects in parallel on the common fork-join pool.
     *
     * @return the evaluations
     */
    @Benchmark
    public List<Evaluation> parallel() {
        return rules.evaluateAll(portfolio, context, true);
    }

    /**
     * Makes one project of the portfolio.
     *
     * @param seed the seed, also the source of the added parts
     * @param activities the number of activities
     * @return the project
     */
    static Project project(long seed, int activities) {
        Project p = ProjectGenerator.withSeed(seed).activities(activities).linksPerActivity(2.5)
                .calendar(WorkCalendar.MON_FRI).baseline(true).generate();
        SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Money approved = p.budget().map(Budget::approvedTotal).orElseThrow();
        Project.Builder b = p.toBuilder().statusDate(STATUS_DATE);
        if (p.budget().orElseThrow().contingencyReserve().isEmpty()) {
            b.budget(Budget.of(approved, percent(approved, 8), percent(approved, 4)));
        }
        b.risks(risks(p, random));
        b.goals(p.goals().stream().map(g -> withReadings(g, random)).toList());
        List<ProgressRecord> progress = new ArrayList<>();
        List<ActualCost> costs = new ArrayList<>();
        for (BaselineActivity row : p.currentBaseline().orElseThrow().activities()) {
            if (!row.start().isBefore(STATUS_DATE)) {
                continue;
            }
            long planned = Math.max(1, row.finish().toEpochDay() - row.start().toEpochDay() + 1);
            long elapsed = STATUS_DATE.toEpochDay() - row.start().toEpochDay();
            int percent = (int) Math.min(100, Math.round(100.0 * elapsed / planned * (0.7 + 0.4 * random.nextDouble())));
            boolean finished = percent == 100 && row.finish().isBefore(STATUS_DATE);
            progress.add(new ProgressRecord(STATUS_DATE, row.activity(), BigDecimal.valueOf(percent),
                    Optional.of(row.start()), finished ? Optional.of(row.finish()) : Optional.empty(),
                    finished ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(10))));
            if (percent > 0) {
                costs.add(new ActualCost(STATUS_DATE.minusDays(1), row.activity(),
                        percent(row.budget(), Math.round(percent * (0.85 + 0.4 * random.nextDouble())))));
            }
        }
        b.progress(progress).actualCosts(costs);
        List<CashFlow> flows = new ArrayList<>();
        flows.add(new CashFlow(0, approved.negated(), Optional.of("investment")));
        for (int period = 1; period <= 5; period++) {
            flows.add(new CashFlow(period, percent(approved, 15 + random.nextInt(20)), Optional.of("savings")));
        }
        b.cashFlows(flows);
        return b.build();
    }

    private static Money percent(Money m, long percent) {
        return m.multipliedBy(BigDecimal.valueOf(percent, 2), RoundingMode.HALF_EVEN);
    }

    /** The generator's risks, and more up to {@link #RISKS_PER_PROJECT}. */
    private static List<Risk> risks(Project p, SplittableRandom random) {
        List<Risk> out = new ArrayList<>(p.risks());
        List<ActivityId> ids = p.activities().stream().map(a -> a.id()).toList();
        for (int i = out.size(); i < RISKS_PER_PROJECT; i++) {
            boolean threat = random.nextInt(4) != 0;
            RiskStrategy[] strategies = threat ? THREAT_STRATEGIES : OPPORTUNITY_STRATEGIES;
            LocalDate identified = p.start().plusDays(random.nextInt(100));
            RiskImpact impact = RiskImpact.of(Money.of(p.currency(), 5_000L * (1 + random.nextInt(100))),
                    random.nextInt(30), 1 + random.nextInt(5));
            List<ActivityId> hit = random.nextBoolean() ? List.of(ids.get(random.nextInt(ids.size()))) : List.of();
            out.add(new Risk(RiskId.of("RX" + (i + 1)), "Added risk " + (i + 1), CATEGORIES[i % CATEGORIES.length],
                    threat ? RiskKind.THREAT : RiskKind.OPPORTUNITY, BigDecimal.valueOf(1 + random.nextInt(9), 1),
                    impact,
                    random.nextInt(6) == 0 ? Optional.empty() : Optional.of("Risk owner " + random.nextInt(8)),
                    random.nextInt(5) == 0 ? Optional.empty() : Optional.of(strategies[random.nextInt(strategies.length)]),
                    random.nextBoolean() ? Optional.of("Agreed response") : Optional.empty(),
                    random.nextInt(4) == 0 ? RiskStatus.MITIGATING : RiskStatus.OPEN,
                    Optional.of(identified),
                    random.nextBoolean() ? Optional.of(identified.plusDays(random.nextInt(20))) : Optional.empty(),
                    hit));
        }
        return out;
    }

    /** The goal with two readings of its KPI, part of the way from baseline to target. */
    private static Goal withReadings(Goal g, SplittableRandom random) {
        if (g.kpi().isEmpty() || g.kpi().get().baseline().isEmpty() || g.kpi().get().target().isEmpty()) {
            return g;
        }
        Kpi k = g.kpi().get();
        BigDecimal from = k.baseline().get();
        BigDecimal step = k.target().get().subtract(from);
        List<KpiReading> readings = List.of(
                new KpiReading(STATUS_DATE.minusDays(60), from.add(step.multiply(BigDecimal.valueOf(random.nextInt(20), 2)))),
                new KpiReading(STATUS_DATE.minusDays(5), from.add(step.multiply(BigDecimal.valueOf(random.nextInt(50), 2)))));
        return g.withKpi(new Kpi(k.name(), k.dimension(), k.unit(), k.baseline(), k.target(), k.direction(), readings));
    }
}
