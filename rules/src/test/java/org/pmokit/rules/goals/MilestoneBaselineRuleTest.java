package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.date;
import static org.pmokit.rules.goals.Fixtures.evaluate;
import static org.pmokit.rules.goals.Fixtures.milestone;
import static org.pmokit.rules.goals.Fixtures.project;
import static org.pmokit.rules.goals.Fixtures.projectWithoutBaseline;
import static org.pmokit.rules.goals.Fixtures.withDue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** A1 finishes in the baseline on Friday 2026-01-16; the buffer is 3 working days, to Wednesday 2026-01-21. */
class MilestoneBaselineRuleTest {

    private static Milestone due(String date) {
        return withDue(milestone("M1"), Optional.of(date(date)));
    }

    private static List<Finding> check(Milestone m) {
        return evaluate(new MilestoneBaselineRule(), project().milestone(m).build());
    }

    @Test
    void fires_anError_whenDueBeforeTheActivitysBaselineFinish() {
        assertThat(check(due("2026-01-15"))).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("MILE-006");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.subject()).isEqualTo("milestones[M1]");
            assertThat(f.message().english())
                    .isEqualTo("milestone M1 is due 2026-01-15, before its activity A1 finishes in the baseline on 2026-01-16");
            assertThat(f.message().chinese()).isEqualTo("里程碑 M1 的计划日期 2026-01-15 早于其任务 A1 的基线完成日期 2026-01-16");
            assertThat(f.measured().map(Text::english)).contains("2026-01-15");
            assertThat(f.threshold().map(Text::english)).contains(">= 2026-01-16");
            assertThat(f.remedy().english()).contains("baseline finish");
            assertThat(f.remedy().chinese()).contains("基线完成日期");
        });
    }

    @Test
    void fires_aWarning_whenDueMoreThanTheBufferAfterTheBaselineFinish() {
        assertThat(check(due("2026-01-22"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message().english()).isEqualTo("milestone M1 is due 2026-01-22, 4 working days after its activity A1 "
                    + "finishes in the baseline on 2026-01-16, more than the buffer of 3 working days");
            assertThat(f.message().chinese()).isEqualTo(
                    "里程碑 M1 的计划日期 2026-01-22 比其任务 A1 的基线完成日期 2026-01-16 晚 4 个工作日，超过 3 个工作日的缓冲时间");
            assertThat(f.measured().map(Text::english)).contains("2026-01-22");
            assertThat(f.threshold().map(Text::english)).contains("<= 2026-01-21");
            assertThat(f.remedy().english()).contains("buffer");
            assertThat(f.remedy().chinese()).contains("缓冲时间");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-01-16", "2026-01-17", "2026-01-19", "2026-01-21"})
    void doesNotFire_fromTheBaselineFinishToTheEndOfTheBuffer(String dueDate) {
        assertThat(check(due(dueDate))).isEmpty();
    }

    @Test
    void followsThePolicy() {
        Project p = project().milestone(due("2026-01-22")).build();
        EvaluationContext wide = EvaluationContext.of(p).withPolicy(Policy.defaults().with(PolicyKeys.BUFFER_MAX_DAYS, 4));

        assertThat(evaluate(new MilestoneBaselineRule(), p, wide)).isEmpty();
    }

    @Test
    void doesNotJudge_withoutABaseline_aLinkedActivity_orOneTheBaselineHolds() {
        Milestone m = due("2026-01-15");
        Milestone unlinked = new Milestone(m.id(), m.name(), m.kind(), Optional.empty(), m.due(), m.deliverable(),
                m.acceptance(), m.owner(), m.actual());
        Milestone otherActivity = new Milestone(m.id(), m.name(), m.kind(), Optional.of(ActivityId.of("A9")), m.due(),
                m.deliverable(), m.acceptance(), m.owner(), m.actual());

        assertThat(evaluate(new MilestoneBaselineRule(), projectWithoutBaseline().milestone(m).build())).isEmpty();
        assertThat(check(unlinked)).isEmpty();
        assertThat(check(otherActivity)).isEmpty();
        assertThat(check(withDue(m, Optional.empty()))).isEmpty();
    }

    @Test
    void skipsTheBufferCheck_whenTheCalendarDoesNotCoverTheDueDate() {
        Project p = project().milestone(due("2030-01-22")).build();

        assertThat(evaluate(new MilestoneBaselineRule(), p, EvaluationContext.of(p).withCalendar(WorkCalendar.CN))).isEmpty();
    }
}
