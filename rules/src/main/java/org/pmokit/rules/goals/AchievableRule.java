package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * SMART-003, achievable (A): the KPI's change from baseline to target, as a share of the baseline,
 * {@code |target - baseline| / |baseline|}, is at most the policy's
 * {@link PolicyKeys#GOAL_MAX_CHANGE goal.achievable.maxChange} (default 0.50); beyond it the goal
 * is doubtful, a warning. A target equal to its baseline asks for no change at all, an error.
 *
 * <p>The comparison is exact: {@code |target - baseline|} against {@code maxChange x |baseline|}
 * in {@link BigDecimal}; the share in the message is rounded half-even to one decimal of a
 * percent. A baseline of zero gives no share, so the rule does not judge it and reports nothing;
 * nor does it judge a KPI without a baseline or a target, which SMART-002 reports.
 *
 * <p>This class is immutable and thread-safe.
 */
final class AchievableRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("SMART-003", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("Goal is achievable (A): the KPI changes from baseline to target by no more than goal.achievable.maxChange",
                    "目标是可达成的（A）：关键绩效指标从基线值到目标值的变化不超过 goal.achievable.maxChange"),
            Severity.WARNING);

    private static final Text REMEDY_TOO_FAR = Text.of(
            "Check the target against past results and the resources available; stage it or lower it.",
            "对照历史数据和可用资源核实目标值；分阶段设定或适当调低。");

    private static final Text REMEDY_NO_CHANGE = Text.of(
            "Set a target value that differs from the baseline value, or drop the goal.",
            "设定不同于基线值的目标值，或删除该目标。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        BigDecimal maxChange = input.policy().get(PolicyKeys.GOAL_MAX_CHANGE);
        List<Finding> out = new ArrayList<>();
        for (Goal g : input.project().goals()) {
            if (g.kpi().isEmpty() || g.kpi().get().baseline().isEmpty() || g.kpi().get().target().isEmpty()) {
                continue;
            }
            Kpi kpi = g.kpi().get();
            BigDecimal baseline = kpi.baseline().get();
            BigDecimal target = kpi.target().get();
            BigDecimal change = target.subtract(baseline).abs();
            if (change.signum() == 0) {
                String shown = Show.quantity(target, kpi);
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> Text.of(
                        "goal " + g.id() + " is not achievable (A): its target value " + shown
                                + " equals its baseline value, so it asks for no change",
                        "目标 " + g.id() + " 不可达成（A）：目标值 " + shown + " 等于基线值，没有要达成的变化")),
                        REMEDY_NO_CHANGE).withSeverity(Severity.ERROR).withMeasure(shown, "≠ " + shown));
            } else if (baseline.signum() != 0 && change.compareTo(maxChange.multiply(baseline.abs())) > 0) {
                Supplier<String> share = () -> Show.percent(change.divide(baseline.abs(), MathContext.DECIMAL64));
                Supplier<String> limit = () -> Show.policyPercent(maxChange);
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> {
                    String from = Show.quantity(baseline, kpi);
                    String to = Show.quantity(target, kpi);
                    return Text.of("goal " + g.id() + " may not be achievable (A): its KPI moves from " + from + " to " + to
                                    + ", " + share.get() + " of the baseline value, beyond " + limit.get(),
                            "目标 " + g.id() + " 可能难以达成（A）：关键绩效指标从基线值 " + from + " 到目标值 " + to
                                    + "，变化幅度为基线值的 " + share.get() + "，超过 " + limit.get());
                }), REMEDY_TOO_FAR).withMeasure(Show.measure(share), Show.measure(() -> "<= " + limit.get())));
            }
        }
        return List.copyOf(out);
    }
}
