package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.milestone;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.withActual;

import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Severity;

class MilestoneOverdueRuleTest {

    @Test
    void fires_whenDueBeforeTheStatusDateAndNotReached() {
        Project p = project().statusDate(date("2026-01-20")).milestone(milestone("M3")).build();

        assertThat(evaluate(new MilestoneOverdueRule(), p)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MILE-008");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("milestones[M3]");
            assertThat(f.message().english())
                    .isEqualTo("milestone M3 is overdue: due 2026-01-16 and not reached by the status date 2026-01-20");
            assertThat(f.message().chinese()).isEqualTo("里程碑 M3 已逾期：计划日期为 2026-01-16，截至状态日期 2026-01-20 仍未达成");
            assertThat(f.remedy().english()).contains("forecast a new date");
            assertThat(f.remedy().chinese()).contains("评估对进度的影响");
        });
    }

    @Test
    void doesNotFire_whenReached_orDueOnOrAfterTheStatusDate() {
        Project p = project().statusDate(date("2026-01-20"))
                .milestone(withActual(milestone("M1"), date("2026-01-19")))
                .build();

        assertThat(evaluate(new MilestoneOverdueRule(), p)).isEmpty();
        assertThat(evaluate(new MilestoneOverdueRule(), p, EvaluationContext.at(date("2026-01-16")))).isEmpty();
        assertThat(evaluate(new MilestoneOverdueRule(), project().milestone(milestone("M3")).build(),
                EvaluationContext.at(date("2026-01-16")))).isEmpty();
    }
}
