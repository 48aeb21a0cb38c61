package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
 * KPI-001: the trend of a KPI's readings reaches its target by the goal's deadline; if it falls
 * short, a warning.
 *
 * <p>The trend is the least-squares line through the readings on or before the status date
 * ({@link TrendLine}); its value at the deadline is compared with the target exactly, in the way
 * the KPI must move ({@link KpiStatus}). Not judged: a goal without a deadline or a target, a KPI
 * whose readings fall on fewer than two dates, one whose latest reading already meets the target,
 * one whose way is unknown, and one whose trend moves the wrong way, which KPI-002 reports as an
 * error instead.
 *
 * <p>This class is immutable and thread-safe.
 */
final class KpiTrendRule implements Rule {

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("KPI-001", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("KPI is on track: the trend of its readings reaches the target by the goal's deadline",
                    "关键绩效指标进展正常：按读数趋势可在期限前达到目标值"),
            Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Review the actions behind the KPI and agree how to recover, or change the target through change control.",
            "复核支撑该指标的措施并制定纠偏计划，或通过变更控制调整目标值。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (KpiStatus s : input.get(KpiStatuses.INSTANCE)) {
            Goal g = s.goal();
            Kpi kpi = s.kpi();
            if (s.trend().isEmpty() || g.deadline().isEmpty() || kpi.target().isEmpty() || s.way() == 0
                    || s.reached() || s.movingTheWrongWay()) {
                continue;
            }
            TrendLine trend = s.trend().get();
            LocalDate deadline = g.deadline().get();
            BigDecimal target = kpi.target().get();
            if (trend.compareAt(deadline, target) * s.way() >= 0) {
                continue;
            }
            Supplier<String> forecast = () -> Show.quantity(trend.valueAt(deadline, KpiStatus.PRECISION),
                    s.displayScale(), kpi);
            String atLeast = s.way() > 0 ? ">= " : "<= ";
            out.add(INFO.finding(Show.kpiSubject(g), Text.lazy(() -> {
                String reaches = forecast.get();
                String goal = Show.quantity(target, kpi);
                return Text.of("the KPI of goal " + g.id() + " will miss its target: the trend of its " + trend.count()
                                + " readings reaches " + reaches + " by the deadline " + deadline + ", short of the target "
                                + goal,
                        "目标 " + g.id() + " 的关键绩效指标将无法按期达成：按 " + trend.count() + " 个读数的趋势，到期限 "
                                + deadline + " 仅能达到 " + reaches + "，未达到目标值 " + goal);
            }), REMEDY).withMeasure(Show.measure(forecast), Show.measure(() -> atLeast + Show.quantity(target, kpi))));
        }
        return List.copyOf(out);
    }
}
