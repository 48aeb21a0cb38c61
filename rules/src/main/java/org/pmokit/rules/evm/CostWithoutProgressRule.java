package org.pmokit.rules.evm;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.ActivityId;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * EVM-007: no activity has actual cost without progress. An activity with costs booked by the status
 * date (a positive sum) whose latest progress record does not show it started (or that has none)
 * earns nothing for its cost: either the progress report is missing or the cost is booked to the
 * wrong activity. A warning per activity.
 */
final class CostWithoutProgressRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(EvmRules.COST_WITHOUT_PROGRESS, EvmRules.PACK, Area.COST, Subject.ACTIVITY,
            Text.of("No actual cost is booked to an activity without progress", "未报告进展的任务不应有实际成本"),
            Severity.WARNING);

    /** The threshold: no cost before progress. */
    private static final Text NO_COST_BEFORE_PROGRESS = Text.of("no cost before progress", "有进展前不应发生成本");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        EvmOutcome<EvmStatus> outcome = input.get(EvmRules.ANALYSIS);
        if (outcome.value().isEmpty()) {
            return List.of();
        }
        EvmStatus status = outcome.value().get();
        String date = status.statusDate().toString();
        List<Finding> findings = new ArrayList<>();
        for (ActivityId id : status.costWithoutProgress()) {
            String ac = Words.money(status.activity(id).orElseThrow().ac());
            Text message = Text.of("Activity " + id + " has an actual cost of " + ac + " by " + date
                    + ", but no progress is reported for it.",
                    "截至 " + date + "，任务 " + id + " 的实际成本为 " + ac + "，但未报告任何进展。");
            Text remedy = Text.of("Report the activity's progress, or move the cost to the activity it belongs to.",
                    "报告该任务的进展，或将成本调整到其所属的任务。");
            findings.add(INFO.finding("activities[" + id + "]", message, remedy).withMeasure(Text.of(ac, ac),
                    NO_COST_BEFORE_PROGRESS));
        }
        return findings;
    }
}
