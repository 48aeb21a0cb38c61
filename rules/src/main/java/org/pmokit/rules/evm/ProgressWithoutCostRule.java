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
 * EVM-008: no activity shows progress without actual cost. A baselined activity with a budget whose
 * latest progress record by the status date shows it started, but with no cost booked (a sum of zero
 * or less), makes CPI look better than it is: costs are booked late or to another activity. A
 * warning per activity.
 */
final class ProgressWithoutCostRule implements Rule {

    static final RuleInfo INFO = new RuleInfo(EvmRules.PROGRESS_WITHOUT_COST, EvmRules.PACK, Area.COST,
            Subject.ACTIVITY,
            Text.of("An activity with progress has actual cost booked", "已有进展的任务应记有实际成本"),
            Severity.WARNING);

    /** The measured value: no actual cost. */
    private static final Text NO_ACTUAL_COST = Text.of("no actual cost", "无实际成本");

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
        for (ActivityId id : status.progressWithoutCost()) {
            String ev = Words.money(status.activity(id).orElseThrow().ev());
            Text message = Text.of("Activity " + id + " shows progress by " + date + " (EV " + ev
                    + "), but no actual cost is booked to it.",
                    "截至 " + date + "，任务 " + id + " 已有进展（挣值 " + ev + "），但未记入任何实际成本。");
            Text remedy = Text.of("Book the activity's costs to date, so that CPI reflects them.",
                    "记入该任务至今的成本，使成本绩效指数如实反映。");
            findings.add(INFO.finding("activities[" + id + "]", message, remedy).withMeasure(NO_ACTUAL_COST,
                    Text.of(ev, ev)));
        }
        return findings;
    }
}
