package org.pmokit.examples.notebooks;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * Runs a JShell notebook through the {@code jdk.jshell} API, snippet by snippet, in this JVM (the
 * local execution engine) with the test class path, and collects every problem: a snippet the
 * compiler rejects, one that refers to something that does not exist, an exception, a JShell
 * command, or an incomplete snippet at the end. A notebook passes when there is none.
 */
final class NotebookRunner {

    private NotebookRunner() {
    }

    /**
     * What a notebook did.
     *
     * @param output what it printed, and the values of its expressions as JShell shows them
     * @param problems every problem, each starting with the notebook's name and the line
     */
    record Outcome(String output, List<String> problems) {
    }

    /**
     * Runs a notebook.
     *
     * @param name the notebook's name, for the messages
     * @param source its text
     * @return what it printed and every problem
     */
    static Outcome run(String name, String source) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> problems = new ArrayList<>();
        PrintStream originalOut = System.out;
        PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        // The local engine runs the snippets in this JVM, where they print to System.out.
        System.setOut(capture);
        try (JShell shell = JShell.builder().executionEngine("local").out(capture).err(capture).build()) {
            for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
                shell.addToClasspath(entry);
            }
            SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
            // Line by line, as the jshell tool reads a file: a snippet ends at the first line where
            // the text so far is complete (or cannot become valid, which the compiler then rejects).
            String pending = "";
            int start = 0;
            String[] lines = source.split("\n", -1);
            for (int n = 0; n < lines.length; n++) {
                if (isTrivia(pending)) {
                    start = n + 1;
                    if (isCommand(lines[n])) {
                        problems.add(name + " line " + start + ": a JShell command, which notebooks must not use: "
                                + lines[n].strip());
                        pending = "";
                        continue;
                    }
                }
                pending = pending + lines[n] + "\n";
                SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(pending);
                if (info.completeness() == Completeness.EMPTY) {
                    pending = "";
                } else if (info.completeness().isComplete()) {
                    for (SnippetEvent event : shell.eval(info.source())) {
                        check(shell, event, name + " line " + start + ": ", problems);
                        if (event.value() != null && !event.value().isEmpty() && event.causeSnippet() == null) {
                            capture.println(event.snippet().source().strip().lines().findFirst().orElse("") + " ==> "
                                    + event.value());
                        }
                    }
                    pending = info.remaining();
                    start = n + 1;
                }
            }
            if (!isTrivia(pending)) {
                problems.add(name + " line " + start + ": incomplete snippet: "
                        + pending.substring(leading(pending)).lines().findFirst().orElse(""));
            }
        } finally {
            System.setOut(originalOut);
        }
        return new Outcome(bytes.toString(StandardCharsets.UTF_8), List.copyOf(problems));
    }

    private static void check(JShell shell, SnippetEvent event, String where, List<String> problems) {
        Snippet snippet = event.snippet();
        JShellException exception = event.exception();
        if (exception != null) {
            problems.add(where + describe(exception));
        }
        switch (event.status()) {
            case REJECTED:
                problems.add(where + "rejected: " + shell.diagnostics(snippet)
                        .map(d -> d.getMessage(Locale.ENGLISH).strip().replaceAll("\\s*\\n\\s*", " "))
                        .collect(Collectors.joining("; ")));
                break;
            case RECOVERABLE_DEFINED:
            case RECOVERABLE_NOT_DEFINED:
                problems.add(where + "unresolved: " + String.join(", ",
                        shell.unresolvedDependencies((DeclarationSnippet) snippet).toList()));
                break;
            default:
                break;
        }
    }

    private static String describe(JShellException exception) {
        if (exception instanceof EvalException eval) {
            return "exception " + eval.getExceptionClassName() + ": " + eval.getMessage();
        }
        if (exception instanceof UnresolvedReferenceException unresolved) {
            return "calls " + unresolved.getSnippet().source().strip() + ", which refers to something that does not exist";
        }
        return "exception " + exception;
    }

    /** Whether a line is a JShell command such as {@code /exit} (not a comment). */
    private static boolean isCommand(String line) {
        String s = line.strip();
        return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/*");
    }

    /** Whether the text is only white space and comments. */
    private static boolean isTrivia(String text) {
        return leading(text) == text.length();
    }

    /** The length of the white space and comments that start the text. */
    private static int leading(String text) {
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
            } else if (text.startsWith("//", i)) {
                int end = text.indexOf('\n', i);
                i = end < 0 ? text.length() : end + 1;
            } else if (text.startsWith("/*", i)) {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
            } else {
                break;
            }
        }
        return i;
    }
}
