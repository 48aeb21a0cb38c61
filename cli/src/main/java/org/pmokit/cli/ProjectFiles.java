package org.pmokit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.json.ReadResult;
import org.pmokit.core.project.Project;

/**
 * Reads project documents from files, turning every way a file can be wrong into one message that
 * names the file: no such file, a directory, unreadable, not well formed (with the JSON pointer,
 * line and column), or not valid (every violation with its path, code and message).
 */
final class ProjectFiles {

    private ProjectFiles() {
    }

    /**
     * A project read from a file.
     *
     * @param file the file, as named on the command line
     * @param project the valid project
     */
    record Loaded(Path file, Project project) {
    }

    /**
     * Reads and validates one file.
     *
     * @param file the file
     * @param locale the language of violation messages
     * @return the project, or the problem that names the file
     */
    static Result read(Path file, Locale locale) {
        if (Files.isDirectory(file)) {
            return Result.problem(file + ": is a directory, not a project document");
        }
        ReadResult read;
        try {
            read = ProjectJson.standard().readAndValidate(file);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof NoSuchFileException) {
                return Result.problem(file + ": no such file");
            }
            return Result.problem(file + ": cannot read: " + e.getCause());
        }
        if (read.isValid()) {
            return new Result(Optional.of(new Loaded(file, read.orElseThrow())), Optional.empty());
        }
        if (read.formatError().isPresent()) {
            return Result.problem(file + ": " + read.describe(locale));
        }
        int n = read.violations().size();
        String lines = read.describe(locale).replace(System.lineSeparator(), System.lineSeparator() + "  ");
        return Result.problem(file + ": " + n + (n == 1 ? " problem" : " problems") + ":" + System.lineSeparator()
                + "  " + lines);
    }

    /**
     * Reads and validates every file, and fails with every problem of every file.
     *
     * @param files the files
     * @param locale the language of violation messages
     * @return the projects, in the order of the files
     * @throws InvalidInputException if any file is missing, unreadable or not a valid project
     */
    static List<Loaded> readAll(List<Path> files, Locale locale) {
        return readAll(files, locale, () -> { });
    }

    /**
     * Reads and validates every file, telling after each, and fails with every problem of every file.
     *
     * @param files the files
     * @param locale the language of violation messages
     * @param afterEach run after each file, whatever its outcome (for the progress bar)
     * @return the projects, in the order of the files
     * @throws InvalidInputException if any file is missing, unreadable or not a valid project
     */
    static List<Loaded> readAll(List<Path> files, Locale locale, Runnable afterEach) {
        List<Loaded> loaded = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            Result result = read(file, locale);
            result.loaded().ifPresent(loaded::add);
            result.problem().ifPresent(problems::add);
            afterEach.run();
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return loaded;
    }

    /**
     * Lists the project documents of a folder: its {@code *.json} files, not its subfolders', by name.
     *
     * @param dir the folder
     * @return the files, sorted by name
     * @throws InvalidInputException if the folder does not exist, is not a folder, cannot be read
     *     or has no {@code *.json} file
     */
    static List<Path> list(Path dir) {
        if (!Files.exists(dir)) {
            throw new InvalidInputException(dir + ": no such folder");
        }
        if (!Files.isDirectory(dir)) {
            throw new InvalidInputException(dir + ": not a folder of project documents");
        }
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, "*.json")) {
            for (Path file : stream) {
                if (Files.isRegularFile(file)) {
                    files.add(file);
                }
            }
        } catch (IOException e) {
            throw new InvalidInputException(dir + ": cannot list the folder: " + e);
        }
        if (files.isEmpty()) {
            throw new InvalidInputException(dir + ": no project documents (*.json) in the folder");
        }
        files.sort(Comparator.comparing(file -> file.getFileName().toString()));
        return files;
    }

    /**
     * The outcome of reading one file: a project or a problem.
     *
     * @param loaded the project, when the file is a valid document
     * @param problem what is wrong, naming the file, otherwise
     */
    record Result(Optional<Loaded> loaded, Optional<String> problem) {

        static Result problem(String problem) {
            return new Result(Optional.empty(), Optional.of(problem));
        }
    }
}
