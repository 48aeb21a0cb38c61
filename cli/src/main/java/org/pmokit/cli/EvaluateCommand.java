package org.pmokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pmokit evaluate FILE...}: evaluates each project with the standard rules and writes its
 * report. Every file is read and validated first; if any is invalid, every problem is printed and
 * nothing is evaluated or written.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Evaluates project documents with the standard rules and writes a report per project"
                + " (to standard output, or to DIR/<file>.<format> with --out).")
final class EvaluateCommand implements Callable<Integer> {

    private final Settings settings;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContextOptions contextOptions;

    @Mixin
    private LanguageOption language;

    @Mixin
    private OutputOptions output;

    @Mixin
    private FailOnOption failOn;

    @Option(names = "--progress", negatable = true,
            description = "Show a progress bar on standard error (default: when it is a terminal and there are more than "
                    + Progress.FEW + " projects).")
    private Boolean progress;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Project documents (JSON).")
    private List<Path> files;

    EvaluateCommand(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        checkDestinations();
        Policy policy = contextOptions.policy();
        Optional<LocalDate> date = contextOptions.statusDate(settings.clock());
        List<Evaluated> evaluated = Evaluator.readAndEvaluate(files, settings, date, policy, language.locale(), progress, err);
        Reports reports = new Reports(output.format(), language.locale());
        for (Evaluated one : evaluated) {
            if (output.out().isPresent()) {
                List<Path> written = reports.writeProject(one, output.out().get());
                out.println(Summary.line(one, language.locale()) + " -> " + Summary.files(written));
            } else {
                out.print(reports.project(one));
            }
        }
        out.flush();
        return failOn.exitCode(evaluated, err);
    }

    /** Several reports need a folder unless they are Markdown; two files must not make one report file. */
    private void checkDestinations() {
        if (output.out().isEmpty() && files.size() > 1 && output.format() != ReportFormat.MARKDOWN) {
            throw new InvalidInputException(files.size() + " " + output.format().extension()
                    + " reports cannot share standard output; give --out DIR (or --format md)");
        }
        if (output.out().isPresent()) {
            Map<String, Path> seen = new HashMap<>();
            for (Path file : files) {
                Path other = seen.putIfAbsent(Evaluated.baseName(file), file);
                if (other != null) {
                    throw new InvalidInputException(other + " and " + file + " would both be reported to "
                            + Evaluated.baseName(file) + "." + output.format().extension() + "; rename one");
                }
            }
        }
    }
}
