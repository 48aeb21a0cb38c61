package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.baseline;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.projectWithoutBaseline;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

class TimeBoundRuleTest {

    private static Goal goal(String deadline) {
        return Goal.of("G1", "Cut cost by 27%").withDeadline(date(deadline));
    }

    private static List<Finding> check(Goal goal) {
        return evaluate(new TimeBoundRule(), project().goal(goal).build());
    }

    @Test
    void fires_anError_whenTheGoalHasNoDeadline() {
        assertThat(check(Goal.of("G4", "提升客户服务体验"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SMART-005");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("goals[G4]");
            assertThat(f.message().english()).isEqualTo("goal G4 is not time-bound (T): it has no deadline");
            assertThat(f.message().chinese()).isEqualTo("目标 G4 没有时限（T）：未设定期限");
            assertThat(f.remedy().english()).contains("date");
            assertThat(f.remedy().chinese()).contains("期限");
        });
    }

    @Test
    void fires_anError_whenTheDeadlineIsNotAfterTheStart() {
        assertThat(check(goal("2026-01-05"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message().english())
                    .isEqualTo("goal G1 is not time-bound (T): its deadline 2026-01-05 is not after the project start 2026-01-05");
            assertThat(f.message().chinese()).isEqualTo("目标 G1 的时限不合理（T）：期限 2026-01-05 不晚于项目开始日期 2026-01-05");
            assertThat(f.measured().map(Text::english)).contains("2026-01-05");
            assertThat(f.threshold().map(Text::english)).contains("> 2026-01-05");
        });
    }

    @Test
    void fires_aWarning_whenTheDeadlineIsBeyondTheHorizonAfterThePlannedFinish() {
        assertThat(check(goal("2027-01-17"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().english()).isEqualTo("goal G1 is not time-bound (T): its deadline 2027-01-17 is 366 days "
                    + "after the planned finish 2026-01-16, beyond 365 days");
            assertThat(f.message().chinese()).isEqualTo(
                    "目标 G1 的时限过远（T）：期限 2027-01-17 在计划完工日期 2026-01-16 之后 366 天，超过 365 天");
            assertThat(f.measured().map(Text::english)).contains("2027-01-17");
            assertThat(f.threshold().map(Text::english)).contains("<= 2027-01-16");
            assertThat(f.remedy().english()).contains("planned finish");
            assertThat(f.remedy().chinese()).contains("计划完工日期");
        });
    }

    @Test
    void doesNotFire_forADeadlineAfterTheStartAndWithinTheHorizon() {
        assertThat(check(goal("2026-01-06"))).isEmpty();
        assertThat(check(goal("2026-06-30"))).isEmpty();
        assertThat(check(goal("2027-01-16"))).isEmpty();
    }

    @Test
    void checksOnlyPresenceAndStart_withoutABaseline() {
        Project p = projectWithoutBaseline().goal(goal("2035-12-31")).build();

        assertThat(evaluate(new TimeBoundRule(), p)).isEmpty();
    }

    @Test
    void measuresFromTheLatestFinishOfTheCurrentBaseline() {
        Project p = project().baseline(baseline(2, date("2026-06-30"))).goal(goal("2027-03-01")).build();

        assertThat(evaluate(new TimeBoundRule(), p)).isEmpty();
        assertThat(TimeBoundRule.plannedFinish(p)).contains(date("2026-06-30"));
    }

    @Test
    void followsThePolicy() {
        Project p = project().goal(goal("2026-03-01")).build();
        EvaluationContext tight = EvaluationContext.of(p)
                .withPolicy(Policy.defaults().with(PolicyKeys.GOAL_HORIZON_DAYS, 30));

        assertThat(evaluate(new TimeBoundRule(), p, tight)).singleElement()
                .satisfies(f -> assertThat(f.message().english()).endsWith("44 days after the planned finish 2026-01-16, beyond 30 days"));
    }
}
