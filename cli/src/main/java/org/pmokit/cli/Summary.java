package org.pmokit.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Text;

/** One line per evaluated project for the command's log: file, project, overall status, findings. */
final class Summary {

    private static final Text FINDINGS = Text.of("findings", "项发现");

    private Summary() {
    }

    /**
     * Returns the line, such as {@code crm.json: CRM-2026 red (SMART-001), 23 findings at 2026-04-30}.
     *
     * @param evaluated the evaluated project
     * @param locale the reader's language
     * @return the line
     */
    static String line(Evaluated evaluated, Locale locale) {
        AreaStatus overall = evaluated.evaluation().overall();
        String status = overall.status().label().in(locale)
                + overall.decidingRule().map(rule -> " (" + rule + ")").orElse("");
        return evaluated.file() + ": " + evaluated.project().id() + " " + status + ", "
                + evaluated.evaluation().findings().size() + " " + FINDINGS.in(locale) + ", "
                + evaluated.context().statusDate();
    }

    /**
     * Returns the files written, separated by commas.
     *
     * @param files the files
     * @return such as {@code out/crm.html}
     */
    static String files(List<Path> files) {
        return files.stream().map(Path::toString).collect(Collectors.joining(", "));
    }
}
