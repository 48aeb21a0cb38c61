package org.pmokit.rules.schedule.health;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RulePack;

/**
 * The schedule pack ({@code schedule}): the DCMA 14-point schedule assessment (FORMULAS.md section
 * 7), one rule per {@link HealthCheck}, measured by the shared {@link ScheduleHealth} from the
 * evaluation's one critical path schedule; and MILE-009, the buffer before phase milestones on the
 * critical path, which this package contributes to the goals pack ({@link #milestoneBuffer()}).
 *
 * <table>
 *   <caption>The rules of the pack</caption>
 *   <tr><th>id</th><th>checks (policy key, default)</th><th>default severity</th></tr>
 *   <tr><td>DCMA-001</td><td>logic: activities not finished missing a predecessor or a successor
 *       ({@code dcma.logic.maxShare}, at most 5%)</td><td>warning</td></tr>
 *   <tr><td>DCMA-002</td><td>leads: links into activities not finished with a negative lag
 *       ({@code dcma.leads.max}, 0)</td><td>warning</td></tr>
 *   <tr><td>DCMA-003</td><td>lags: such links with a positive lag ({@code dcma.lags.maxShare}, at most
 *       5%)</td><td>warning</td></tr>
 *   <tr><td>DCMA-004</td><td>relationship types: finish-to-start links ({@code dcma.fs.minShare}, at
 *       least 90%)</td><td>warning</td></tr>
 *   <tr><td>DCMA-005</td><td>hard constraints (must start on, must finish on, finish no later than)
 *       on activities not finished ({@code dcma.hardConstraints.maxShare}, at most 5%)</td><td>warning</td></tr>
 *   <tr><td>DCMA-006</td><td>high float: total float above {@code dcma.highFloat.days} (44)
 *       ({@code dcma.highFloat.maxShare}, at most 5%)</td><td>warning</td></tr>
 *   <tr><td>DCMA-007</td><td>negative float ({@code dcma.negativeFloat.max}, 0)</td><td>error</td></tr>
 *   <tr><td>DCMA-008</td><td>high duration: above {@code dcma.highDuration.days} (44)
 *       ({@code dcma.highDuration.maxShare}, at most 5%)</td><td>warning</td></tr>
 *   <tr><td>DCMA-009</td><td>invalid dates: an actual date after the status date
 *       ({@code dcma.invalidDates.max}, 0)</td><td>error</td></tr>
 *   <tr><td>DCMA-010</td><td>resources: activities not finished with work but no resource or budget
 *       (for information)</td><td>info</td></tr>
 *   <tr><td>DCMA-011</td><td>missed tasks: due by the status date in the baseline, finished late or not
 *       at all ({@code dcma.missedTasks.maxShare}, at most 5%)</td><td>warning</td></tr>
 *   <tr><td>DCMA-012</td><td>critical path test: delaying the first critical activity moves the finish
 *       by as much; also reports a project that cannot be scheduled</td><td>error</td></tr>
 *   <tr><td>DCMA-013</td><td>critical path length index ({@code dcma.cpli.min}, at least 0.95)</td><td>warning</td></tr>
 *   <tr><td>DCMA-014</td><td>baseline execution index ({@code dcma.bei.min}, at least 0.95)</td><td>warning</td></tr>
 * </table>
 *
 * <p>Each finding is about {@code schedule} and carries the measured value (a percentage, a count
 * with its percentage, or an index) and the threshold; its message names the items behind it
 * (activities, or links such as {@code A17 -> A19 (FS -5)}), the first ten of them. A check that
 * cannot be measured (no baseline, nothing due yet, a project that cannot be scheduled) reports
 * nothing; its metric says why. The pack publishes the metrics of {@link HealthMetrics}
 * ({@code schedule.dcma.<check>}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ScheduleRules {

    /** The pack's name. */
    public static final String PACK = "schedule";

    private static final RulePack STANDARD = new RulePack(PACK, rules(), List.of(new HealthMetrics()));

    private static final Rule MILESTONE_BUFFER = new MilestoneBufferRule();

    private ScheduleRules() {
    }

    /**
     * Returns the schedule pack: DCMA-001 to DCMA-014 and their metrics.
     *
     * @return the pack named {@value #PACK}
     */
    public static RulePack pack() {
        return STANDARD;
    }

    /**
     * Returns MILE-009, the buffer before phase milestones on the critical path, a rule of the goals
     * pack: compose it with {@code GoalRules.pack(List.of(ScheduleRules.milestoneBuffer()))}.
     *
     * @return the rule, of pack {@code goals}
     */
    public static Rule milestoneBuffer() {
        return MILESTONE_BUFFER;
    }

    private static List<Rule> rules() {
        List<Rule> rules = new ArrayList<>();
        for (HealthCheck c : HealthCheck.values()) {
            rules.add(new HealthRule(c));
        }
        return List.copyOf(rules);
    }
}
