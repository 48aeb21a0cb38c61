package org.pmokit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pmokit}: the commands, {@code --help} and {@code --version}. */
@Command(name = "pmokit", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Validates and evaluates project documents of PMO Kit and writes reports.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  all went well",
                  "  1  findings at or above --fail-on",
                  "  2  invalid input: command line, missing file, invalid document or policy",
                  "  3  internal error (a bug; the stack trace is printed)"})
final class RootCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** Without a command: says so, with the usage, on standard error. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("pmokit: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return PmoKit.EXIT_INVALID_INPUT;
    }

    /** The version of this build, for {@code --version}. */
    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"pmokit " + PmoKit.version()};
        }
    }
}
