package org.pmokit.rules.goals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.pmokit.rules.MetricSource;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RulePack;

/**
 * The goals pack: SMART goals, milestones and KPI progress (FORMULAS.md section 7; seed 002).
 *
 * <table>
 *   <caption>The rules of the pack</caption>
 *   <tr><th>id</th><th>checks</th><th>default severity</th></tr>
 *   <tr><td>SMART-001</td>
 *       <td>specific (S): a KPI, or a statement with a quantity in at least four words</td>
 *       <td>warning</td></tr>
 *   <tr><td>SMART-002</td>
 *       <td>measurable (M): a KPI with unit, baseline, target and an agreeing direction</td>
 *       <td>error</td></tr>
 *   <tr><td>SMART-003</td>
 *       <td>achievable (A): change within {@code goal.achievable.maxChange} of the baseline</td>
 *       <td>warning; error if target = baseline</td></tr>
 *   <tr><td>SMART-004</td>
 *       <td>relevant (R): linked to an objective or a requirement</td>
 *       <td>warning</td></tr>
 *   <tr><td>SMART-005</td>
 *       <td>time-bound (T): a deadline after the start, within {@code goal.deadline.horizonDays} of
 *           the planned finish</td>
 *       <td>error; warning beyond the horizon</td></tr>
 *   <tr><td>SMART-006</td><td>the goal has an owner</td><td>warning</td></tr>
 *   <tr><td>MILE-001</td><td>the milestone has a due date</td><td>error</td></tr>
 *   <tr><td>MILE-002</td>
 *       <td>the milestone has a kind: phase, key task or deliverable</td>
 *       <td>warning</td></tr>
 *   <tr><td>MILE-003</td><td>the milestone has a deliverable</td><td>warning</td></tr>
 *   <tr><td>MILE-004</td><td>the milestone has acceptance criteria</td><td>warning</td></tr>
 *   <tr><td>MILE-005</td><td>the milestone has an owner</td><td>warning</td></tr>
 *   <tr><td>MILE-006</td>
 *       <td>the due date is the linked activity's baseline finish, or up to {@code buffer.maxDays}
 *           working days after it</td>
 *       <td>warning; error if before it</td></tr>
 *   <tr><td>MILE-007</td><td>the milestone was not reached after its due date</td><td>warning</td></tr>
 *   <tr><td>MILE-008</td><td>the milestone is not overdue at the status date</td><td>error</td></tr>
 *   <tr><td>MILE-009</td>
 *       <td>contributed by {@code ScheduleRules.milestoneBuffer()}: 2-3 working days of buffer before
 *           each phase milestone on the critical path</td>
 *       <td>warning; error if forecast after the due date</td></tr>
 *   <tr><td>KPI-001</td>
 *       <td>the trend of the KPI's readings reaches the target by the deadline</td>
 *       <td>warning</td></tr>
 *   <tr><td>KPI-002</td>
 *       <td>the trend of the KPI's readings does not move away from the target</td>
 *       <td>error</td></tr>
 * </table>
 *
 * <p>The pack also publishes {@code goals.<id>.kpi.progress} and {@code goals.<id>.kpi.forecast}
 * for every goal with a KPI.
 *
 * <p><b>Contributed rules.</b> The pack is composed from a list, so that a rule that needs another
 * engine can join it without this package depending on that engine. MILE-009 is kept for the
 * schedule pack's check that each phase milestone on the critical path has
 * {@code buffer.minDays} to {@code buffer.maxDays} working days of buffer (seed 002: 2-3 days): the
 * schedule package implements it ({@code org.pmokit.rules.schedule.health.ScheduleRules.milestoneBuffer()}) as a rule with id {@code MILE-009}, pack {@link #PACK}, area
 * {@code GOALS} and subject {@code MILESTONE}, reads the critical path from its own shared
 * {@link org.pmokit.rules.Analysis} (so the critical path is still computed once per evaluation),
 * and the standard rule set is built with {@code GoalRules.pack(List.of(thatRule))}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class GoalRules {

    /** The pack's name, which every rule of the pack declares. */
    public static final String PACK = "goals";

    private static final RulePack STANDARD = pack(List.of());

    private GoalRules() {
    }

    /**
     * Returns the goals pack: its own rules and metrics.
     *
     * @return the pack
     */
    public static RulePack pack() {
        return STANDARD;
    }

    /**
     * Returns the goals pack with rules that other packages contribute, after the pack's own.
     *
     * @param contributed the contributed rules, each declaring pack {@value #PACK}
     * @return the pack
     * @throws IllegalArgumentException if a contributed rule declares another pack
     */
    public static RulePack pack(Collection<? extends Rule> contributed) {
        List<Rule> all = new ArrayList<>(rules());
        all.addAll(List.copyOf(contributed));
        return new RulePack(PACK, all, metrics());
    }

    /**
     * Returns the pack's own rules, in catalogue order.
     *
     * @return the rules
     */
    public static List<Rule> rules() {
        return List.of(
                new SpecificRule(),
                new MeasurableRule(),
                new AchievableRule(),
                new RelevantRule(),
                new TimeBoundRule(),
                new GoalOwnerRule(),
                new MilestoneDueDateRule(),
                new MilestoneKindRule(),
                new MilestoneDeliverableRule(),
                new MilestoneAcceptanceRule(),
                new MilestoneOwnerRule(),
                new MilestoneBaselineRule(),
                new MilestoneLateRule(),
                new MilestoneOverdueRule(),
                // MILE-009 is contributed by the schedule pack through pack(Collection); see the class javadoc.
                new KpiTrendRule(),
                new KpiDirectionRule());
    }

    private static List<MetricSource> metrics() {
        return List.of(new KpiMetrics());
    }
}
