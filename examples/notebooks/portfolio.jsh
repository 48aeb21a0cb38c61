// Portfolio: several projects at once, each at its own status date: a red / amber / green grid per
// area, the most serious findings, and earned value rolled up over the portfolio.
//
// Run it from the repository root:   ./pmokit notebook portfolio
// (For a folder of your own documents, the command does the same in a batch job:
//  ./pmokit portfolio DIR --format html --out site/)

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.pmokit.core.project.Project;
import org.pmokit.examples.Samples;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.writer.ReportWriters;
import org.pmokit.rules.Area;
import org.pmokit.rules.Display;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.StandardRules;
import org.pmokit.rules.evm.EvmFigures;
import org.pmokit.rules.evm.EvmStatus;
import org.pmokit.rules.evm.PortfolioEvm;
import org.pmokit.rules.evm.ProjectEvm;

List<Project> projects = new ArrayList<>();
for (String name : Samples.NAMES) {
    projects.add(Samples.read(name).orElseThrow());
}
RuleSet rules = StandardRules.all();
List<Evaluation> evaluations = new ArrayList<>();
for (Project p : projects) {
    evaluations.add(rules.evaluate(p, EvaluationContext.of(p)));
}

// One row per project, one column per area: R(ed), A(mber), G(reen).
StringBuilder header = new StringBuilder(String.format("%-10s %-10s %-8s", "project", "status at", "overall"));
for (Area area : Area.values()) {
    header.append(String.format(" %-8.8s", area.label().in(Locale.ENGLISH)));
}
System.out.println(header);
for (int i = 0; i < projects.size(); i++) {
    Project p = projects.get(i);
    Evaluation e = evaluations.get(i);
    StringBuilder row = new StringBuilder(String.format("%-10s %-10s %-8s", p.id(), p.statusDate().orElseThrow(),
            e.overall().status()));
    for (Area area : Area.values()) {
        row.append(String.format(" %-8s", e.status(area).status()));
    }
    System.out.println(row);
}

// The errors and worse across the portfolio, with the project they belong to.
for (int i = 0; i < projects.size(); i++) {
    for (Finding f : evaluations.get(i).findingsAtLeast(Severity.ERROR)) {
        System.out.println(projects.get(i).id() + "  " + f.ruleId() + " " + f.subject() + ": " + f.message().in(Locale.ENGLISH));
    }
}

// Earned value rolled up: exact sums of PV, EV and AC (all projects are in CNY), indices from the sums,
// and by department.
String ratio(MetricValue value) {
    return value instanceof MetricValue.Ratio r ? String.format(Locale.ROOT, "%.3f", r.value()) : value.toString();
}
List<EvmStatus> statuses = new ArrayList<>();
for (Project p : projects) {
    statuses.add(ProjectEvm.of(p).at(p.statusDate().orElseThrow()));
}
PortfolioEvm portfolio = PortfolioEvm.of(statuses);
EvmFigures total = portfolio.overall();
System.out.println(portfolio.size() + " projects: BAC " + Display.money(total.bac()) + ", PV " + Display.money(total.pv())
        + ", EV " + Display.money(total.ev()) + ", AC " + Display.money(total.ac()) + ", CPI " + ratio(total.cpi())
        + ", SPI " + ratio(total.spi()));
portfolio.byDepartment().forEach((department, f) -> System.out.println(department + ": CPI " + ratio(f.cpi()) + ", SPI "
        + ratio(f.spi())));

// The portfolio report: one row per project with its statuses and key figures, and totals per currency.
List<ProjectReport> reports = new ArrayList<>();
for (int i = 0; i < projects.size(); i++) {
    Project p = projects.get(i);
    reports.add(ProjectReport.of(p, evaluations.get(i), EvaluationContext.of(p)));
}
PortfolioReport portfolioReport = PortfolioReport.of(reports);
Path folder = Files.createDirectories(Path.of("target", "notebook-reports"));
ReportWriters.html(ReportLanguage.ENGLISH).write(portfolioReport, folder.resolve("portfolio.html"));
System.out.println(ReportWriters.markdown(ReportLanguage.ENGLISH).toString(portfolioReport));
