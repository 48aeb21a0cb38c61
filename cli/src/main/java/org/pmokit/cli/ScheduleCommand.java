package org.pmokit.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.Schedule;
import org.pmokit.rules.schedule.ScheduleInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code pmokit schedule FILE}: the critical path schedule of one project at its status date, as a
 * text table on standard output.
 */
@Command(name = "schedule", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Prints the critical path schedule of a project: finish, critical path, slipped milestones,"
                + " and each activity's early and late dates and floats.")
final class ScheduleCommand implements Callable<Integer> {

    private final Settings settings;

    @Spec
    private CommandSpec spec;

    @Mixin
    private ContextOptions contextOptions;

    @Mixin
    private LanguageOption language;

    @Parameters(paramLabel = "FILE", description = "A project document (JSON).")
    private Path file;

    ScheduleCommand(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Integer call() {
        Policy policy = contextOptions.policy();
        Optional<LocalDate> date = contextOptions.statusDate(settings.clock());
        ProjectFiles.Loaded loaded = ProjectFiles.readAll(List.of(file), language.locale()).get(0);
        Notes.statusDate(loaded, date, spec.commandLine().getErr());
        EvaluationContext context = ContextOptions.context(loaded.project(), date, policy, language.locale());
        Schedule schedule;
        try {
            schedule = CriticalPath.of(policy).schedule(loaded.project(), context);
        } catch (ScheduleInputException e) {
            throw new InvalidInputException(file + ": cannot schedule the project: " + e.getMessage());
        }
        spec.commandLine().getOut().print(ScheduleText.render(loaded.project(), schedule, language.locale()));
        return PmoKit.EXIT_OK;
    }
}
