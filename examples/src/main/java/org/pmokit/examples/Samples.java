package org.pmokit.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.json.ReadResult;

/**
 * The sample bank projects shipped in this module's resources under {@code samples/}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Samples {

    /** The file names of the samples, in the order the demo shows them. */
    public static final List<String> NAMES = List.of(
            "crm-upgrade-2026.json",
            "loan-approval-automation.json",
            "core-banking-process-optimisation.json");

    private Samples() {
    }

    /**
     * Reads and validates a sample.
     *
     * @param name one of {@link #NAMES}
     * @return the project, or every problem in it
     * @throws IllegalArgumentException if there is no such sample
     */
    public static ReadResult read(String name) {
        try (InputStream in = Samples.class.getResourceAsStream("/samples/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample named " + name);
            }
            return ProjectJson.standard().readAndValidate(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
