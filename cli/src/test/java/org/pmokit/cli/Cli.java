package org.pmokit.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.StandardRules;

/** Runs the command in the test's JVM and keeps what it printed. */
final class Cli {

    /** The clock of every test run: 2026-03-16, a Monday. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-16T09:00:00Z"), ZoneOffset.UTC);

    private Cli() {
    }

    /**
     * What a run printed and returned.
     *
     * @param exit the exit code
     * @param out standard output
     * @param err standard error
     */
    record Run(int exit, String out, String err) {
    }

    /** Runs with the standard rules and standard error not a terminal. */
    static Run run(String... args) {
        return run(new Settings(CLOCK, StandardRules.all(), false), args);
    }

    /** Runs with the given settings. */
    static Run run(Settings settings, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = PmoKit.run(args, new PrintWriter(out), new PrintWriter(err), settings);
        return new Run(exit, out.toString(), err.toString());
    }

    /** Settings with the standard rules and a terminal on standard error. */
    static Settings terminal() {
        return new Settings(CLOCK, StandardRules.all(), true);
    }

    /** Settings with other rules. */
    static Settings rules(RuleSet rules) {
        return new Settings(CLOCK, rules, false);
    }

    /** The text of the CRM sample, the shared example project (status date 2026-04-30). */
    static String crm() {
        try (InputStream in = Cli.class.getResourceAsStream("/projects/crm-upgrade-2026.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a file and returns its path as a string. */
    static String write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file.toString();
    }

    /** Replaces the one occurrence of a text, failing if it is not there exactly once. */
    static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        if (at < 0 || text.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("not exactly once: " + target);
        }
        return text.substring(0, at) + replacement + text.substring(at + target.length());
    }
}
