package org.pmokit.benchmarks;

import java.io.ByteArrayOutputStream;
import org.pmokit.core.json.ProjectJson;
import org.pmokit.core.project.Project;

/** Helpers that make the documents the JSON benchmarks read. */
final class JsonDocuments {

    private JsonDocuments() {
    }

    /**
     * Writes a project as a compact document.
     *
     * @param project the project
     * @return the UTF-8 bytes
     */
    static byte[] compact(Project project) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 20);
        ProjectJson.standard().write(project, out);
        return out.toByteArray();
    }
}
