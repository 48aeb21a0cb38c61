package org.pmokit.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pmokit.core.json.ReadResult;
import org.pmokit.core.project.Project;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.writer.ReportWriter;
import org.pmokit.reporting.writer.ReportWriters;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.StandardRules;

/**
 * The demo that {@code ./pmokit demo} runs: reads and validates the sample projects, evaluates each
 * at its own status date with the standard rules, prints the result in English and Simplified
 * Chinese, and writes the reports into a folder ({@code reports/} unless another is given): for each
 * sample an HTML, JSON and Markdown report in English and an HTML report in Simplified Chinese, and
 * the portfolio of the three in HTML and Markdown.
 */
public final class Demo {

    /** The folder the demo writes to when none is given, relative to the working directory. */
    public static final Path DEFAULT_FOLDER = Path.of("reports");

    /** The formats of the English reports of each sample. */
    private static final List<ReportFormat> FORMATS = List.of(ReportFormat.HTML, ReportFormat.JSON, ReportFormat.MARKDOWN);

    private Demo() {
    }

    /**
     * What the demo did.
     *
     * @param evaluations the evaluation of each sample, in the order of {@link Samples#NAMES}
     * @param folder the folder the reports are in
     * @param reports the report files, in the order they were written
     */
    public record Result(List<Evaluation> evaluations, Path folder, List<Path> reports) {

        /**
         * Copies the parts.
         *
         * @param evaluations the evaluations
         * @param folder the folder
         * @param reports the reports
         */
        public Result {
            evaluations = List.copyOf(evaluations);
            reports = List.copyOf(reports);
        }
    }

    /**
     * Runs the demo.
     *
     * @param args the folder to write the reports into (default {@code reports})
     */
    public static void main(String[] args) {
        Path folder = args.length > 0 ? Path.of(args[0]) : DEFAULT_FOLDER;
        run(new PrintStream(System.out, true, StandardCharsets.UTF_8), folder);
    }

    /**
     * Runs the demo, printing to the given stream and writing the reports into a folder, created if
     * missing; reports already there are replaced.
     *
     * @param out where to print
     * @param folder where to write the reports
     * @return the evaluations and the reports
     * @throws IllegalStateException if a sample is not valid
     * @throws UncheckedIOException if a report cannot be written
     */
    public static Result run(PrintStream out, Path folder) {
        RuleSet rules = StandardRules.all();
        out.println("PMO Kit demo: " + Samples.NAMES.size() + " sample projects, " + rules.rules().size() + " rules");
        List<Evaluation> evaluations = new ArrayList<>();
        List<ProjectReport> projectReports = new ArrayList<>();
        for (String name : Samples.NAMES) {
            ReadResult read = Samples.read(name);
            out.println();
            if (!read.isValid()) {
                out.println(name + ": " + read.describe(Locale.ENGLISH));
                throw new IllegalStateException("sample " + name + " is not valid");
            }
            Project project = read.orElseThrow();
            EvaluationContext context = EvaluationContext.of(project);
            Evaluation evaluation = rules.evaluate(project, context);
            evaluations.add(evaluation);
            projectReports.add(ProjectReport.of(project, evaluation, context));
            out.println("== " + name + ": " + project + ", valid / 校验通过, evaluated at " + context.statusDate()
                    + ": " + evaluation.findings().size() + " findings");
            for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE}) {
                print(evaluation, locale, out);
            }
        }
        List<Path> reports = write(projectReports, folder);
        out.println();
        out.println("Reports / 报告: " + reports.size() + " files in " + folder.toAbsolutePath().normalize());
        for (Path report : reports) {
            out.println("  " + report.getFileName());
        }
        out.println("Open " + folder.resolve("portfolio.html") + " in a browser.");
        return new Result(evaluations, folder, reports);
    }

    private static List<Path> write(List<ProjectReport> projectReports, Path folder) {
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int i = 0; i < projectReports.size(); i++) {
                ProjectReport report = projectReports.get(i);
                String base = Samples.NAMES.get(i).replace(".json", "");
                for (ReportFormat format : FORMATS) {
                    written.add(write(ReportWriters.of(format, ReportLanguage.ENGLISH), report, folder, base));
                }
                written.add(write(ReportWriters.html(ReportLanguage.SIMPLIFIED_CHINESE), report, folder, base + ".zh-CN"));
            }
            PortfolioReport portfolio = PortfolioReport.of(projectReports);
            for (ReportWriter writer : List.of(ReportWriters.html(ReportLanguage.ENGLISH),
                    ReportWriters.markdown(ReportLanguage.ENGLISH))) {
                Path file = folder.resolve("portfolio." + writer.format().extension());
                writer.write(portfolio, file);
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the reports into " + folder, e);
        }
        return written;
    }

    private static Path write(ReportWriter writer, ProjectReport report, Path folder, String base) throws IOException {
        Path file = folder.resolve(base + "." + writer.format().extension());
        writer.write(report, file);
        return file;
    }

    private static void print(Evaluation evaluation, Locale locale, PrintStream out) {
        out.println(label(evaluation.overall(), locale));
        for (Area area : Area.values()) {
            out.println("  " + area.label().in(locale) + ": " + label(evaluation.status(area), locale));
        }
        for (Finding f : evaluation.findings()) {
            out.println("  [" + f.severity() + "] " + f.ruleId() + " " + f.subject() + ": " + f.message().in(locale));
        }
    }

    private static String label(AreaStatus status, Locale locale) {
        String rag = status.status().label().in(locale);
        return status.decidingRule().map(rule -> rag + " (" + rule + ")").orElse(rag);
    }
}
