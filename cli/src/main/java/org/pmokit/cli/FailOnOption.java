package org.pmokit.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pmokit.rules.Severity;
import picocli.CommandLine.Option;

/** The {@code --fail-on} option: exit with {@link PmoKit#EXIT_FINDINGS} when findings are that serious. */
final class FailOnOption {

    @Option(names = "--fail-on", paramLabel = "SEVERITY",
            description = "Exit with 1 when a project has a finding at or above this severity: info, warning, error or"
                    + " critical (default: never).")
    private Severity failOn;

    /**
     * Returns the exit code for the evaluations, and says on standard error which projects have
     * such findings.
     *
     * @param evaluated the evaluations
     * @param err standard error
     * @return {@link PmoKit#EXIT_FINDINGS} or {@link PmoKit#EXIT_OK}
     */
    int exitCode(List<Evaluated> evaluated, PrintWriter err) {
        if (failOn == null) {
            return PmoKit.EXIT_OK;
        }
        List<String> failing = evaluated.stream()
                .filter(e -> !e.evaluation().findingsAtLeast(failOn).isEmpty())
                .map(e -> e.file() + " (" + e.evaluation().findingsAtLeast(failOn).size() + ")")
                .collect(Collectors.toList());
        if (failing.isEmpty()) {
            return PmoKit.EXIT_OK;
        }
        int total = evaluated.stream().mapToInt(e -> e.evaluation().findingsAtLeast(failOn).size()).sum();
        err.println("pmokit: " + total + (total == 1 ? " finding" : " findings") + " at or above "
                + failOn.name().toLowerCase(Locale.ROOT) + ": " + String.join(", ", failing));
        return PmoKit.EXIT_FINDINGS;
    }
}
