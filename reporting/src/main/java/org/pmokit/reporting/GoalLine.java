package org.pmokit.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/**
 * One goal of a report: its statement, owner and deadline, its SMART checks and its KPI.
 *
 * <p>The SMART checks come from the evaluation's findings: a criterion is met when its rule
 * (SMART-001 to SMART-006) has no finding on the goal ({@code goals[<id>]}). An evaluation without the
 * goals pack therefore shows every criterion met; the KPI's metrics then say that the pack did not run.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param id the goal's identifier
 * @param statement what the goal is
 * @param owner who is accountable
 * @param deadline when it must be met
 * @param objective the business objective it serves
 * @param smart one check per {@link SmartCriterion}, in their order
 * @param kpi its KPI
 */
public record GoalLine(String id, String statement, Optional<String> owner, Optional<LocalDate> deadline,
        Optional<String> objective, List<SmartCheck> smart, Optional<KpiLine> kpi) {

    /** The reason a goals metric is missing from an evaluation. */
    static final Text GOALS_NOT_EVALUATED = Text.of("the goals rules did not run in this evaluation",
            "本次评估未运行目标规则");

    /**
     * Checks and copies the parts.
     *
     * @param id the identifier
     * @param statement the statement
     * @param owner the owner
     * @param deadline the deadline
     * @param objective the objective
     * @param smart the SMART checks
     * @param kpi the KPI
     */
    public GoalLine {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(objective, "objective");
        smart = List.copyOf(smart);
        Objects.requireNonNull(kpi, "kpi");
    }

    /**
     * Returns whether every SMART criterion is met.
     *
     * @return true if the goal is SMART
     */
    public boolean isSmart() {
        return smart.stream().allMatch(SmartCheck::met);
    }

    /** The goals of a project, in its order. */
    static List<GoalLine> of(Project project, Evaluation evaluation) {
        List<GoalLine> lines = new ArrayList<>();
        for (Goal goal : project.goals()) {
            String subject = "goals[" + goal.id().value() + "]";
            Set<String> failed = evaluation.findings().stream().filter(f -> f.subject().equals(subject))
                    .map(Finding::ruleId).collect(Collectors.toSet());
            List<SmartCheck> checks = new ArrayList<>();
            for (SmartCriterion c : SmartCriterion.values()) {
                checks.add(new SmartCheck(c, !failed.contains(c.ruleId())));
            }
            lines.add(new GoalLine(goal.id().value(), goal.statement(), goal.owner(), goal.deadline(), goal.objective(),
                    checks, goal.kpi().map(k -> kpi(goal, k, evaluation))));
        }
        return List.copyOf(lines);
    }

    private static KpiLine kpi(Goal goal, Kpi kpi, Evaluation evaluation) {
        String prefix = "goals." + goal.id().value() + ".kpi.";
        return new KpiLine(kpi.name(), kpi.dimension(), kpi.unit(), kpi.baseline(), kpi.target(), kpi.direction(),
                metric(evaluation, prefix + "progress"), metric(evaluation, prefix + "forecast"));
    }

    private static MetricValue metric(Evaluation evaluation, String key) {
        MetricValue value = evaluation.metrics().get(key);
        return value != null ? value : new MetricValue.Undefined(GOALS_NOT_EVALUATED);
    }
}
