package org.pmokit.benchmarks;

import java.util.ArrayList;
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
import org.pmokit.core.project.Project;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.writer.CsvTable;
import org.pmokit.reporting.writer.ReportWriter;
import org.pmokit.reporting.writer.ReportWriters;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.StandardRules;

/**
 * Reports ({@link org.pmokit.reporting}): building the report of one evaluated project and writing it
 * in each format, and the portfolio report of many projects.
 *
 * <p><b>Project</b> (state of this class): one project of {@code activities} activities made as
 * {@link RulesBenchmark} makes its portfolio (generator seed 1, MON_FRI, a baseline, 20 risks, KPI
 * readings, progress and costs at the status date, cash flows), evaluated once by
 * {@link StandardRules#all()} in the setup.
 * <ul>
 *   <li>{@code build}: {@link ProjectReport#of} from the project and its evaluation: the schedule, the
 *       earned value with its monthly S-curve, the milestone trend (one schedule per month end with
 *       progress), risks, approval routes.
 *   <li>{@code html}, {@code json}, {@code markdown}, {@code csv}: writing the built report in English
 *       (HTML with its five SVG charts; CSV all three tables).
 * </ul>
 *
 * <p><b>Portfolio</b> ({@link Portfolio}): 200 projects of 50 activities, each report built in the
 * setup; {@code portfolioHtml} rolls them up ({@link PortfolioReport#of}) and writes the HTML page.
 *
 * <p>No target is set for reports; the numbers show what a weekly batch costs. Run with:
 * <pre>{@code
 * ./mvnw -B -ntp -q -pl benchmarks -am package -DskipTests -Djavadoc.skip=true
 * java -jar benchmarks/target/benchmarks.jar ReportBenchmark -f 1 -wi 3 -i 5
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ReportBenchmark {

    /** The number of activities of the project. */
    @Param({"50", "1000"})
    public int activities;

    private final RuleSet rules = StandardRules.all();
    private final EvaluationContext context = EvaluationContext.at(RulesBenchmark.STATUS_DATE);
    private Project project;
    private Evaluation evaluation;
    private ProjectReport report;

    /** Makes and evaluates the project, builds its report and checks that every format writes it. */
    @Setup(Level.Trial)
    public void setUp() {
        project = RulesBenchmark.project(1, activities);
        evaluation = rules.evaluate(project, context);
        report = ProjectReport.of(project, evaluation, context);
        if (report.activities().size() != activities || !report.schedule().isFilled()) {
            throw new IllegalStateException("the report should schedule every activity: " + report.schedule().reason());
        }
        for (ReportFormat format : ReportFormat.values()) {
            if (ReportWriters.of(format, ReportLanguage.ENGLISH).toString(report).isEmpty()) {
                throw new IllegalStateException("empty " + format + " report");
            }
        }
    }

    /**
     * Builds the report of the evaluated project.
     *
     * @return the report
     */
    @Benchmark
    public ProjectReport build() {
        return ProjectReport.of(project, evaluation, context);
    }

    /**
     * Writes the report as HTML.
     *
     * @return the page
     */
    @Benchmark
    public String html() {
        return ReportWriters.html(ReportLanguage.ENGLISH).toString(report);
    }

    /**
     * Writes the report as JSON.
     *
     * @return the document
     */
    @Benchmark
    public String json() {
        return ReportWriters.json(ReportLanguage.ENGLISH).toString(report);
    }

    /**
     * Writes the report as Markdown.
     *
     * @return the document
     */
    @Benchmark
    public String markdown() {
        return ReportWriters.markdown(ReportLanguage.ENGLISH).toString(report);
    }

    /**
     * Writes the three CSV tables of the report.
     *
     * @return the total length of the tables
     */
    @Benchmark
    public int csv() {
        int length = 0;
        for (CsvTable table : CsvTable.values()) {
            length += ReportWriters.csv(ReportLanguage.ENGLISH).toString(report, table).length();
        }
        return length;
    }

    /** The reports of a portfolio of 200 projects of 50 activities. */
    @State(Scope.Benchmark)
    public static class Portfolio {

        private List<ProjectReport> reports;
        private final ReportWriter writer = ReportWriters.html(ReportLanguage.ENGLISH);

        /** Builds the report of every project. */
        @Setup(Level.Trial)
        public void setUp() {
            RuleSet rules = StandardRules.all();
            EvaluationContext context = EvaluationContext.at(RulesBenchmark.STATUS_DATE);
            reports = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                Project p = RulesBenchmark.project(i, 50);
                reports.add(ProjectReport.of(p, rules.evaluate(p, context), context));
            }
        }
    }

    /**
     * Rolls the portfolio up and writes it as HTML.
     *
     * @param portfolio the reports
     * @return the page
     */
    @Benchmark
    public String portfolioHtml(Portfolio portfolio) {
        return portfolio.writer.toString(PortfolioReport.of(portfolio.reports));
    }
}
