package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.dec;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.smart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

class AchievableRuleTest {

    private static Goal goal(String unit, String baseline, String target, Direction direction) {
        return smart("G3").withKpi(Kpi.of("Acquisition cost", KpiDimension.EFFICIENCY, unit, dec(baseline), dec(target),
                direction));
    }

    private static List<Finding> check(Goal goal) {
        return evaluate(new AchievableRule(), project().goal(goal).build());
    }

    @Test
    void fires_aWarning_whenTheChangeIsBeyondMaxChange() {
        assertThat(check(goal("CNY", "120000", "30000", Direction.DECREASE))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SMART-003");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("goals[G3]");
            assertThat(f.message().english()).isEqualTo("goal G3 may not be achievable (A): its KPI moves from 120000 CNY "
                    + "to 30000 CNY, 75.0% of the baseline value, beyond 50%");
            assertThat(f.message().chinese()).isEqualTo("目标 G3 可能难以达成（A）：关键绩效指标从基线值 120000 CNY 到目标值 "
                    + "30000 CNY，变化幅度为基线值的 75.0%，超过 50%");
            assertThat(f.measured().map(Text::english)).contains("75.0%");
            assertThat(f.threshold().map(Text::english)).contains("<= 50%");
            assertThat(f.remedy().english()).contains("lower it");
            assertThat(f.remedy().chinese()).contains("调低");
        });
    }

    @Test
    void fires_anError_whenTheTargetEqualsTheBaseline() {
        assertThat(check(goal("%", "82", "82.0", Direction.INCREASE))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message().english()).isEqualTo(
                    "goal G3 is not achievable (A): its target value 82.0% equals its baseline value, so it asks for no change");
            assertThat(f.message().chinese()).isEqualTo("目标 G3 不可达成（A）：目标值 82.0% 等于基线值，没有要达成的变化");
            assertThat(f.measured().map(Text::english)).contains("82.0%");
            assertThat(f.threshold().map(Text::english)).contains("≠ 82.0%");
            assertThat(f.remedy().chinese()).contains("基线值");
        });
    }

    @Test
    void fires_anError_whenTargetAndBaselineAreBothZero() {
        assertThat(check(goal("incidents", "0", "0", Direction.DECREASE))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @ParameterizedTest
    @CsvSource({"100, 150", "100, 50", "-100, -150", "76, 82", "40000000, 29200000", "0, 60", "0, -5"})
    void doesNotFire_withinMaxChange_orFromABaselineOfZero(String baseline, String target) {
        Direction direction = new BigDecimal(target).compareTo(new BigDecimal(baseline)) > 0
                ? Direction.INCREASE : Direction.DECREASE;

        assertThat(check(goal("CNY", baseline, target, direction))).isEmpty();
    }

    @Test
    void fires_justBeyondMaxChange() {
        assertThat(check(goal("CNY", "100", "150.01", Direction.INCREASE))).singleElement()
                .satisfies(f -> assertThat(f.measured().map(Text::english)).contains("50.0%"));
    }

    @Test
    void followsThePolicy() {
        Project p = project().goal(goal("CNY", "100", "140", Direction.INCREASE)).build();
        EvaluationContext strict = EvaluationContext.of(p)
                .withPolicy(Policy.defaults().with(PolicyKeys.GOAL_MAX_CHANGE, new BigDecimal("0.30")));

        assertThat(evaluate(new AchievableRule(), p)).isEmpty();
        assertThat(evaluate(new AchievableRule(), p, strict)).singleElement().satisfies(f -> {
            assertThat(f.message().english()).endsWith("40.0% of the baseline value, beyond 30%");
            assertThat(f.threshold().map(Text::english)).contains("<= 30%");
        });
    }

    @Test
    void doesNotFire_withoutKpi_orWithoutBaselineOrTarget() {
        Kpi noBaseline = new Kpi("Acquisition cost", Optional.empty(), Optional.of("CNY"), Optional.empty(),
                Optional.of(dec("1")), Optional.empty(), List.of());

        assertThat(check(Goal.of("G4", "提升客户服务体验"))).isEmpty();
        assertThat(check(smart("G3").withKpi(noBaseline))).isEmpty();
    }
}
