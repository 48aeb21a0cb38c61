// PMO Kit quickstart: read a project document, validate it, evaluate it, read the findings.
//
// Run it from the repository root:   ./pmokit notebook quickstart
// JShell runs every snippet below, then stays open for you to explore (/exit leaves).
// After it has run, type any expression (such as `evaluation.overall()`) to see its value.

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.json.ReadResult;
import org.pmokit.core.project.Project;
import org.pmokit.examples.Samples;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.writer.ReportWriters;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.Severity;
import org.pmokit.rules.StandardRules;

// 1. Read and validate a project document. The samples ship with the examples; for a file of your
//    own use ProjectJson.standard().readAndValidate(Path.of("my-project.json")).
//    A ReadResult is either a valid project or every problem in the document.
ReadResult read = Samples.read("crm-upgrade-2026.json");
System.out.println("valid: " + read.isValid());
Project project = read.orElseThrow();
System.out.println(project + ", status date " + project.statusDate().orElseThrow());

// 2. Evaluate it with the standard rules at its own status date (never today's date unless you say so).
EvaluationContext context = EvaluationContext.of(project);
Evaluation evaluation = StandardRules.all().evaluate(project, context);
System.out.println("overall: " + evaluation.overall().status() + ", decided by " + evaluation.overall().decidingRule().orElse("-"));

// 3. The findings, most severe first: rule, subject, message (English, then Simplified Chinese).
for (Finding f : evaluation.findings()) {
    System.out.println("[" + f.severity() + "] " + f.ruleId() + " " + f.subject() + ": " + f.message().in(Locale.ENGLISH));
}
for (Finding f : evaluation.findingsAtLeast(Severity.ERROR)) {
    System.out.println(f.ruleId() + " " + f.subject() + ": " + f.message().in(Locale.SIMPLIFIED_CHINESE));
}

// 4. Red / amber / green per area, with the rule that decided it.
for (Area area : Area.values()) {
    var status = evaluation.status(area);
    System.out.println(area.label().in(Locale.ENGLISH) + " / " + area.label().in(Locale.SIMPLIFIED_CHINESE) + ": "
            + status.status().label().in(Locale.ENGLISH) + status.decidingRule().map(r -> " (" + r + ")").orElse(""));
}

// 5. What if: a stricter policy (every key is in docs/RULES.md), and a later status date.
Evaluation stricter = StandardRules.all().evaluate(project,
        context.withPolicy(Policy.fromJson("{\"goal.achievable.maxChange\": 0.10}")));
System.out.println("stricter policy: " + stricter.findings().size() + " findings instead of " + evaluation.findings().size()
        + "; SMART-003 on " + stricter.findingsOf("SMART-003").stream().map(Finding::subject).toList());
Evaluation later = StandardRules.all().evaluate(project, EvaluationContext.at(LocalDate.of(2026, 6, 30)));
System.out.println("at 2026-06-30 (same progress): " + later.findings().size() + " findings; overdue milestones "
        + later.findingsOf("MILE-008").stream().map(Finding::subject).toList());

// 6. Metrics, some of them undefined with a reason rather than 0 or NaN.
System.out.println("finance.bac = " + evaluation.metrics().get("finance.bac"));
System.out.println("finance.npv = " + evaluation.metrics().get("finance.npv"));

// 7. A broken document says where and what: JSON pointer, line, column.
System.out.println(ProjectJson.standard().readAndValidate("{\"schemaVersion\": 1, \"id\": 42}").describe(Locale.ENGLISH));

// 8. Reports: the same evaluation as one self-contained HTML page (inline CSS and SVG charts), in
//    English and in Chinese, plus JSON for a host to store; open the HTML in a browser.
ProjectReport report = ProjectReport.of(project, evaluation, context);
Path folder = Files.createDirectories(Path.of("target", "notebook-reports"));
ReportWriters.html(ReportLanguage.ENGLISH).write(report, folder.resolve("crm-upgrade-2026.html"));
ReportWriters.html(ReportLanguage.SIMPLIFIED_CHINESE).write(report, folder.resolve("crm-upgrade-2026.zh-CN.html"));
ReportWriters.json(ReportLanguage.ENGLISH).write(report, folder.resolve("crm-upgrade-2026.json"));
System.out.println("reports written to " + folder.toAbsolutePath());
System.out.println(ReportWriters.markdown(ReportLanguage.SIMPLIFIED_CHINESE).toString(report).lines().limit(12)
        .collect(java.util.stream.Collectors.joining("\n")));
