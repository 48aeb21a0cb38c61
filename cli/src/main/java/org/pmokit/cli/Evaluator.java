package org.pmokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;

/**
 * Reads the project documents that the command was given and evaluates them, one by one, each at
 * the given status date or its own, with a progress bar on standard error when there are many.
 */
final class Evaluator {

    private Evaluator() {
    }

    /**
     * Reads and validates every file, then evaluates every project; nothing is evaluated unless
     * every file is a valid project.
     *
     * @param files the project documents
     * @param settings the rules and whether standard error is a terminal
     * @param date the status date from the command line, or empty for each project's own
     * @param policy the policy
     * @param locale the reader's language
     * @param progress {@code --progress} (true), {@code --no-progress} (false), or neither (null)
     * @param err standard error
     * @return the evaluations, in the order of the files
     * @throws InvalidInputException with every problem of every file, if any is missing,
     *     unreadable or not a valid project
     */
    static List<Evaluated> readAndEvaluate(List<Path> files, Settings settings, Optional<LocalDate> date,
            Policy policy, Locale locale, Boolean progress, PrintWriter err) {
        List<ProjectFiles.Loaded> loaded;
        List<Evaluated> evaluated = new ArrayList<>();
        try (Progress bar = Progress.start(err, files.size(), progress, settings.stderrIsTerminal())) {
            loaded = ProjectFiles.readAll(files, locale, () -> bar.step(Progress.Stage.READ));
            for (ProjectFiles.Loaded one : loaded) {
                EvaluationContext context = ContextOptions.context(one.project(), date, policy, locale);
                evaluated.add(new Evaluated(one.file(), one.project(), context,
                        settings.rules().evaluate(one.project(), context)));
                bar.step(Progress.Stage.EVALUATED);
            }
        }
        for (ProjectFiles.Loaded one : loaded) {
            Notes.statusDate(one, date, err);
        }
        return List.copyOf(evaluated);
    }
}
