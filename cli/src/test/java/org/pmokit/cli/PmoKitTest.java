package org.pmokit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.RulePack;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

class PmoKitTest {

    @TempDir
    Path dir;

    @Test
    void version_printsTheVersionOfTheBuild() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).isEqualTo("pmokit 0.1.0-SNAPSHOT" + System.lineSeparator());
        assertThat(PmoKit.version()).isEqualTo("0.1.0-SNAPSHOT");
    }

    @Test
    void help_listsEveryCommandAndTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).contains("Usage: pmokit", "validate", "evaluate", "schedule", "portfolio",
                "1  findings at or above --fail-on", "3  internal error");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void commandHelp_listsItsOptions() {
        Cli.Run run = Cli.run("evaluate", "--help");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_OK);
        assertThat(run.out()).contains("Usage: pmokit evaluate", "--status-date=DATE", "--policy=FILE", "--lang=LANG",
                "--format=FORMAT", "--out=DIR", "--fail-on=SEVERITY");
    }

    @Test
    void noCommand_exitsWithInvalidInput_andShowsTheUsage() {
        Cli.Run run = Cli.run();

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).startsWith("pmokit: missing command").contains("Usage: pmokit");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownCommand_exitsWithInvalidInput_andNamesTheCommand() {
        Cli.Run run = Cli.run("frobnicate");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("pmokit: unknown command 'frobnicate'").contains("Try 'pmokit --help'.");
    }

    @Test
    void mistypedCommand_suggestsTheRightOne() {
        Cli.Run run = Cli.run("evaluat", "x.json");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("unknown command 'evaluat'").contains("Did you mean: pmokit evaluate");
    }

    @Test
    void unknownOption_exitsWithInvalidInput_andNamesIt() {
        Cli.Run run = Cli.run("validate", "--frob", "x.json");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("pmokit: Unknown option: '--frob'").contains("Try 'pmokit validate --help'.");
    }

    @Test
    void badLanguage_exitsWithInvalidInput_andSaysWhichAreKnown() {
        Cli.Run run = Cli.run("validate", "--lang", "fr", "x.json");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("Invalid value for option '--lang': expected en or zh-CN, found 'fr'");
    }

    @Test
    void missingFileParameter_exitsWithInvalidInput() {
        Cli.Run run = Cli.run("validate");

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INVALID_INPUT);
        assertThat(run.err()).contains("Missing required parameter: 'FILE'");
    }

    @Test
    void failingRule_isAnInternalError_withTheStackTrace() {
        Rule broken = new Rule() {
            @Override
            public RuleInfo info() {
                return new RuleInfo("TEST-001", "test", Area.GOALS, Subject.PROJECT, Text.of("Broken", "坏的"),
                        Severity.ERROR);
            }

            @Override
            public List<Finding> evaluate(RuleInput input) {
                throw new ArithmeticException("division by zero");
            }
        };
        String file = Cli.write(dir.resolve("crm.json"), Cli.crm());

        Cli.Run run = Cli.run(Cli.rules(RuleSet.of(new RulePack("test", List.of(broken), List.of()))), "evaluate", file);

        assertThat(run.exit()).isEqualTo(PmoKit.EXIT_INTERNAL_ERROR);
        assertThat(run.err()).startsWith("pmokit: internal error")
                .contains("rule TEST-001 failed on project CRM-2026: division by zero")
                .contains("at org.pmokit.rules.RuleSet");
    }

    @Test
    void publicRun_usesTheStandardRules_andFlushesBothWriters() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = PmoKit.run(new String[] {"validate", Cli.write(dir.resolve("crm.json"), Cli.crm())}, new PrintWriter(out),
                new PrintWriter(err));

        assertThat(exit).isEqualTo(PmoKit.EXIT_OK);
        assertThat(out.toString()).contains("valid: CRM-2026");
        assertThat(err.toString()).isEmpty();
    }
}
