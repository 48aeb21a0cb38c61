package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.dec;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.reading;
import static org.pmokit.rules.goals.Fixtures.retention;
import static org.pmokit.rules.goals.Fixtures.smart;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Text;

class KpiMetricsTest {

    private static Map<String, MetricValue> metrics(Goal... goals) {
        Project p = project().statusDate(date("2026-04-30")).goals(List.of(goals)).build();
        return new KpiMetrics().metrics(new RuleInput(p, EvaluationContext.of(p)));
    }

    @Test
    void publishesProgressAndForecast_forEveryGoalWithAKpi() {
        Map<String, MetricValue> m = metrics(
                smart("G1").withKpi(retention(reading("2026-01-31", "76"), reading("2026-03-02", "79"))),
                Goal.of("G4", "提升客户服务体验"));

        assertThat(m).containsOnlyKeys("goals.G1.kpi.progress", "goals.G1.kpi.forecast");
        assertThat(m.get("goals.G1.kpi.progress")).isEqualTo(new MetricValue.Ratio(0.5));
        // 0.1 a day from 76 on 2026-01-31: 2026-12-31 is 334 days later
        assertThat(m.get("goals.G1.kpi.forecast")).isInstanceOfSatisfying(MetricValue.Quantity.class, q -> {
            assertThat(q.value()).isCloseTo(109.4, offset(1e-9));
            assertThat(q.unit()).isEqualTo("%");
        });
    }

    @Test
    void progress_isUndefined_withAReason() {
        Kpi flat = Kpi.of("Retention", KpiDimension.VALUE, "%", dec("82"), dec("82"), Direction.INCREASE);
        Kpi noTarget = new Kpi("Retention", Optional.empty(), Optional.of("%"), Optional.of(dec("76")), Optional.empty(),
                Optional.empty(), List.of(reading("2026-04-30", "79")));

        assertThat(metrics(smart("G1")).get("goals.G1.kpi.progress")).isEqualTo(new MetricValue.Undefined(
                Text.of("the KPI has no reading on or before the status date",
                        "关键绩效指标在状态日期之前没有读数")));
        assertThat(metrics(smart("G1").withKpi(flat)).get("goals.G1.kpi.progress"))
                .isInstanceOfSatisfying(MetricValue.Undefined.class,
                        u -> assertThat(u.reason().chinese()).isEqualTo("关键绩效指标的目标值等于基线值"));
        assertThat(metrics(smart("G1").withKpi(noTarget)).get("goals.G1.kpi.progress"))
                .isInstanceOfSatisfying(MetricValue.Undefined.class,
                        u -> assertThat(u.reason().english()).isEqualTo("the KPI has no baseline value or no target value"));
    }

    @Test
    void forecast_isUndefined_withoutADeadline_orReadingsOnTwoDates() {
        Goal noDeadline = Goal.of("G1", "Raise retention to 82%")
                .withKpi(retention(reading("2026-01-31", "76"), reading("2026-03-02", "79")));

        assertThat(metrics(noDeadline).get("goals.G1.kpi.forecast")).isInstanceOfSatisfying(MetricValue.Undefined.class,
                u -> assertThat(u.reason().english()).isEqualTo("the goal has no deadline"));
        assertThat(metrics(smart("G1").withKpi(retention(reading("2026-01-31", "76")))).get("goals.G1.kpi.forecast"))
                .isInstanceOfSatisfying(MetricValue.Undefined.class,
                        u -> assertThat(u.reason().chinese()).isEqualTo("关键绩效指标的读数少于两个日期"));
    }
}
