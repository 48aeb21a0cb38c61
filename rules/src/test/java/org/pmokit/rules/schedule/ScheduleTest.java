package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.generalFoundry;
import static org.pmokit.rules.schedule.Fixtures.id;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

class ScheduleTest {

    /** General Foundry on MON_FRI from Monday 2026-01-05: F is [4,7) early (01-09 to 01-13), [10,13) late. */
    @Test
    void activity_isTheSameAnswerAsTheIndexedMethods() {
        Schedule s = Fixtures.plan(generalFoundry());
        int f = s.indexOf(id("F"));
        ActivitySchedule v = s.activity(f);
        assertThat(v).isEqualTo(new ActivitySchedule(f, id("F"), 3, ProgressState.NOT_STARTED, 4, 7, 10, 13, 6, 6, false,
                LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 13), LocalDate.of(2026, 1, 19), LocalDate.of(2026, 1, 21),
                Optional.empty(), Optional.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.empty()));
        assertThat(s.activity(id("F"))).contains(v);
        assertThat(s.activity(id("Q"))).isEmpty();
        assertThat(s.indexOf(id("Q"))).isEqualTo(-1);
        assertThat(s.id(f)).isEqualTo(id("F"));
    }

    @Test
    void describesItself_andItsContext() {
        Schedule s = Fixtures.plan(generalFoundry());
        assertThat(s).hasToString("Schedule[8 activities, finish 15 (2026-01-23)]");
        assertThat(s.size()).isEqualTo(8);
        assertThat(s.start()).isEqualTo(Fixtures.START);
        assertThat(s.calendar()).isEqualTo(WorkCalendar.MON_FRI);
        assertThat(s.dayIndex().dateOf(0)).isEqualTo(Fixtures.START);
        assertThat(s.criticalFloat()).isZero();
        assertThat(s.projectFinishDate()).isEqualTo(LocalDate.of(2026, 1, 23));
    }

    @Test
    void badIndex_isRefused() {
        Schedule s = Fixtures.plan(generalFoundry());
        assertThatThrownBy(() -> s.earlyStart(8)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> s.baselineStart(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    }

    @Test
    void emptyProject_finishesAtItsStart() {
        Schedule s = Fixtures.plan(Fixtures.projectBuilder(List.of()).build());
        assertThat(s.size()).isZero();
        assertThat(s.projectFinish()).isZero();
        assertThat(s.projectFinishDate()).isEqualTo(Fixtures.START);
        assertThat(s.criticalPaths()).isEmpty();
        assertThat(s.milestones()).isEmpty();
        assertThat(s.projectBaselineFinish()).isEmpty();
        assertThat(s.projectFinishVariance()).isEmpty();
    }

    /**
     * Baseline: A planned 01-05..01-09, B 01-12..01-16 (days 5-9), milestone M on 01-16. The plan has A
     * [0,3) and B [3,8): B starts 2 days early (day 3 against 5) and finishes 2 days early (day 7
     * against 9); M (after B) is dated day 7, 01-14, so it is 2 days early too: nothing slipped. The
     * project's baseline finish is the latest baseline finish, 01-16: variance -2. A milestone without
     * an activity is not listed.
     */
    @Test
    void baselineVariance_perActivity_milestone_andProject() {
        Money zero = Money.of("CNY", "0.00");
        Project p = Fixtures.projectBuilder(List.of(activity("A", 3).build(), activity("B", 5, "A").build(),
                        activity("M", 0, "B").build()))
                .baseline(new Baseline(1, Fixtures.START, List.of(
                        new BaselineActivity(id("A"), LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), zero),
                        new BaselineActivity(id("B"), LocalDate.of(2026, 1, 12), LocalDate.of(2026, 1, 16), zero),
                        new BaselineActivity(id("M"), LocalDate.of(2026, 1, 16), LocalDate.of(2026, 1, 16), zero))))
                .milestone(milestone("M1", "M"))
                .milestone(new Milestone(MilestoneId.of("M2"), "No activity", Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .build();
        Schedule s = Fixtures.plan(p);
        assertThat(s.startVariance(1)).hasValue(-2);
        assertThat(s.finishVariance(1)).hasValue(-2);
        assertThat(s.finishVariance(0)).hasValue(-2);
        assertThat(s.startVariance(0)).hasValue(0);
        assertThat(s.milestones()).containsExactly(new MilestoneVariance(MilestoneId.of("M1"), id("M"),
                LocalDate.of(2026, 1, 14), Optional.of(LocalDate.of(2026, 1, 16)), java.util.OptionalInt.of(-2)));
        assertThat(s.slippedMilestones()).isEmpty();
        assertThat(s.projectBaselineFinish()).contains(LocalDate.of(2026, 1, 16));
        assertThat(s.projectFinishVariance()).hasValue(-2);
        // one day longer on B: M on 01-15, -1; four longer: 01-20, +2 (the weekend does not count)
        assertThat(s.withDelay(id("B"), 1).milestones().get(0).variance()).hasValue(-1);
        assertThat(s.withDelay(id("B"), 4).slippedMilestones()).extracting(MilestoneVariance::variance)
                .containsExactly(java.util.OptionalInt.of(2));
    }

    private static Milestone milestone(String id, String activity) {
        return new Milestone(MilestoneId.of(id), "Milestone " + id, Optional.empty(),
                Optional.of(org.pmokit.core.project.ActivityId.of(activity)), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }
}
