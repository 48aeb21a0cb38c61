package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.goals.GoalRules;

class PortfolioCommandTest {

    private static final String NL = System.lineSeparator();
    private static final Settings GOALS = Cli.rules(RuleSet.of(GoalRules.pack()));

    @TempDir
    Path dir;

    /** Writes n copies of the CRM sample, CRM-1 to CRM-n, into the folder {@code projects}. */
    private Path projects(int n) {
        Path projects = dir.resolve("projects");
        for (int i = 1; i <= n; i++) {
            Cli.write(projects.resolve("crm-" + i + ".json"),
                    Cli.replaceOnce(Cli.crm(), "\"id\": \"CRM-2026\"", "\"id\": \"CRM-" + i + "\""));
        }
        return projects;
    }

    @Test
    void folder_isEvaluated_projectByProjectInNameOrder() {
        Cli.Run run = Cli.run("portfolio", projects(3).toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).contains("CRM-1", "CRM-2", "CRM-3");
        assertThat(run.out().indexOf("CRM-1")).isLessThan(run.out().indexOf("CRM-2"));
        assertThat(run.err()).isEmpty();
    }

    @Test
    void out_writesThePortfolioReportAndEachProjectsReport() {
        Path out = dir.resolve("site");
        Path projects = projects(2);

        Cli.Run run = Cli.run(GOALS, "portfolio", "--format", "html", "--out", out.toString(), projects.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(out.resolve("portfolio.html")).isRegularFile();
        assertThat(out.resolve("crm-1.html")).isRegularFile();
        assertThat(out.resolve("crm-2.html")).isRegularFile();
        assertThat(run.out()).endsWith(projects + ": 2 projects -> " + out.resolve("portfolio.html") + NL)
                .contains(projects.resolve("crm-1.json") + ": CRM-1 red (SMART-002), 7 findings, 2026-04-30 -> "
                        + out.resolve("crm-1.html") + NL);
    }

    @Test
    void manyProjects_onATerminal_showAProgressBar_onStandardErrorOnly() {
        Path projects = projects(Progress.FEW + 1);

        Cli.Run onTerminal = Cli.run(Cli.terminal(), "portfolio", projects.toString());
        Cli.Run inABatchJob = Cli.run("portfolio", projects.toString());

        assertThat(onTerminal.err()).contains("] 6/6 projects read\r").endsWith("] 6/6 projects evaluated" + NL);
        assertThat(inABatchJob.err()).isEmpty();
        assertThat(onTerminal.out()).isEqualTo(inABatchJob.out());
    }

    @Test
    void progressOption_forcesTheBar() {
        Cli.Run run = Cli.run("portfolio", "--progress", projects(2).toString());

        assertThat(run.err()).endsWith("] 2/2 projects evaluated" + NL);
    }

    @Test
    void invalidDocument_withTheBar_endsTheBarsLineBeforeTheProblem() {
        Path projects = projects(2);
        String bad = Cli.write(projects.resolve("bad.json"), "{}");

        Cli.Run run = Cli.run("portfolio", "--progress", projects.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("] 3/3 projects read" + NL + "pmokit: " + bad + ": ").doesNotContain("evaluated");
    }

    @Test
    void failOn_countsFindingsOfEveryProject() {
        Path projects = projects(2);

        Cli.Run run = Cli.run(GOALS, "portfolio", "--fail-on", "error", projects.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_FINDINGS);
        assertThat(run.err()).isEqualTo("pmokit: 4 findings at or above error: " + projects.resolve("crm-1.json") + " (2), "
                + projects.resolve("crm-2.json") + " (2)" + NL);
    }

    @Test
    void missingFolder_exitsWithInvalidInput_andNamesIt() {
        Path missing = dir.resolve("nowhere");

        Cli.Run run = Cli.run("portfolio", missing.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + missing + ": no such folder" + NL);
    }

    @Test
    void fileInsteadOfFolder_exitsWithInvalidInput() {
        String file = Cli.write(dir.resolve("crm.json"), Cli.crm());

        Cli.Run run = Cli.run("portfolio", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + file + ": not a folder of project documents" + NL);
    }

    @Test
    void folderWithoutDocuments_exitsWithInvalidInput() {
        Cli.write(dir.resolve("readme.txt"), "no projects here");

        Cli.Run run = Cli.run("portfolio", dir.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).isEqualTo("pmokit: " + dir + ": no project documents (*.json) in the folder" + NL);
    }

    @Test
    void oneInvalidDocument_failsTheRun_withEveryProblem_andWritesNothing() {
        Path projects = projects(2);
        String bad = Cli.write(projects.resolve("bad.json"), "{}");
        Path out = dir.resolve("site");

        Cli.Run run = Cli.run("portfolio", "--out", out.toString(), projects.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: " + bad + ": ");
        assertThat(run.out()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void documentNamedPortfolio_wouldBeOverwritten_andIsRefused() {
        Path projects = projects(1);
        Cli.write(projects.resolve("portfolio.json"), Cli.crm());

        Cli.Run run = Cli.run("portfolio", "--out", dir.resolve("site").toString(), projects.toString());

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("portfolio.json: its report would overwrite the portfolio report; rename it");
    }
}
