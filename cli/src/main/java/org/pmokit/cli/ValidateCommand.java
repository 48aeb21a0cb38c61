package org.pmokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pmokit validate FILE...}: reads and validates each project document and says, for each,
 * that it is valid (on standard output) or every problem in it (on standard error).
 */
@Command(name = "validate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Reads and validates project documents; prints every problem of every file.")
final class ValidateCommand implements Callable<Integer> {

    private static final Text VALID = Text.of("valid", "有效");
    private static final Text ACTIVITIES = Text.of("activities", "项活动");

    @Spec
    private CommandSpec spec;

    @Mixin
    private LanguageOption language;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Project documents (JSON).")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = PmoKit.EXIT_OK;
        for (Path file : files) {
            ProjectFiles.Result result = ProjectFiles.read(file, language.locale());
            if (result.loaded().isPresent()) {
                Project project = result.loaded().get().project();
                out.println(file + ": " + VALID.in(language.locale()) + ": " + project.id() + " \"" + project.name()
                        + "\", " + project.activities().size() + " " + ACTIVITIES.in(language.locale()));
            } else {
                err.println("pmokit: " + result.problem().orElseThrow());
                exit = PmoKit.EXIT_INVALID_INPUT;
            }
        }
        return exit;
    }
}
