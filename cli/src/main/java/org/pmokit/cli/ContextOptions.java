package org.pmokit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyException;
import picocli.CommandLine.Option;

/**
 * The options that make an {@link EvaluationContext}: {@code --status-date} and {@code --policy}.
 *
 * <p>The status date is the one given, else the project's own status date, else its start (as
 * {@link EvaluationContext#of(Project)}); {@code --status-date today} is the only use of the clock.
 */
final class ContextOptions {

    @Option(names = "--status-date", paramLabel = "DATE",
            description = "Date to evaluate at, as YYYY-MM-DD, or 'today' to read the clock (default: the project's "
                    + "status date, else its start).")
    private String statusDate;

    @Option(names = "--policy", paramLabel = "FILE",
            description = "JSON object of policy overrides, such as {\"index.green\": 0.97} (default: every default).")
    private Path policyFile;

    /**
     * Returns the status date given on the command line.
     *
     * @param clock read only for {@code today}
     * @return the date, or empty to use each project's own
     * @throws InvalidInputException if the value is neither a date nor {@code today}
     */
    Optional<LocalDate> statusDate(Clock clock) {
        if (statusDate == null) {
            return Optional.empty();
        }
        if ("today".equals(statusDate)) {
            return Optional.of(LocalDate.now(clock));
        }
        try {
            return Optional.of(LocalDate.parse(statusDate));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("--status-date must be a date as YYYY-MM-DD or 'today', found '"
                    + statusDate + "'");
        }
    }

    /**
     * Returns the policy: the defaults with the overrides of {@code --policy}.
     *
     * @return the policy
     * @throws InvalidInputException if the file cannot be read or is not a valid policy; the
     *     message names the file and, for a bad key or value, the key
     */
    Policy policy() {
        if (policyFile == null) {
            return Policy.defaults();
        }
        String json;
        try {
            json = Files.readString(policyFile, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(policyFile + ": no such policy file");
        } catch (IOException e) {
            throw new InvalidInputException(policyFile + ": cannot read the policy file: " + e);
        }
        try {
            return Policy.fromJson(json);
        } catch (PolicyException e) {
            throw new InvalidInputException(policyFile + ": " + e.getMessage());
        }
    }

    /**
     * Returns the context to evaluate a project in.
     *
     * @param project the project
     * @param date the status date from the command line, or empty for the project's own
     * @param policy the policy
     * @param locale the reader's language
     * @return the context
     */
    static EvaluationContext context(Project project, Optional<LocalDate> date, Policy policy, Locale locale) {
        EvaluationContext base = date.map(EvaluationContext::at).orElseGet(() -> EvaluationContext.of(project));
        return base.withPolicy(policy).withLocale(locale);
    }
}
