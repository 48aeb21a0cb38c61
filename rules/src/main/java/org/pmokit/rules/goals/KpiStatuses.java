package org.pmokit.rules.goals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.Goal;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.RuleInput;

/**
 * The shared analysis of the goals pack: a {@link KpiStatus} for every goal with a KPI, in goal
 * order, at the context's status date. KPI-001, KPI-002 and the pack's metrics read it, so it is
 * computed once per evaluation.
 *
 * <p>This class is immutable and thread-safe.
 */
final class KpiStatuses implements Analysis<List<KpiStatus>> {

    /** The single instance; analyses are compared by identity. */
    static final KpiStatuses INSTANCE = new KpiStatuses();

    private KpiStatuses() {
    }

    @Override
    public List<KpiStatus> analyse(RuleInput input) {
        LocalDate status = input.context().statusDate();
        List<KpiStatus> out = new ArrayList<>();
        for (Goal g : input.project().goals()) {
            g.kpi().ifPresent(kpi -> out.add(KpiStatus.of(g, kpi, status)));
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() {
        return "goals.kpiStatuses";
    }
}
