package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.dec;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.reading;
import static org.pmokit.rules.goals.Fixtures.retention;
import static org.pmokit.rules.goals.Fixtures.smart;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiReading;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** Retention must rise from 76% to 82%; the status date is 2026-04-30. */
class KpiDirectionRuleTest {

    private static List<Finding> check(Goal goal) {
        return evaluate(new KpiDirectionRule(), project().statusDate(date("2026-04-30")).goal(goal).build());
    }

    private static Goal retentionGoal(KpiReading... readings) {
        return smart("G2").withKpi(retention(readings));
    }

    @Test
    void fires_whenTheReadingsMoveAwayFromTheTarget() {
        Goal g = retentionGoal(reading("2026-01-31", "76"), reading("2026-02-28", "75.5"), reading("2026-03-31", "75"));

        assertThat(check(g)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("KPI-002");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("goals[G2].kpi");
            assertThat(f.message().english()).isEqualTo("the KPI of goal G2 is moving the wrong way: its 3 readings fall "
                    + "by 0.51% per 30 days, but it must rise to its target 82%");
            assertThat(f.message().chinese()).isEqualTo(
                    "目标 G2 的关键绩效指标变化方向错误：3 个读数的趋势为每 30 天下降 0.51%，但应上升至目标值 82%");
            assertThat(f.measured()).contains(Text.of("-0.51%/30d", "-0.51%/30 天"));
            assertThat(f.threshold().map(Text::english)).contains(">= 0");
            assertThat(f.remedy().english()).contains("escalate");
            assertThat(f.remedy().chinese()).contains("上报");
        });
    }

    @Test
    void fires_forAKpiThatMustFall_usingItsDirectionWhenItHasNoBaseline() {
        Kpi cost = new Kpi("Operating cost", Optional.empty(), Optional.of("CNY"), Optional.empty(), Optional.empty(),
                Optional.of(Direction.DECREASE),
                List.of(reading("2026-01-31", "40000000"), reading("2026-03-02", "40300000")));

        assertThat(check(smart("G1").withKpi(cost))).singleElement().satisfies(f -> {
            assertThat(f.message().english()).isEqualTo("the KPI of goal G1 is moving the wrong way: its 2 readings rise "
                    + "by 300000 CNY per 30 days, but it must fall");
            assertThat(f.message().chinese()).isEqualTo(
                    "目标 G1 的关键绩效指标变化方向错误：2 个读数的趋势为每 30 天上升 300000 CNY，但应下降");
            assertThat(f.threshold().map(Text::english)).contains("<= 0");
        });
    }

    @Test
    void doesNotFire_whenTheReadingsMoveTowardsTheTarget_orStayFlat() {
        assertThat(check(retentionGoal(reading("2026-01-31", "76"), reading("2026-02-28", "76.1")))).isEmpty();
        assertThat(check(retentionGoal(reading("2026-01-31", "76"), reading("2026-02-28", "76")))).isEmpty();
    }

    @Test
    void doesNotJudge_oneReading_anUnknownWay_orReadingsAfterTheStatusDate() {
        Kpi noWay = new Kpi("Retention", Optional.empty(), Optional.of("%"), Optional.empty(), Optional.of(dec("82")),
                Optional.empty(), List.of(reading("2026-01-31", "76"), reading("2026-02-28", "70")));

        assertThat(check(retentionGoal(reading("2026-01-31", "70")))).isEmpty();
        assertThat(check(smart("G2").withKpi(noWay))).isEmpty();
        assertThat(check(retentionGoal(reading("2026-04-30", "76"), reading("2026-05-31", "70")))).isEmpty();
    }
}
