package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.project;

import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Goal;
import org.pmokit.rules.Severity;

class GoalOwnerRuleTest {

    @Test
    void fires_whenTheGoalHasNoOwner() {
        assertThat(evaluate(new GoalOwnerRule(), project().goal(Goal.of("G1", "Cut cost by 27%")).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("SMART-006");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.subject()).isEqualTo("goals[G1]");
                    assertThat(f.message().english()).isEqualTo("goal G1 has no owner");
                    assertThat(f.message().chinese()).isEqualTo("目标 G1 没有负责人");
                    assertThat(f.remedy().english()).contains("accountable");
                    assertThat(f.remedy().chinese()).contains("负责");
                });
    }

    @Test
    void doesNotFire_whenTheGoalHasAnOwner() {
        assertThat(evaluate(new GoalOwnerRule(),
                project().goal(Goal.of("G1", "Cut cost by 27%").withOwner("CIO office")).build())).isEmpty();
    }
}
