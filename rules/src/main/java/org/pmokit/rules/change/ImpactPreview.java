package org.pmokit.rules.change;

import org.pmokit.core.project.ChangeRequestId;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;

/**
 * Shows what a change request would do before anyone approves it: its proposed activity edits are
 * applied to a copy of the project, and the engines say how the forecast finish, the critical path,
 * BAC and EAC move, and how much of the contingency reserve the change would use.
 *
 * <p>{@link #engines()} is the implementation on PMO Kit's critical path and earned value engines;
 * a host may give its own (a Monte Carlo preview, a stub in its tests).
 */
@FunctionalInterface
public interface ImpactPreview {

    /**
     * Previews a change request of a project.
     *
     * @param project the project, left as it is
     * @param change the change request to preview
     * @param context the status date, policy and calendar to measure at
     * @return the preview, or a refusal if the change request is unknown, its edits do not apply, or
     *     the project (before or after) cannot be scheduled
     */
    Result<ChangePreview> preview(Project project, ChangeRequestId change, EvaluationContext context);

    /**
     * Returns the preview on PMO Kit's critical path and earned value engines, with the earned value
     * engine's default options (EAC by CPI).
     *
     * @return the preview
     */
    static ImpactPreview engines() {
        return EngineImpactPreview.standard();
    }
}
