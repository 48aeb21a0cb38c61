package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.project;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Goal;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;

class RelevantRuleTest {

    private static List<Finding> check(Goal goal) {
        return evaluate(new RelevantRule(), project().goal(goal).build());
    }

    @Test
    void fires_whenLinkedToNoObjectiveAndNoRequirement() {
        assertThat(check(Goal.of("G3", "Cut average customer acquisition cost by 40%"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("SMART-004");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("goals[G3]");
            assertThat(f.message().english())
                    .isEqualTo("goal G3 is not relevant (R): it is linked to no business objective and no requirement");
            assertThat(f.message().chinese()).isEqualTo("目标 G3 缺乏相关性（R）：未关联任何业务目标或需求");
            assertThat(f.remedy().english()).contains("objective");
            assertThat(f.remedy().chinese()).contains("需求");
        });
    }

    @Test
    void doesNotFire_whenLinkedToAnObjective_orToARequirement() {
        assertThat(check(Goal.of("G1", "Cut cost by 27%").withObjective("Digital transformation cost target"))).isEmpty();
        assertThat(check(Goal.of("G2", "Raise retention to 82%").withRequirements("R1"))).isEmpty();
    }
}
