package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.milestone;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.withActual;
import static org.pmokit.rules.goals.Fixtures.withDue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

class MilestoneLateRuleTest {

    @Test
    void fires_whenReachedAfterTheDueDate() {
        Project p = project().milestone(withActual(milestone("M2"), date("2026-01-21"))).build();

        assertThat(evaluate(new MilestoneLateRule(), p)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MILE-007");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.subject()).isEqualTo("milestones[M2]");
            assertThat(f.message().english())
                    .isEqualTo("milestone M2 was reached on 2026-01-21, 3 working days after its due date 2026-01-16");
            assertThat(f.message().chinese()).isEqualTo("里程碑 M2 于 2026-01-21 达成，比计划日期 2026-01-16 晚 3 个工作日");
            assertThat(f.measured().map(Text::english)).contains("2026-01-21");
            assertThat(f.threshold().map(Text::english)).contains("<= 2026-01-16");
            assertThat(f.remedy().english()).contains("delay");
            assertThat(f.remedy().chinese()).contains("延误");
        });
    }

    @Test
    void saysOneWorkingDay_inTheSingular() {
        Project p = project().milestone(withActual(milestone("M2"), date("2026-01-19"))).build();

        assertThat(evaluate(new MilestoneLateRule(), p)).singleElement().satisfies(f -> assertThat(f.message().english())
                .isEqualTo("milestone M2 was reached on 2026-01-19, 1 working day after its due date 2026-01-16"));
    }

    @Test
    void leavesOutTheWorkingDays_whenTheCalendarDoesNotCoverTheDates() {
        Milestone m = withActual(withDue(milestone("M2"), Optional.of(date("2030-01-16"))), date("2030-01-21"));
        Project p = project().milestone(m).build();

        assertThat(evaluate(new MilestoneLateRule(), p, EvaluationContext.of(p).withCalendar(WorkCalendar.CN)))
                .singleElement().satisfies(f -> {
                    assertThat(f.message().english())
                            .isEqualTo("milestone M2 was reached on 2030-01-21, after its due date 2030-01-16");
                    assertThat(f.message().chinese()).isEqualTo("里程碑 M2 于 2030-01-21 达成，晚于计划日期 2030-01-16");
                });
    }

    @Test
    void doesNotFire_whenReachedOnOrBeforeTheDueDate_orNotYetReached() {
        Project p = project()
                .milestone(withActual(milestone("M1"), date("2026-01-16")))
                .milestone(withActual(milestone("M2"), date("2026-01-12")))
                .milestone(milestone("M3"))
                .build();

        assertThat(evaluate(new MilestoneLateRule(), p)).isEmpty();
    }
}
