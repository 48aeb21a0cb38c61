package org.pmokit.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Optional;

/** Notes on standard error about choices the command made for the user. */
final class Notes {

    private Notes() {
    }

    /**
     * Says so when a project is evaluated at its start because it has no status date and none was
     * given.
     *
     * @param loaded the project and its file
     * @param given the status date from the command line
     * @param err standard error
     */
    static void statusDate(ProjectFiles.Loaded loaded, Optional<LocalDate> given, PrintWriter err) {
        if (given.isEmpty() && loaded.project().statusDate().isEmpty()) {
            err.println("pmokit: " + loaded.file() + ": the document has no status date; evaluated at the project's start "
                    + loaded.project().start() + " (give --status-date DATE)");
        }
    }
}
