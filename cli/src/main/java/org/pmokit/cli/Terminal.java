package org.pmokit.cli;

import java.io.Console;
import java.lang.reflect.InvocationTargetException;

/**
 * Whether standard error is a terminal, so that a progress bar there helps a person and never
 * lands in a batch job's log.
 *
 * <p>The {@code ./pmokit} launcher knows (the shell's {@code [ -t 2 ]}) and says so with the system
 * property {@value #PROPERTY}. Without it, the JVM's console is asked, which covers standard input
 * and output: on Java 22 and newer through {@code Console.isTerminal()}, which is called by
 * reflection because this code is compiled for Java 17.
 */
final class Terminal {

    /** The system property the launcher sets to {@code true} or {@code false}. */
    static final String PROPERTY = "pmokit.stderr.terminal";

    private Terminal() {
    }

    /** Returns whether standard error is taken to be a terminal. */
    static boolean stderrIsTerminal() {
        String told = System.getProperty(PROPERTY);
        if (told != null) {
            return Boolean.parseBoolean(told);
        }
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // Java 17 to 21: a console exists only on a terminal
        } catch (IllegalAccessException | InvocationTargetException e) {
            return false;
        }
    }
}
