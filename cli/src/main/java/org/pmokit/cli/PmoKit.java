package org.pmokit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;
import java.util.Properties;
import org.pmokit.rules.StandardRules;
import picocli.CommandLine;

/**
 * The {@code pmokit} command for batch jobs and analysts:
 * <pre>
 * pmokit validate FILE...
 * pmokit evaluate FILE... [--status-date D] [--policy P.json] [--lang en|zh-CN]
 *                         [--format json|md|html|csv] [--out DIR] [--fail-on SEVERITY] [--[no-]progress]
 * pmokit schedule FILE [--status-date D] [--policy P.json] [--lang en|zh-CN]
 * pmokit portfolio DIR [--status-date D] [--policy P.json] [--lang en|zh-CN]
 *                      [--format json|md|html|csv] [--out DIR] [--fail-on SEVERITY] [--[no-]progress]
 * pmokit --help | --version
 * </pre>
 *
 * <p>Exit codes: {@value #EXIT_OK} when all went well; {@value #EXIT_FINDINGS} when there are
 * findings at or above {@code --fail-on}; {@value #EXIT_INVALID_INPUT} for invalid input (a bad
 * command line, a missing file, a project document that is not well formed or not valid, a bad
 * policy), with the precise error on standard error; {@value #EXIT_INTERNAL_ERROR} for an internal
 * error (a bug: please report it with the stack trace that is printed).
 *
 * <p>Results go to standard output (or to files under {@code --out}) and are the same, byte for
 * byte, for the same input; diagnostics and the progress bar go to standard error. The status date
 * is the one given with {@code --status-date}, else the project's own, else its start; the clock is
 * read only for {@code --status-date today}. The progress bar (projects read, then evaluated) shows
 * when standard error is a terminal and there are more than five projects, or with
 * {@code --progress}.
 */
public final class PmoKit {

    /** Exit code: everything went well. */
    public static final int EXIT_OK = 0;
    /** Exit code: there are findings at or above the severity of {@code --fail-on}. */
    public static final int EXIT_FINDINGS = 1;
    /** Exit code: the input was invalid: the command line, a file, a project document or a policy. */
    public static final int EXIT_INVALID_INPUT = 2;
    /** Exit code: an internal error, that is a bug. */
    public static final int EXIT_INTERNAL_ERROR = 3;

    private PmoKit() {
    }

    /**
     * Runs the command and exits with its exit code. Standard output and error are written in
     * UTF-8.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Logs.quietValidatorBanner();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Settings settings = new Settings(Clock.systemDefaultZone(), StandardRules.all(), Terminal.stderrIsTerminal());
        System.exit(run(args, out, err, settings));
    }

    /**
     * Runs the command without exiting the JVM, with the standard rules, standard error taken not
     * to be a terminal (so no progress bar unless {@code --progress} is given) and the system clock
     * for {@code --status-date today}.
     *
     * @param args the command line
     * @param out where results go
     * @param err where errors, notes and the progress bar go
     * @return the exit code, one of the {@code EXIT_} constants
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, new Settings(Clock.systemDefaultZone(), StandardRules.all(), false));
    }

    /** Runs the command with the given settings; both writers are flushed before returning. */
    static int run(String[] args, PrintWriter out, PrintWriter err, Settings settings) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(settings, "settings");
        try {
            return commandLine(settings, out, err).execute(args);
        } catch (RuntimeException | Error e) {
            // The parser's handlers map every exception of a command; this is for the rest.
            return Failures.internalError(e, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** Builds the parser: the root command, its subcommands, and the mapping of errors to exit codes. */
    static CommandLine commandLine(Settings settings, PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new RootCommand());
        cl.addSubcommand(new ValidateCommand());
        cl.addSubcommand(new EvaluateCommand(settings));
        cl.addSubcommand(new ScheduleCommand(settings));
        cl.addSubcommand(new PortfolioCommand(settings));
        cl.setOut(out);
        cl.setErr(err);
        cl.setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler(Failures::badCommandLine);
        cl.setExecutionExceptionHandler(Failures::failed);
        return cl;
    }

    /**
     * Returns the version of this build.
     *
     * @return such as {@code 0.1.0-SNAPSHOT}
     */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = PmoKit.class.getResourceAsStream("version.properties")) {
            if (in == null) {
                throw new IllegalStateException("version.properties is missing from the pmokit-cli jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
