package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.dec;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.smart;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;

class MeasurableRuleTest {

    private static List<Finding> check(Goal goal) {
        return evaluate(new MeasurableRule(), project().goal(goal).build());
    }

    @Test
    void fires_whenTheGoalHasNoKpi() {
        assertThat(check(Goal.of("G4", "提升客户服务体验"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SMART-002");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("goals[G4]");
            assertThat(f.message().english()).isEqualTo("goal G4 is not measurable (M): it has no KPI");
            assertThat(f.message().chinese()).isEqualTo("目标 G4 不可衡量（M）：没有关键绩效指标");
            assertThat(f.remedy().english()).contains("baseline value");
            assertThat(f.remedy().chinese()).contains("基线值");
        });
    }

    @Test
    void fires_once_listingEverythingTheKpiLacks() {
        Kpi kpi = new Kpi("Client retention", Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(dec("82")), Optional.empty(), List.of());

        assertThat(check(Goal.of("G2", "Raise client retention to 82%").withKpi(kpi))).singleElement().satisfies(f -> {
            assertThat(f.message().english())
                    .isEqualTo("goal G2 is not measurable (M): its KPI lacks a unit, a baseline value and a direction");
            assertThat(f.message().chinese()).isEqualTo("目标 G2 不可衡量（M）：关键绩效指标缺少单位、基线值、变化方向");
        });
    }

    @Test
    void fires_whenTheDirectionDisagreesWithBaselineAndTarget() {
        Kpi kpi = Kpi.of("Client retention", KpiDimension.VALUE, "%", dec("76"), dec("70"), Direction.INCREASE);

        assertThat(check(Goal.of("G2", "Raise client retention to 70%").withKpi(kpi))).singleElement().satisfies(f -> {
            assertThat(f.message().english()).isEqualTo(
                    "goal G2 is not measurable (M): its KPI should increase but goes from the baseline 76% to the target 70%");
            assertThat(f.message().chinese()).isEqualTo(
                    "目标 G2 不可衡量（M）：关键绩效指标应上升，但从基线值 76% 到目标值 70% 方向相反");
        });
    }

    @Test
    void fires_withBothAMissingPartAndADisagreeingDirection() {
        Kpi kpi = new Kpi("Operating cost", Optional.empty(), Optional.empty(), Optional.of(dec("40000000")),
                Optional.of(dec("29200000")), Optional.of(Direction.INCREASE), List.of());

        assertThat(check(Goal.of("G1", "Cut operating cost by 27%").withKpi(kpi))).singleElement().satisfies(f -> {
            assertThat(f.message().english()).isEqualTo("goal G1 is not measurable (M): its KPI lacks a unit; "
                    + "its KPI should increase but goes from the baseline 40000000 to the target 29200000");
            assertThat(f.message().chinese()).isEqualTo("目标 G1 不可衡量（M）：关键绩效指标缺少单位；"
                    + "关键绩效指标应上升，但从基线值 40000000 到目标值 29200000 方向相反");
        });
    }

    @Test
    void doesNotFire_forACompleteKpiGoingItsWay() {
        Kpi cost = Kpi.of("Operating cost", KpiDimension.COST, "CNY", dec("40000000"), dec("29200000"),
                Direction.DECREASE);

        assertThat(check(smart("G2"))).isEmpty();
        assertThat(check(smart("G1").withKpi(cost))).isEmpty();
    }

    @Test
    void doesNotFire_whenTheTargetEqualsTheBaseline_whichIsAchievablesFinding() {
        Kpi flat = Kpi.of("Client retention", KpiDimension.VALUE, "%", dec("82"), dec("82"), Direction.INCREASE);

        assertThat(check(smart("G2").withKpi(flat))).isEmpty();
    }
}
