package org.pmokit.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pmokit.rules.Policy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pmokit portfolio DIR}: evaluates every project document of a folder and writes the
 * portfolio report (one row per project, and totals); with {@code --out}, each project's report as
 * well. Every file is read and validated first; if any is invalid, every problem is printed and
 * nothing is evaluated or written.
 */
@Command(name = "portfolio", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Evaluates every project document (*.json) of a folder and writes the portfolio report"
                + " (to standard output, or to DIR/portfolio.<format> with each project's report beside it with --out).")
final class PortfolioCommand implements Callable<Integer> {

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

    @Parameters(paramLabel = "DIR", description = "Folder of project documents (*.json; subfolders are not read).")
    private Path dir;

    PortfolioCommand(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Policy policy = contextOptions.policy();
        Optional<LocalDate> date = contextOptions.statusDate(settings.clock());
        List<Path> files = ProjectFiles.list(dir);
        if (output.out().isPresent() && files.stream().anyMatch(f -> Evaluated.baseName(f).equals(Reports.PORTFOLIO))) {
            throw new InvalidInputException(dir.resolve(Reports.PORTFOLIO + ".json") + ": its report would overwrite the portfolio"
                    + " report; rename it");
        }
        List<Evaluated> evaluated = Evaluator.readAndEvaluate(files, settings, date, policy, language.locale(), progress, err);
        Reports reports = new Reports(output.format(), language.locale());
        if (output.out().isPresent()) {
            Path folder = output.out().get();
            for (Evaluated one : evaluated) {
                out.println(Summary.line(one, language.locale()) + " -> " + Summary.files(reports.writeProject(one, folder)));
            }
            out.println(dir + ": " + evaluated.size() + " projects -> " + reports.writePortfolio(evaluated, folder));
        } else {
            out.print(reports.portfolio(evaluated));
        }
        out.flush();
        return failOn.exitCode(evaluated, err);
    }
}
