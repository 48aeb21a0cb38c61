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

class MilestoneDeliverableRuleTest {

    @Test
    void fires_whenTheMilestoneHasNoDeliverable() {
        Milestone m = milestone("M4");
        Milestone without = new Milestone(m.id(), m.name(), m.kind(), m.activity(), m.due(),
                Optional.empty(), m.acceptance(), m.owner(), m.actual());

        assertThat(evaluate(new MilestoneDeliverableRule(), project().milestone(milestone("M1")).milestone(without).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MILE-003");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.area()).isEqualTo(Area.GOALS);
                    assertThat(f.subject()).isEqualTo("milestones[M4]");
                    assertThat(f.message().english()).isEqualTo("milestone M4 has no deliverable");
                    assertThat(f.message().chinese()).isEqualTo("里程碑 M4 没有交付物");
                    assertThat(f.remedy().english()).contains("handed over");
                    assertThat(f.remedy().chinese()).contains("交付");
                });
    }

    @Test
    void doesNotFire_whenTheMilestoneHasADeliverable() {
        assertThat(evaluate(new MilestoneDeliverableRule(), project().milestone(milestone("M1")).build())).isEmpty();
    }
}
