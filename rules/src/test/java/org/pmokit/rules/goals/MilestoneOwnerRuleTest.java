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

class MilestoneOwnerRuleTest {

    @Test
    void fires_whenTheMilestoneHasNoOwner() {
        Milestone m = milestone("M4");
        Milestone without = new Milestone(m.id(), m.name(), m.kind(), m.activity(), m.due(),
                m.deliverable(), m.acceptance(), Optional.empty(), m.actual());

        assertThat(evaluate(new MilestoneOwnerRule(), project().milestone(milestone("M1")).milestone(without).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MILE-005");
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.area()).isEqualTo(Area.GOALS);
                    assertThat(f.subject()).isEqualTo("milestones[M4]");
                    assertThat(f.message().english()).isEqualTo("milestone M4 has no owner");
                    assertThat(f.message().chinese()).isEqualTo("里程碑 M4 没有负责人");
                    assertThat(f.remedy().english()).contains("accountable");
                    assertThat(f.remedy().chinese()).contains("负责");
                });
    }

    @Test
    void doesNotFire_whenTheMilestoneHasAnOwner() {
        assertThat(evaluate(new MilestoneOwnerRule(), project().milestone(milestone("M1")).build())).isEmpty();
    }
}
