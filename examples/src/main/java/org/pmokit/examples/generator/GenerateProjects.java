package org.pmokit.examples.generator;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Objects;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/**
 * Writes a large generated project document: the project that {@link ProjectGenerator} makes from
 * a seed (calendar {@link WorkCalendar#MON_FRI}, no baseline), as JSON through
 * {@link ProjectJson}, streamed to a file.
 *
 * <pre>
 * GenerateProjects --activities N --seed S --out FILE [--links 2.5] [--pretty]
 * </pre>
 *
 * <p>For example, from the repository root:
 * <pre>{@code
 * ./mvnw -B -ntp -q install -pl core,rules,reporting,examples -DskipTests
 * ./mvnw -B -ntp -q exec:java -pl examples -Dexec.mainClass=org.pmokit.examples.generator.GenerateProjects \
 *     -Dexec.args="--activities 1000000 --seed 42 --out target/p1m.json"
 * }</pre>
 *
 * <p>The same arguments always give the same file. Parent folders of the output are created. Exit
 * status: 0 when written, 1 when the file cannot be written, 2 for bad arguments (with the usage
 * on the error stream). Large files are generated, never committed.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GenerateProjects {

    /** The exit status when the document was written. */
    public static final int OK = 0;

    /** The exit status when the file could not be written. */
    public static final int IO_ERROR = 1;

    /** The exit status for bad arguments. */
    public static final int USAGE = 2;

    /** How to call the command. */
    public static final String USAGE_TEXT = """
            usage: GenerateProjects --activities N --seed S --out FILE [--links 2.5] [--pretty]
              --activities N  the number of activities, 1 to %d
              --seed S        the seed (a long); the same seed gives the same document
              --out FILE      the JSON file to write; parent folders are created
              --links L       the mean number of links per activity, 0 to %s (default 2.5)
              --pretty        indent the document (default: compact, on one line)
            """.formatted(ProjectGenerator.MAX_ACTIVITIES, ProjectGenerator.MAX_LINKS_PER_ACTIVITY);

    private GenerateProjects() {
    }

    /**
     * Runs the command and exits with its status.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        int status = run(args, System.out, System.err);
        if (status != OK) {
            System.exit(status);
        }
    }

    /**
     * Runs the command.
     *
     * @param args the arguments
     * @param out where to report what was written
     * @param err where to report problems and the usage
     * @return the exit status: {@link #OK}, {@link #IO_ERROR} or {@link #USAGE}
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Objects.requireNonNull(args, "args");
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE_TEXT);
            return USAGE;
        }
        long began = System.nanoTime();
        Project project;
        try {
            project = ProjectGenerator.withSeed(options.seed)
                    .activities(options.activities)
                    .linksPerActivity(options.links)
                    .calendar(WorkCalendar.MON_FRI)
                    .generate();
        } catch (IllegalStateException e) {
            err.println("error: " + e.getMessage());
            return USAGE;
        }
        try {
            Path parent = options.out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(options.out), 1 << 16)) {
                if (options.pretty) {
                    ProjectJson.standard().writePretty(project, file);
                } else {
                    ProjectJson.standard().write(project, file);
                }
            }
            long bytes = Files.size(options.out);
            long millis = (System.nanoTime() - began) / 1_000_000;
            out.println("wrote " + options.out + ": " + options.activities + " activities, seed " + options.seed + ", "
                    + bytes + " bytes in " + millis + " ms");
            return OK;
        } catch (IOException | UncheckedIOException e) {
            err.println("error: cannot write " + options.out + ": " + e.getMessage());
            return IO_ERROR;
        }
    }

    /** The parsed arguments. */
    private static final class Options {
        private Integer activities;
        private Long seed;
        private Path out;
        private double links = 2.5;
        private boolean pretty;

        static Options parse(String[] args) {
            Options o = new Options();
            boolean linksSeen = false;
            for (int i = 0; i < args.length; i++) {
                String arg = Objects.requireNonNull(args[i], "argument");
                switch (arg) {
                    case "--activities" -> {
                        o.activities = once(o.activities, arg, integer(value(args, i++), arg));
                        if (o.activities < 1 || o.activities > ProjectGenerator.MAX_ACTIVITIES) {
                            throw new IllegalArgumentException("--activities must be within 1 to "
                                    + ProjectGenerator.MAX_ACTIVITIES + ": " + o.activities);
                        }
                    }
                    case "--seed" -> o.seed = once(o.seed, arg, seed(value(args, i++)));
                    case "--out" -> o.out = once(o.out, arg, path(value(args, i++)));
                    case "--links" -> {
                        if (linksSeen) {
                            throw new IllegalArgumentException("--links given twice");
                        }
                        linksSeen = true;
                        o.links = links(value(args, i++));
                    }
                    case "--pretty" -> o.pretty = true;
                    default -> throw new IllegalArgumentException("unknown argument: " + arg);
                }
            }
            if (o.activities == null) {
                throw new IllegalArgumentException("--activities is required");
            }
            if (o.seed == null) {
                throw new IllegalArgumentException("--seed is required");
            }
            if (o.out == null) {
                throw new IllegalArgumentException("--out is required");
            }
            return o;
        }

        private static String value(String[] args, int i) {
            if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            return args[i + 1];
        }

        private static <T> T once(T previous, String name, T value) {
            if (previous != null) {
                throw new IllegalArgumentException(name + " given twice");
            }
            return value;
        }

        private static int integer(String text, String name) {
            try {
                return Integer.parseInt(text.replace("_", ""));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be an integer: " + text);
            }
        }

        private static long seed(String text) {
            try {
                return Long.parseLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--seed must be an integer: " + text);
            }
        }

        private static double links(String text) {
            double mean;
            try {
                mean = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--links must be a number: " + text);
            }
            if (!(mean >= 0 && mean <= ProjectGenerator.MAX_LINKS_PER_ACTIVITY)) {
                throw new IllegalArgumentException("--links must be within 0 to "
                        + ProjectGenerator.MAX_LINKS_PER_ACTIVITY + ": " + text);
            }
            return mean;
        }

        private static Path path(String text) {
            if (text.isBlank()) {
                throw new IllegalArgumentException("--out must not be blank");
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException("--out is not a valid path: " + text);
            }
        }
    }
}
