package org.pmokit.cli;

import java.nio.file.Path;
import java.util.Objects;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;

/**
 * A project evaluated by the command.
 *
 * @param file the file it was read from, as named on the command line
 * @param project the project
 * @param context the context it was evaluated in
 * @param evaluation the findings, metrics and statuses
 */
record Evaluated(Path file, Project project, EvaluationContext context, Evaluation evaluation) {

    Evaluated {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(evaluation, "evaluation");
    }

    /** The file's name without {@code .json}: the base of the report's file name. */
    String baseName() {
        return baseName(file);
    }

    /** A file's name without {@code .json}. */
    static String baseName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }
}
