package org.pmokit.rules.goals;

import java.math.BigDecimal;
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
 * KPI-002: a KPI's readings move towards its target; a trend that moves away from it is an error.
 *
 * <p>The trend is the least-squares line through the readings on or before the status date
 * ({@link TrendLine}); its slope's sign is exact. The way the KPI must move is the sign of
 * {@code target - baseline}, or its declared direction ({@link KpiStatus}). Not judged: a KPI whose
 * readings fall on fewer than two dates, and one whose way is unknown. The message gives the slope
 * per 30 days, rounded half-even to one decimal more than the KPI's values have.
 *
 * <p>This class is immutable and thread-safe.
 */
final class KpiDirectionRule implements Rule {

    /** The period the slope is shown per, in calendar days. */
    private static final int PERIOD_DAYS = 30;

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("KPI-002", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("KPI moves towards its target: the trend of its readings does not move away from it",
                    "关键绩效指标朝目标值变化：读数趋势没有背离目标值"),
            Severity.ERROR);

    private static final Text REMEDY = Text.of(
            "Find out why the KPI moves away from its target and act now; escalate if the goal is at risk.",
            "查明指标背离目标值的原因并立即采取措施；如目标面临风险，及时上报。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (KpiStatus s : input.get(KpiStatuses.INSTANCE)) {
            if (!s.movingTheWrongWay()) {
                continue;
            }
            Goal g = s.goal();
            Kpi kpi = s.kpi();
            TrendLine trend = s.trend().orElseThrow();
            Supplier<BigDecimal> perPeriod = () -> trend.slopePerDay(KpiStatus.PRECISION)
                    .multiply(BigDecimal.valueOf(PERIOD_DAYS));
            out.add(INFO.finding(Show.kpiSubject(g), Text.lazy(() -> {
                String change = Show.quantity(perPeriod.get().abs(), s.displayScale(), kpi);
                Text falls = trend.slopeSign() < 0 ? Text.of("fall", "下降") : Text.of("rise", "上升");
                Text must = s.way() > 0 ? Text.of("rise", "上升") : Text.of("fall", "下降");
                Text toward = kpi.target().map(t -> Text.of(" to its target " + Show.quantity(t, kpi),
                        "至目标值 " + Show.quantity(t, kpi))).orElse(Text.of("", ""));
                return Text.of("the KPI of goal " + g.id() + " is moving the wrong way: its " + trend.count() + " readings "
                                + falls.english() + " by " + change + " per " + PERIOD_DAYS + " days, but it must "
                                + must.english() + toward.english(),
                        "目标 " + g.id() + " 的关键绩效指标变化方向错误：" + trend.count() + " 个读数的趋势为每 "
                                + PERIOD_DAYS + " 天" + falls.chinese() + " " + change + "，但应" + must.chinese()
                                + toward.chinese());
            }), REMEDY).withMeasure(Text.lazy(() -> perThirtyDays(Show.quantity(perPeriod.get(), s.displayScale(), kpi))),
                    s.way() > 0 ? ">= 0" : "<= 0"));
        }
        return List.copyOf(out);
    }

    /** A change per period, such as {@code -0.51%/30d} and {@code -0.51%/30 天}. */
    private static Text perThirtyDays(String change) {
        return Text.of(change + "/" + PERIOD_DAYS + "d", change + "/" + PERIOD_DAYS + " 天");
    }
}
