package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.generalFoundry;
import static org.pmokit.rules.schedule.Fixtures.id;
import static org.pmokit.rules.schedule.Fixtures.project;

import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.RuleInput;

/**
 * The shared analysis. The status date is Sunday 2026-01-04, the day before the start, so that the data
 * date is 0 and the schedule is the plan (a status date on the first day would count that day as past:
 * work not started would begin on day 1).
 */
class ScheduleAnalysisTest {

    private static final java.time.LocalDate BEFORE_START = Fixtures.START.minusDays(1);

    @Test
    void schedule_isComputedOncePerInput_andSharedWithTheOutcome() {
        RuleInput input = new RuleInput(generalFoundry(), EvaluationContext.at(BEFORE_START));
        Schedule s = input.get(ScheduleAnalysis.SCHEDULE);
        assertThat(input.get(ScheduleAnalysis.SCHEDULE)).isSameAs(s);
        assertThat(input.get(ScheduleAnalysis.OUTCOME).schedule()).containsSame(s);
        assertThat(s.projectFinish()).isEqualTo(15);
        assertThat(s.statusDate()).contains(BEFORE_START);
        assertThat(s.dataDate()).hasValue(0);
    }

    /** With the threshold at 1 day, B and D (total float 1) of General Foundry are critical too. */
    @Test
    void criticalThreshold_comesFromThePolicy() {
        Policy policy = Policy.defaults().with(PolicyKeys.CRITICAL_FLOAT, 1);
        RuleInput input = new RuleInput(generalFoundry(), EvaluationContext.at(BEFORE_START).withPolicy(policy));
        Schedule s = input.get(ScheduleAnalysis.SCHEDULE);
        assertThat(s.criticalFloat()).isEqualTo(1);
        assertThat(s.criticalActivities()).containsExactly(id("A"), id("B"), id("C"), id("D"), id("E"), id("G"), id("H"));
    }

    @Test
    void calendar_comesFromTheContext() {
        RuleInput input = new RuleInput(generalFoundry(), EvaluationContext.at(BEFORE_START).withCalendar(WorkCalendar.CN));
        assertThat(input.get(ScheduleAnalysis.SCHEDULE).calendar()).isEqualTo(WorkCalendar.CN);
    }

    @Test
    void badProject_isAProblemOfTheOutcome_andAnExceptionOfTheSchedule() {
        Project cyclic = project(activity("A", 1, "B"), activity("B", 1, "A"));
        RuleInput input = new RuleInput(cyclic, EvaluationContext.at(BEFORE_START));
        ScheduleOutcome outcome = input.get(ScheduleAnalysis.OUTCOME);
        assertThat(outcome.schedule()).isEmpty();
        assertThat(outcome.problem()).get().extracting(Throwable::getMessage).isEqualTo("dependency cycle: A -> B -> A");
        assertThatThrownBy(() -> input.get(ScheduleAnalysis.SCHEDULE)).isSameAs(outcome.problem().get());
    }

    @Test
    void analyses_nameThemselves() {
        assertThat(ScheduleAnalysis.SCHEDULE).hasToString("ScheduleAnalysis.SCHEDULE");
        assertThat(ScheduleAnalysis.OUTCOME).hasToString("ScheduleAnalysis.OUTCOME");
    }
}
