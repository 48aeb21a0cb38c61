package org.pmokit.rules.schedule.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.schedule.health.HealthFixtures.BEFORE;
import static org.pmokit.rules.schedule.health.HealthFixtures.activity;
import static org.pmokit.rules.schedule.health.HealthFixtures.findings;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.MilestoneKind;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;
import org.pmokit.rules.goals.GoalRules;

/**
 * MILE-009 on A (5 days) then milestone M, on MON_FRI from Monday 2026-01-05, planned: M's
 * activity works through Friday 2026-01-09 (offsets 0-4) and is critical. The buffer counts the
 * working days after Friday 01-09 up to and including the due date.
 */
class MilestoneBufferRuleTest {

    private static Project withDue(LocalDate due, MilestoneKind kind) {
        return HealthFixtures.builder(activity("A", 5), activity("M", 0, "A"))
                .milestone(new Milestone(MilestoneId.of("M1"), "Requirements signed off", Optional.of(kind),
                        Optional.of(ActivityId.of("M")), Optional.of(due), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty()))
                .build();
    }

    private static List<Finding> mile009(LocalDate due) {
        return findings(withDue(due, MilestoneKind.PHASE), BEFORE, "MILE-009");
    }

    @Test
    void rule_isMile009OfTheGoalsPack() {
        assertThat(ScheduleRules.milestoneBuffer().info().id()).isEqualTo("MILE-009");
        assertThat(ScheduleRules.milestoneBuffer().info().pack()).isEqualTo(GoalRules.PACK);
        assertThat(ScheduleRules.milestoneBuffer().info().area()).isEqualTo(Area.GOALS);
        assertThat(ScheduleRules.milestoneBuffer().info().subject()).isEqualTo(Subject.MILESTONE);
        assertThat(GoalRules.pack(List.of(ScheduleRules.milestoneBuffer())).rules())
                .extracting(r -> r.info().id()).contains("MILE-009");
    }

    @ParameterizedTest
    @CsvSource({"2026-01-13, 2", "2026-01-14, 3"})
    void buffer_withinTwoToThreeDays_passes(LocalDate due, int buffer) {
        // Tuesday 01-13: Monday and Tuesday = 2; Wednesday 01-14: 3
        assertThat(mile009(due)).as("buffer %d", buffer).isEmpty();
    }

    @Test
    void buffer_ofOneDay_isAWarning() {
        List<Finding> found = mile009(LocalDate.of(2026, 1, 12));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.subject()).isEqualTo("milestones[M1]");
        assertThat(f.measured()).contains(Text.of("1 working day", "1 个工作日"));
        assertThat(f.threshold()).contains(Text.of("2-3 working days", "2-3 个工作日"));
        assertThat(f.message()).isEqualTo(Text.of(
                "phase milestone M1 is on the critical path with 1 working day of buffer between its forecast 2026-01-09"
                        + " and its due date 2026-01-12, less than the 2-3 working days the policy asks for",
                "阶段里程碑 M1 位于关键路径上，预测完成日期 2026-01-09 与计划日期 2026-01-12 之间只有 1 个工作日的缓冲时间，少于政策要求的 2-3 个工作日"));
    }

    @Test
    void buffer_dueOnTheWeekendAfterTheForecast_isZero() {
        // Sunday 01-11: no working day after Friday 01-09 up to it
        assertThat(mile009(LocalDate.of(2026, 1, 11))).singleElement()
                .satisfies(f -> assertThat(f.measured().map(Text::english)).contains("0 working days"));
    }

    @Test
    void forecast_afterTheDueDate_isAnError() {
        List<Finding> found = mile009(LocalDate.of(2026, 1, 8));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.measured()).contains(Text.of("-1 working days", "-1 个工作日"));
        assertThat(f.message()).isEqualTo(Text.of(
                "phase milestone M1 is on the critical path and forecast on 2026-01-09, 1 working day after its due date"
                        + " 2026-01-08: no buffer is left of the 2-3 working days the policy asks for",
                "阶段里程碑 M1 位于关键路径上，预测完成日期 2026-01-09 比计划日期 2026-01-08 晚 1 个工作日：政策要求的 2-3 个工作日缓冲时间已耗尽"));
    }

    @Test
    void buffer_aboveThreeDays_isReportedForInformation() {
        List<Finding> found = mile009(LocalDate.of(2026, 1, 16));
        assertThat(found).hasSize(1);
        Finding f = found.get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.message()).isEqualTo(Text.of(
                "phase milestone M1 is on the critical path with 5 working days of buffer between its forecast 2026-01-09"
                        + " and its due date 2026-01-16, more than the 2-3 working days the policy asks for",
                "阶段里程碑 M1 位于关键路径上，预测完成日期 2026-01-09 与计划日期 2026-01-16 之间有 5 个工作日的缓冲时间，多于政策要求的 2-3 个工作日"));
    }

    @Test
    void otherKindsOfMilestone_areNotJudged() {
        assertThat(findings(withDue(LocalDate.of(2026, 1, 8), MilestoneKind.KEY_TASK), BEFORE, "MILE-009")).isEmpty();
        assertThat(findings(withDue(LocalDate.of(2026, 1, 8), MilestoneKind.DELIVERABLE), BEFORE, "MILE-009")).isEmpty();
    }

    @Test
    void milestone_offTheCriticalPath_isNotJudged() {
        // B (20 days) drives the finish; A -> M has 15 days of float
        Project p = HealthFixtures.builder(activity("A", 5), activity("M", 0, "A"), activity("B", 20))
                .milestone(new Milestone(MilestoneId.of("M1"), "Off the path", Optional.of(MilestoneKind.PHASE),
                        Optional.of(ActivityId.of("M")), Optional.of(LocalDate.of(2026, 1, 8)), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty()))
                .build();
        assertThat(findings(p, BEFORE, "MILE-009")).isEmpty();
    }

    @Test
    void policy_setsTheBand() {
        // with buffer.minDays 1, a buffer of 1 day passes
        Project p = withDue(LocalDate.of(2026, 1, 12), MilestoneKind.PHASE);
        var context = org.pmokit.rules.EvaluationContext.at(BEFORE).withPolicy(
                org.pmokit.rules.Policy.defaults().with(org.pmokit.rules.PolicyKeys.BUFFER_MIN_DAYS, 1));
        assertThat(HealthFixtures.RULES.evaluate(p, context).findings()).extracting(Finding::ruleId)
                .doesNotContain("MILE-009");
    }
}
