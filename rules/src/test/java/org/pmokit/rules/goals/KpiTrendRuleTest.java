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
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.KpiReading;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** Retention must rise from 76% to 82% by 2026-12-31; the status date is 2026-04-30. */
class KpiTrendRuleTest {

    private static List<Finding> check(Goal goal) {
        return evaluate(new KpiTrendRule(), project().statusDate(date("2026-04-30")).goal(goal).build());
    }

    private static Goal retentionGoal(KpiReading... readings) {
        return smart("G2").withKpi(retention(readings));
    }

    @Test
    void fires_whenTheTrendFallsShortOfTheTargetByTheDeadline() {
        Goal g = retentionGoal(reading("2026-01-31", "76.0"), reading("2026-02-28", "76.2"), reading("2026-03-31", "76.4"));

        assertThat(check(g)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("KPI-001");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("goals[G2].kpi");
            assertThat(f.message().english()).isEqualTo("the KPI of goal G2 will miss its target: the trend of its 3 "
                    + "readings reaches 78.27% by the deadline 2026-12-31, short of the target 82%");
            assertThat(f.message().chinese()).isEqualTo("目标 G2 的关键绩效指标将无法按期达成：按 3 个读数的趋势，到期限 "
                    + "2026-12-31 仅能达到 78.27%，未达到目标值 82%");
            assertThat(f.measured().map(Text::english)).contains("78.27%");
            assertThat(f.threshold().map(Text::english)).contains(">= 82%");
            assertThat(f.remedy().english()).contains("recover");
            assertThat(f.remedy().chinese()).contains("纠偏");
        });
    }

    @Test
    void fires_forAKpiThatMustFall() {
        Kpi cost = new Kpi("Operating cost", Optional.of(KpiDimension.COST), Optional.of("CNY"),
                Optional.of(dec("40000000")), Optional.of(dec("29200000")), Optional.of(Direction.DECREASE),
                List.of(reading("2026-03-31", "39500000"), reading("2026-01-31", "40000000"),
                        reading("2026-02-28", "39800000")));

        assertThat(check(smart("G1").withKpi(cost))).singleElement().satisfies(f -> {
            assertThat(f.message().english()).isEqualTo("the KPI of goal G1 will miss its target: the trend of its 3 "
                    + "readings reaches 37175392.3 CNY by the deadline 2026-12-31, short of the target 29200000 CNY");
            assertThat(f.threshold().map(Text::english)).contains("<= 29200000 CNY");
        });
    }

    @Test
    void doesNotFire_whenTheTrendReachesTheTarget() {
        assertThat(check(retentionGoal(reading("2026-01-31", "76"), reading("2026-02-28", "77"),
                reading("2026-03-31", "78")))).isEmpty();
    }

    @Test
    void doesNotFire_whenTheLatestReadingAlreadyMeetsTheTarget() {
        assertThat(check(retentionGoal(reading("2026-01-31", "76"), reading("2026-02-28", "76"),
                reading("2026-03-31", "76"), reading("2026-04-30", "82")))).isEmpty();
    }

    @Test
    void doesNotFire_whenTheTrendMovesTheWrongWay_whichIsKpi002s() {
        assertThat(check(retentionGoal(reading("2026-01-31", "76"), reading("2026-02-28", "75.5"),
                reading("2026-03-31", "75")))).isEmpty();
    }

    @Test
    void doesNotJudge_readingsOnOneDate_noDeadline_orReadingsAfterTheStatusDate() {
        assertThat(check(retentionGoal(reading("2026-03-31", "76.1")))).isEmpty();
        assertThat(check(retentionGoal(reading("2026-03-31", "76.1"), reading("2026-03-31", "76.2")))).isEmpty();
        assertThat(check(Goal.of("G2", "Raise client retention to 82%").withKpi(retention(
                reading("2026-01-31", "76.0"), reading("2026-02-28", "76.2"))))).isEmpty();
        assertThat(check(retentionGoal(reading("2026-03-31", "76.1"), reading("2026-05-31", "76.2")))).isEmpty();
    }
}
