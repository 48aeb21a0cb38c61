package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Project;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.writer.ReportWriters;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.StandardRules;
import org.pmokit.rules.goals.GoalRules;

class EvaluateCommandTest {

    private static final String NL = System.lineSeparator();
    /**
     * Only the goal rules: on the CRM sample seven findings, exactly two of them errors (SMART-002 and
     * SMART-005 on G4), none critical.
     */
    private static final Settings GOALS = Cli.rules(RuleSet.of(GoalRules.pack()));

    @TempDir
    Path dir;

    private String crm() {
        return Cli.write(dir.resolve("crm-upgrade-2026.json"), Cli.crm());
    }

    @Test
    void goodFile_writesTheReportToStandardOutput() {
        Cli.Run run = Cli.run("evaluate", crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).contains("CRM-2026");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void goodFile_standardOutputIsTheReportingModulesReport_atTheStatusDateWithThePolicyAndLanguage() throws IOException {
        // The command adds nothing to the report and loses nothing: the same as building it by hand with
        // the context the options describe.
        String file = crm();
        String policy = Cli.write(dir.resolve("policy.json"), "{\"goal.achievable.maxChange\": 0.10}");
        Project project = ProjectJson.standard().read(Path.of(file));
        EvaluationContext context = EvaluationContext.at(LocalDate.of(2026, 3, 31))
                .withPolicy(Policy.fromJson("{\"goal.achievable.maxChange\": 0.10}")).withLocale(Locale.SIMPLIFIED_CHINESE);
        String expected = ReportWriters.markdown(ReportLanguage.SIMPLIFIED_CHINESE).toString(
                ProjectReport.of(project, StandardRules.all().evaluate(project, context), context));

        Cli.Run run = Cli.run("evaluate", "--status-date", "2026-03-31", "--policy", policy, "--lang", "zh-CN", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).isEqualTo(expected).startsWith("# 项目状态报告").contains("2026-03-31");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonFormat_onStandardOutput_isOneJsonReportInTheLanguage() throws IOException {
        Cli.Run run = Cli.run(GOALS, "evaluate", "--format", "json", "--lang", "zh-CN", crm());

        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(json.path("kind").asText()).isEqualTo("project");
        assertThat(json.path("language").asText()).isEqualTo("zh-CN");
        assertThat(json.path("project").path("id").asText()).isEqualTo("CRM-2026");
    }

    @Test
    void csvFormat_withOut_writesTheFindingsActivitiesAndRisksTables() throws IOException {
        Path out = dir.resolve("csv");
        String file = crm();

        Cli.Run run = Cli.run(GOALS, "evaluate", "--format", "csv", "--out", out.toString(), file);

        Path findings = out.resolve("crm-upgrade-2026-findings.csv");
        Path activities = out.resolve("crm-upgrade-2026-activities.csv");
        Path risks = out.resolve("crm-upgrade-2026-risks.csv");
        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).isEqualTo(file + ": CRM-2026 red (SMART-002), 7 findings, 2026-04-30 -> " + findings + ", "
                + activities + ", " + risks + NL);
        // Under each header: the seven goal findings; the 14 activities; the sample's five risks (RK1-RK4, OP1).
        assertThat(Files.readAllLines(findings, StandardCharsets.UTF_8)).hasSize(1 + 7);
        assertThat(Files.readAllLines(activities, StandardCharsets.UTF_8)).hasSize(1 + 14);
        assertThat(Files.readAllLines(risks, StandardCharsets.UTF_8)).hasSize(1 + 5)
                .anyMatch(line -> line.startsWith("RK1,")).anyMatch(line -> line.startsWith("OP1,"));
    }

    @Test
    void csvFormat_onStandardOutput_isTheFindingsTable() {
        Cli.Run run = Cli.run(GOALS, "evaluate", "--format", "csv", crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out().lines()).hasSize(1 + 7).anyMatch(line -> line.contains("SMART-002") && line.contains("goals[G4]"));
    }

    @Test
    void badFormat_exitsWithInvalidInput_andSaysWhichAreKnown() {
        Cli.Run run = Cli.run("evaluate", "--format", "pdf", crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("Invalid value for option '--format': expected one of json, md, html, csv, found 'pdf'");
    }

    @Test
    void sameInput_sameOutput() {
        String file = crm();

        assertThat(Cli.run("evaluate", "--format", "json", file)).isEqualTo(Cli.run("evaluate", "--format", "json", file));
    }

    @Test
    void failOn_exitsWithFindings_whenAFindingIsAtOrAboveTheSeverity() {
        String file = crm();

        Cli.Run run = Cli.run(GOALS, "evaluate", "--fail-on", "error", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_FINDINGS);
        assertThat(run.err()).isEqualTo("pmokit: 2 findings at or above error: " + file + " (2)" + NL);
        assertThat(run.out()).contains("CRM-2026");
    }

    @Test
    void failOn_exitsWell_whenNoFindingIsThatSerious() {
        Cli.Run run = Cli.run(GOALS, "evaluate", "--fail-on", "CRITICAL", crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.err()).isEmpty();
    }

    @Test
    void failOn_unknownSeverity_exitsWithInvalidInput() {
        Cli.Run run = Cli.run("evaluate", "--fail-on", "fatal", crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("Invalid value for option '--fail-on'").contains("fatal");
    }

    @Test
    void out_writesOneFilePerProject_andLogsALinePerProject() throws IOException {
        Path out = dir.resolve("reports");
        String file = crm();

        Cli.Run run = Cli.run(GOALS, "evaluate", "--format", "html", "--out", out.toString(), file);

        Path report = out.resolve("crm-upgrade-2026.html");
        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).isEqualTo(file + ": CRM-2026 red (SMART-002), 7 findings, 2026-04-30 -> " + report + NL);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("CRM-2026");
    }

    @Test
    void statusDate_replacesTheProjectsOwn() {
        Cli.Run run = Cli.run(GOALS, "evaluate", "--status-date", "2026-02-27", "--out", dir.resolve("r").toString(), crm());

        assertThat(run.out()).contains(", 2026-02-27 -> ");
    }

    @Test
    void statusDateToday_readsTheClock() {
        Cli.Run run = Cli.run(GOALS, "evaluate", "--status-date", "today", "--out", dir.resolve("r").toString(), crm());

        assertThat(run.out()).contains(", 2026-03-16 -> ");
    }

    @Test
    void documentWithoutStatusDate_isEvaluatedAtItsStart_andSaysSo() {
        String file = Cli.write(dir.resolve("plan.json"),
                Cli.replaceOnce(Cli.crm(), "  \"statusDate\": \"2026-04-30\",\n", ""));

        Cli.Run run = Cli.run(GOALS, "evaluate", "--out", dir.resolve("r").toString(), file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).contains(", 2026-01-05 -> ");
        assertThat(run.err()).isEqualTo("pmokit: " + file + ": the document has no status date; evaluated at the"
                + " project's start 2026-01-05 (give --status-date DATE)" + NL);
    }

    @Test
    void badStatusDate_exitsWithInvalidInput() {
        Cli.Run run = Cli.run("evaluate", "--status-date", "2026-13-01", crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: --status-date must be a date as YYYY-MM-DD or 'today', found '2026-13-01'" + NL);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void policy_overridesTheDefaults() {
        // G1's KPI moves from 40,000,000 to 29,200,000 (27 % of the baseline) and G3's from 120,000 to
        // 72,000 (40 %): within the default 50 % but beyond 10 %, so SMART-003 (achievable) adds two
        // findings to the seven.
        String policy = Cli.write(dir.resolve("policy.json"), "{\"goal.achievable.maxChange\": 0.10}");

        Cli.Run run = Cli.run(GOALS, "evaluate", "--policy", policy, "--out", dir.resolve("r").toString(), crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).contains(": CRM-2026 red (SMART-002), 9 findings, 2026-04-30 -> ");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void missingPolicy_exitsWithInvalidInput_andNamesThePath() {
        String policy = dir.resolve("no-policy.json").toString();

        Cli.Run run = Cli.run("evaluate", "--policy", policy, crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + policy + ": no such policy file" + NL);
    }

    @Test
    void unknownPolicyKey_exitsWithInvalidInput_andNamesTheKey() {
        String policy = Cli.write(dir.resolve("policy.json"), "{\"index.gren\": 0.97}");

        Cli.Run run = Cli.run("evaluate", "--policy", policy, crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + policy + ": unknown policy key: index.gren" + NL);
    }

    @Test
    void policyValueOutOfRange_exitsWithInvalidInput_andNamesTheKeyAndValue() {
        String policy = Cli.write(dir.resolve("policy.json"), "{\"index.green\": \"high\"}");

        Cli.Run run = Cli.run("evaluate", "--policy", policy, crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + policy + ": policy index.green must be a number, found string \"high\"" + NL);
    }

    @Test
    void invalidDocument_exitsWithInvalidInput_andWritesNothing() {
        Path out = dir.resolve("reports");
        String good = crm();
        String bad = Cli.write(dir.resolve("bad.json"), "[]");

        Cli.Run run = Cli.run("evaluate", "--out", out.toString(), good, bad);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: " + bad + ": document (line 1, column 1): ");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void missingFile_exitsWithInvalidInput_andNamesThePath() {
        String missing = dir.resolve("missing.json").toString();

        Cli.Run run = Cli.run("evaluate", missing);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + missing + ": no such file" + NL);
    }

    @Test
    void severalReports_needAFolder_unlessMarkdown() {
        String a = crm();
        String b = Cli.write(dir.resolve("other.json"), Cli.crm());

        Cli.Run html = Cli.run("evaluate", "--format", "html", a, b);
        Cli.Run markdown = Cli.run(GOALS, "evaluate", a, b);

        assertThat(html.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(html.err()).isEqualTo("pmokit: 2 html reports cannot share standard output; give --out DIR (or --format md)" + NL);
        assertThat(markdown.exit()).isEqualTo(PmoKit.EXIT_OK);
    }

    @Test
    void twoFilesOfTheSameName_wouldShareAReport_andAreRefused() {
        String a = crm();
        String b = Cli.write(dir.resolve("sub").resolve("crm-upgrade-2026.json"), Cli.crm());

        Cli.Run run = Cli.run("evaluate", "--out", dir.resolve("r").toString(), a, b);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + a + " and " + b + " would both be reported to crm-upgrade-2026.md; rename one"
                + NL);
    }

    @Test
    void unwritableOut_exitsWithInvalidInput() {
        String blocker = Cli.write(dir.resolve("file"), "not a folder");

        Cli.Run run = Cli.run(GOALS, "evaluate", "--out", blocker, crm());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: --out " + blocker + ": cannot write ");
    }
}
