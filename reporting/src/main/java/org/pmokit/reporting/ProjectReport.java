package org.pmokit.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.AreaStatus;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;
import org.pmokit.rules.evm.EvmRules;
import org.pmokit.rules.risk.RiskAnalysis;
import org.pmokit.rules.risk.RiskScoring;
import org.pmokit.rules.schedule.Schedule;
import org.pmokit.rules.schedule.ScheduleAnalysis;
import org.pmokit.rules.schedule.ScheduleOutcome;

/**
 * The report of one project at a status date, in no language yet: what a PMO looks at every week.
 * A {@link org.pmokit.reporting.writer.ReportWriter} writes it as JSON, Markdown, HTML or CSV, in
 * English or Simplified Chinese.
 *
 * <p>Sections, in the order every format shows them: the header; the overall and per-area red /
 * amber / green status with the finding that decided it; the findings by severity; the goals with
 * their SMART checks and KPI progress; the milestones with due, forecast and variance, and their
 * trend; the schedule (forecast finish, critical paths, floats and baseline variance per activity);
 * earned value (the metrics and the S-curve); the risks (register, heat maps, EMV, contingency); the
 * change requests with their approval route and decision log; the budget and investment case; and
 * every metric of the evaluation. The schedule and earned value sections are {@link Slot}s: empty,
 * with the reason, when the project cannot be scheduled or measured (no baseline, a cycle, ...).
 *
 * <p>The rules' findings, statuses and metrics come from the evaluation; the schedule, earned value,
 * risk scores, approval routes and milestone trend are computed here by the same engines and shared
 * analyses the rules use, with the context's status date, policy and calendar.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param header the project's identity and the status date
 * @param overall the overall status and the finding that decided it
 * @param areas the status of each area, in {@link Area} order
 * @param findings every finding, most severe first (the evaluation's order)
 * @param goals the goals, in the project's order
 * @param milestones the milestones, in the project's order
 * @param milestoneTrend the forecast of each milestone at each month end up to the status date
 * @param activities the activities, in the project's order, with their schedule when there is one
 * @param schedule the schedule summary, or why there is none
 * @param earnedValue the earned value, or why there is none
 * @param risks the risks
 * @param changes the change requests, in the project's order
 * @param budget the budget and investment figures
 * @param metrics every metric of the evaluation, by key
 */
public record ProjectReport(ProjectHeader header, AreaStatus overall, List<AreaStatus> areas, List<Finding> findings,
        List<GoalLine> goals, List<MilestoneLine> milestones, MilestoneTrend milestoneTrend,
        List<ActivityLine> activities, Slot<ScheduleSection> schedule, Slot<EarnedValueSection> earnedValue,
        RiskSection risks, List<ChangeLine> changes, BudgetSection budget, SortedMap<String, MetricValue> metrics) {

    /**
     * The version of the report's JSON schema (docs/REPORT_SCHEMA.md): raised only for an
     * incompatible change (a field removed, renamed or retyped); fields may be added within a version.
     */
    public static final int SCHEMA_VERSION = 1;

    /**
     * Checks and copies the parts.
     *
     * @param header the header
     * @param overall the overall status
     * @param areas the area statuses
     * @param findings the findings
     * @param goals the goals
     * @param milestones the milestones
     * @param milestoneTrend the milestone trend
     * @param activities the activities
     * @param schedule the schedule
     * @param earnedValue the earned value
     * @param risks the risks
     * @param changes the change requests
     * @param budget the budget
     * @param metrics the metrics
     */
    public ProjectReport {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(overall, "overall");
        areas = List.copyOf(areas);
        findings = List.copyOf(findings);
        goals = List.copyOf(goals);
        milestones = List.copyOf(milestones);
        Objects.requireNonNull(milestoneTrend, "milestoneTrend");
        activities = List.copyOf(activities);
        Objects.requireNonNull(schedule, "schedule");
        Objects.requireNonNull(earnedValue, "earnedValue");
        Objects.requireNonNull(risks, "risks");
        changes = List.copyOf(changes);
        Objects.requireNonNull(budget, "budget");
        metrics = Collections.unmodifiableSortedMap(new TreeMap<>(metrics));
    }

    /**
     * Builds the report of a project from its evaluation.
     *
     * @param project the project
     * @param evaluation its evaluation, made with the same context
     * @param context the status date, policy and calendar of the evaluation (its locale is not used:
     *     the writer chooses the language)
     * @return the report
     */
    public static ProjectReport of(Project project, Evaluation evaluation, EvaluationContext context) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(evaluation, "evaluation");
        Objects.requireNonNull(context, "context");
        RuleInput input = new RuleInput(project, context);
        Slot<Schedule> schedule = schedule(input.get(ScheduleAnalysis.OUTCOME));
        List<AreaStatus> areas = new ArrayList<>();
        for (Area area : Area.values()) {
            areas.add(evaluation.status(area));
        }
        return new ProjectReport(
                ProjectHeader.of(project, context.statusDate()),
                evaluation.overall(),
                areas,
                evaluation.findings(),
                GoalLine.of(project, evaluation),
                MilestoneLine.of(project, schedule, context.statusDate()),
                MilestoneTrend.of(project, context),
                ActivityLine.of(project, schedule),
                schedule.map(ScheduleSection::of),
                EarnedValueSection.of(project, input.get(EvmRules.BASELINE), context.statusDate()),
                RiskSection.of(project, input.get(RiskAnalysis.INSTANCE), RiskScoring.of(context.policy())),
                ChangeLine.of(project, context),
                BudgetSection.of(project, evaluation),
                evaluation.metrics());
    }

    private static Slot<Schedule> schedule(ScheduleOutcome outcome) {
        if (outcome.schedule().isPresent()) {
            return Slot.of(outcome.schedule().get());
        }
        String problem = outcome.problem().map(Throwable::getMessage).orElse("");
        return Slot.empty(Text.of("the project cannot be scheduled: " + problem, "项目无法排程：" + problem));
    }

    /**
     * Returns how many findings each severity has.
     *
     * @return the counts, every severity present, in {@link Severity} order
     */
    public Map<Severity, Integer> findingCounts() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (Finding f : findings) {
            counts.merge(f.severity(), 1, Integer::sum);
        }
        return Collections.unmodifiableMap(counts);
    }
}
