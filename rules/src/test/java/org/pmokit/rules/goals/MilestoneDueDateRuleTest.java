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

class MilestoneDueDateRuleTest {

    @Test
    void fires_whenTheMilestoneHasNoDueDate() {
        Milestone m = milestone("M4");
        Milestone without = new Milestone(m.id(), m.name(), m.kind(), m.activity(), Optional.empty(),
                m.deliverable(), m.acceptance(), m.owner(), m.actual());

        assertThat(evaluate(new MilestoneDueDateRule(), project().milestone(milestone("M1")).milestone(without).build()))
                .singleElement().satisfies(f -> {
                    assertThat(f.ruleId()).isEqualTo("MILE-001");
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.area()).isEqualTo(Area.GOALS);
                    assertThat(f.subject()).isEqualTo("milestones[M4]");
                    assertThat(f.message().english()).isEqualTo("milestone M4 has no due date");
                    assertThat(f.message().chinese()).isEqualTo("里程碑 M4 没有计划日期");
                    assertThat(f.remedy().english()).contains("baseline finish");
                    assertThat(f.remedy().chinese()).contains("基线完成日期");
                });
    }

    @Test
    void doesNotFire_whenTheMilestoneHasADueDate() {
        assertThat(evaluate(new MilestoneDueDateRule(), project().milestone(milestone("M1")).build())).isEmpty();
    }
}
