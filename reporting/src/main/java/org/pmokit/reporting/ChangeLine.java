package org.pmokit.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.change.ApprovalRoute;
import org.pmokit.rules.change.ApprovalRouting;
import org.pmokit.rules.change.DecisionLog;
import org.pmokit.rules.change.LogVerification;
import org.pmokit.rules.change.Result;

/**
 * One change request of a report: as recorded in the project (type, status, impact assessment,
 * decisions), with the approval route its impact calls for under the policy (FORMULAS.md section 7)
 * and the verification of its tamper-evident decision log.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param request the change request as recorded
 * @param route who must approve it, or why that cannot be said (no impact assessment)
 * @param log what the verification of its decision log found
 */
public record ChangeLine(ChangeRequest request, Slot<ApprovalRoute> route, LogVerification log) {

    /**
     * Checks the parts.
     *
     * @param request the change request
     * @param route the route
     * @param log the log verification
     */
    public ChangeLine {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(log, "log");
    }

    /** The change requests of a project, in its order. */
    static List<ChangeLine> of(Project project, EvaluationContext context) {
        ApprovalRouting routing = ApprovalRouting.of(context.policy());
        List<ChangeLine> lines = new ArrayList<>();
        for (ChangeRequest cr : project.changeRequests()) {
            Result<ApprovalRoute> r = routing.route(project, cr);
            Slot<ApprovalRoute> route = r instanceof Result.Accepted<ApprovalRoute> a
                    ? Slot.of(a.value())
                    : Slot.empty(((Result.Refused<ApprovalRoute>) r).refusal().message());
            lines.add(new ChangeLine(cr, route, DecisionLog.verify(cr)));
        }
        return List.copyOf(lines);
    }
}
