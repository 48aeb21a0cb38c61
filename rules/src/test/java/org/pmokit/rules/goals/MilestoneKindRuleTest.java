package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.milestone;
import static org.pmokit.rules.goals.Fixtures.project;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Milestone;
import org.pmokit.rules.Area;
import org.pmokit.rules.Severity;

class MilestoneKindRuleTest {

    @Test
    void fires_whenTheMilestoneHasNoKind() {
        Milestone m = milestone("M4");
        Milestone without = new Milestone(m.id(), m.name(), Optional.empty(), m.activity(), m.due(),
                m.deliverable(), m.acceptance(), m.owner(), m.actual());

        assertThat(evaluate(new MilestoneKindRule(), project().milestone(milestone("M1")).milestone(without).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MILE-002");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.area()).isEqualTo(Area.GOALS);
                    assertThat(f.subject()).isEqualTo("milestones[M4]");
                    assertThat(f.message().english()).isEqualTo("milestone M4 has no kind (phase, key task or deliverable)");
                    assertThat(f.message().chinese()).isEqualTo("里程碑 M4 未注明类型（阶段里程碑、关键任务里程碑或交付物里程碑）");
                    assertThat(f.remedy().english()).contains("key task");
                    assertThat(f.remedy().chinese()).contains("关键任务里程碑");
                });
    }

    @Test
    void doesNotFire_whenTheMilestoneHasAKind() {
        assertThat(evaluate(new MilestoneKindRule(), project().milestone(milestone("M1")).build())).isEmpty();
    }
}
