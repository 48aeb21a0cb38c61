package org.pmokit.rules.change;

import java.util.Objects;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Project;

/**
 * An accepted workflow step: the change request as it now stands, and the project holding it in the
 * place of the old one (and, after implementation, with the change applied and possibly a new
 * baseline). The project given to the step is left as it was.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param from the status before the step
 * @param change the change request after the step
 * @param project the project after the step
 */
public record Transition(ChangeStatus from, ChangeRequest change, Project project) {

    /**
     * Checks the parts.
     *
     * @param from the status before
     * @param change the change request after
     * @param project the project after
     */
    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(project, "project");
    }

    /**
     * Returns the status after the step.
     *
     * @return the change request's status
     */
    public ChangeStatus to() {
        return change.status();
    }
}
