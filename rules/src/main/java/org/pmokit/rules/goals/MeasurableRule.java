package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * SMART-002, measurable (M): the goal has a KPI with a unit, a baseline value, a target value and
 * a direction, and the direction agrees with the way from baseline to target ({@code INCREASE}
 * needs a target above the baseline, {@code DECREASE} one below it) (FORMULAS.md section 7). One
 * finding per goal lists everything that is missing.
 *
 * <p>A target equal to its baseline is left to SMART-003, which reports it as an error, so that it
 * is not reported twice.
 *
 * <p>This class is immutable and thread-safe.
 */
final class MeasurableRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("SMART-002", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("Goal is measurable (M): a KPI with unit, baseline, target and a direction that agrees with them",
                    "目标是可衡量的（M）：有关键绩效指标，含单位、基线值、目标值，且方向与之相符"),
            Severity.ERROR);

    private static final Text REMEDY = Text.of(
            "Give the goal a KPI with a unit, a baseline value, a target value and the direction it must move.",
            "为目标设定关键绩效指标，写明单位、基线值、目标值和变化方向。");

    private static final Text NO_KPI = Text.of("it has no KPI", "没有关键绩效指标");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Goal g : input.project().goals()) {
            if (g.kpi().isPresent() && isComplete(g.kpi().get())) {
                continue;
            }
            out.add(INFO.finding(Show.subject(g), Text.lazy(() -> {
                Text problem = g.kpi().map(MeasurableRule::problem).orElse(NO_KPI);
                return Text.of("goal " + g.id() + " is not measurable (M): " + problem.english(),
                        "目标 " + g.id() + " 不可衡量（M）：" + problem.chinese());
            }), REMEDY));
        }
        return List.copyOf(out);
    }

    /**
     * Returns whether a KPI has nothing wrong: {@link #problem} would be empty. A KPI lacks nothing
     * and its direction agrees with baseline to target (or target equals baseline).
     */
    private static boolean isComplete(Kpi kpi) {
        if (kpi.unit().isEmpty() || kpi.baseline().isEmpty() || kpi.target().isEmpty() || kpi.direction().isEmpty()) {
            return false;
        }
        int way = kpi.target().get().compareTo(kpi.baseline().get());
        return way == 0 || (way > 0) == (kpi.direction().get() == Direction.INCREASE);
    }

    /** What is wrong with a KPI, or empty texts if nothing. */
    private static Text problem(Kpi kpi) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        if (kpi.unit().isEmpty()) {
            en.add("a unit");
            zh.add("单位");
        }
        if (kpi.baseline().isEmpty()) {
            en.add("a baseline value");
            zh.add("基线值");
        }
        if (kpi.target().isEmpty()) {
            en.add("a target value");
            zh.add("目标值");
        }
        if (kpi.direction().isEmpty()) {
            en.add("a direction");
            zh.add("变化方向");
        }
        StringBuilder english = new StringBuilder();
        StringBuilder chinese = new StringBuilder();
        if (!en.isEmpty()) {
            english.append("its KPI lacks ").append(String.join(", ", en).replaceAll(", ([^,]*)$", " and $1"));
            chinese.append("关键绩效指标缺少").append(String.join("、", zh));
        }
        if (kpi.baseline().isPresent() && kpi.target().isPresent() && kpi.direction().isPresent()) {
            BigDecimal baseline = kpi.baseline().get();
            BigDecimal target = kpi.target().get();
            Direction direction = kpi.direction().get();
            int way = target.compareTo(baseline);
            if (way != 0 && (way > 0) != (direction == Direction.INCREASE)) {
                Text d = Show.direction(direction);
                if (!english.isEmpty()) {
                    english.append("; ");
                    chinese.append("；");
                }
                english.append("its KPI should ").append(d.english()).append(" but goes from the baseline ")
                        .append(Show.quantity(baseline, kpi)).append(" to the target ")
                        .append(Show.quantity(target, kpi));
                chinese.append("关键绩效指标应").append(d.chinese()).append("，但从基线值 ")
                        .append(Show.quantity(baseline, kpi)).append(" 到目标值 ")
                        .append(Show.quantity(target, kpi)).append(" 方向相反");
            }
        }
        return Text.of(english.toString(), chinese.toString());
    }
}
