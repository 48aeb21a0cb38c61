package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.MilestoneVariance;
import org.pmokit.rules.schedule.ProgressState;
import org.pmokit.rules.schedule.Schedule;

/**
 * The critical path engine on the CRM upgrade (PROJECT_DOCUMENT.md: the baseline is the
 * critical-path result of the activities on the CN calendar from 2026-01-05, finishing 2026-09-16
 * after 175 working days, A4 with 5 days of total float, A13 with 20, every other activity 0).
 *
 * <p>At the status date 2026-04-30, by hand on the CN calendar: the data date is the number of
 * working days through 2026-04-30. A6 starts at offset 50 (2026-03-20); from 03-20 to 04-30 there are
 * 8 working days in March and 21 in April (Qingming 04-06 off), so the data date is 50 + 29 = 79.
 * A1-A5 are finished. A6 (40 days, 55%) has ceil(40 x 0.45) = 18 days left, EF 97; A7 (30 days, 35%)
 * ceil(30 x 0.65) = ceil(19.5) = 20, EF 99. A8 starts at max(97, 99) = 99 (baseline 90): the rest of
 * the chain A8 20 + A9 20 + A10 5 + A11 30 + A12 10 = 85 days gives a finish of 184, 9 working days
 * after the baseline's 175. Working day 183 is 2026-09-29: after 09-16 come 09-17, 09-18, Sunday
 * 09-20 (a make-up working day), 09-21 to 09-24, then Mid-Autumn 09-25 off, 09-28, 09-29. A6 now has
 * 99 - 97 = 2 days of total float; A7 drives A8 and is critical.
 */
class CrmUpgrade2026ScheduleTest {

    private static final Project CRM = CrmUpgrade2026.project();

    @Test
    void plan_reproducesTheBaseline() {
        Schedule plan = CriticalPath.standard().plan(CRM, WorkCalendar.CN);
        assertThat(plan.projectFinish()).isEqualTo(175);
        assertThat(plan.projectFinishDate()).isEqualTo(LocalDate.of(2026, 9, 16));
        for (BaselineActivity b : CRM.currentBaseline().orElseThrow().activities()) {
            int i = plan.indexOf(b.activity());
            assertThat(plan.earlyStartDate(i)).as("start of %s", b.activity()).isEqualTo(b.start());
            assertThat(plan.earlyFinishDate(i)).as("finish of %s", b.activity()).isEqualTo(b.finish());
            assertThat(plan.startVariance(i)).hasValue(0);
            assertThat(plan.finishVariance(i)).hasValue(0);
            int expectedFloat = b.activity().value().equals("A4") ? 5 : b.activity().value().equals("A13") ? 20 : 0;
            assertThat(plan.totalFloat(i)).as("total float of %s", b.activity()).isEqualTo(expectedFloat);
        }
        assertThat(plan.projectFinishVariance()).hasValue(0);
        assertThat(plan.slippedMilestones()).isEmpty();
    }

    @Test
    void plan_hasTwoCriticalPaths_throughA6AndThroughA7() {
        Schedule plan = CriticalPath.standard().plan(CRM, WorkCalendar.CN);
        assertThat(plan.criticalPaths()).containsExactly(
                ids("A1", "A2", "A3", "A5", "A6", "A7", "A8", "A9", "A10", "A11", "A12", "A14"),
                ids("A1", "A2", "A3", "A5", "A6", "A8", "A9", "A10", "A11", "A12", "A14"));
    }

    @Test
    void atTheStatusDate_finishSlipsNineWorkingDays() {
        Schedule s = CriticalPath.standard().schedule(CRM, EvaluationContext.of(CRM));
        assertThat(s.dataDate()).hasValue(79);
        assertThat(s.projectFinish()).isEqualTo(184);
        assertThat(s.projectFinishDate()).isEqualTo(LocalDate.of(2026, 9, 29));
        assertThat(s.projectBaselineFinish()).contains(LocalDate.of(2026, 9, 16));
        assertThat(s.projectFinishVariance()).hasValue(9);
        int a6 = s.indexOf(ActivityId.of("A6"));
        int a7 = s.indexOf(ActivityId.of("A7"));
        assertThat(s.state(a6)).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(s.earlyStartDate(a6)).isEqualTo(LocalDate.of(2026, 3, 25));
        assertThat(s.earlyFinish(a6)).isEqualTo(97);
        assertThat(s.earlyFinish(a7)).isEqualTo(99);
        assertThat(s.totalFloat(a6)).isEqualTo(2);
        assertThat(Stream.of("A1", "A2", "A3", "A4", "A5").map(a -> s.state(s.indexOf(ActivityId.of(a)))))
                .containsOnly(ProgressState.FINISHED);
        assertThat(s.criticalPaths()).containsExactly(ids("A7", "A8", "A9", "A10", "A11", "A12", "A14"));
    }

    /*
     * Milestones: M1 (A2) reached 01-30 as planned; M2 (A3) finished 03-10 against 03-05: 03-06,
     * 03-09, 03-10 = +3; M3 (A6) forecast day 96 against baseline day 89 (05-19): +7, day 96 is
     * 05-28; M4 (A10) day 143 against 134: +9; M5 (A14) +9.
     */
    @Test
    void atTheStatusDate_milestonesSlip() {
        Schedule s = CriticalPath.standard().schedule(CRM, EvaluationContext.of(CRM));
        assertThat(s.milestones()).extracting(MilestoneVariance::milestone, v -> v.variance().getAsInt())
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(MilestoneId.of("M1"), 0),
                        org.assertj.core.groups.Tuple.tuple(MilestoneId.of("M2"), 3),
                        org.assertj.core.groups.Tuple.tuple(MilestoneId.of("M3"), 7),
                        org.assertj.core.groups.Tuple.tuple(MilestoneId.of("M4"), 9),
                        org.assertj.core.groups.Tuple.tuple(MilestoneId.of("M5"), 9));
        assertThat(s.milestones().get(2).forecast()).isEqualTo(LocalDate.of(2026, 5, 28));
        assertThat(s.slippedMilestones()).extracting(MilestoneVariance::milestone)
                .containsExactly(MilestoneId.of("M2"), MilestoneId.of("M3"), MilestoneId.of("M4"), MilestoneId.of("M5"));
    }

    @Test
    void criticalPathTest_delayingACriticalActivityMovesTheFinishAsMuch() {
        Schedule s = CriticalPath.standard().schedule(CRM, EvaluationContext.of(CRM));
        Schedule delayed = s.withDelay(ActivityId.of("A9"), 10);
        assertThat(delayed.projectFinish() - s.projectFinish()).isEqualTo(10);
        // A13 has 20 days of float: a 10-day delay does not move the finish
        assertThat(s.withDelay(ActivityId.of("A13"), 10).projectFinish()).isEqualTo(s.projectFinish());
    }

    private static List<ActivityId> ids(String... values) {
        return Stream.of(values).map(ActivityId::of).toList();
    }
}
