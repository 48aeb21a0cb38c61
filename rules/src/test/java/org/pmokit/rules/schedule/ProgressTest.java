package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.id;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;

/**
 * Progress at the status date Wednesday 2026-01-14 (MON_FRI from Monday 2026-01-05: day 7, so the
 * data date, the first working day after it, is 8). By hand:
 *
 * <pre>
 * A 5d  finished 01-05..01-09            [0,5)   late = early, TF 0, not critical
 * B 10d after A, started 01-12 (day 5), latest record 40%: ceil(10 x 0.6) = 6 left: [5, 8 + 6 = 14)
 * C 4d  after B                          [14,18) TF 0
 * D 3d  after A, not started: no earlier than the data date: [8,11), LF 18, TF 7
 * E 5d  started 01-13, 10% but 2 days left recorded: [6, 10), TF 8
 * F 2d  only a record dated after the status date: not started, [8,10)
 * G 3d  actual start 01-15 after the status date: ignored, not started, [8,11)
 * H 0d  milestone, actual start 01-07 (day 2): finished at boundary 3, dated 01-07
 * I 2d  FS+5 after finished A: no earlier than 5 + 5 = 10, [10,12), TF 6
 * J 3d  FF+7 after finished A: finishes no earlier than 5 + 7 = 12, [9,12), TF 6
 * K 4d  started 01-13, 25%: ceil(4 x 0.75) = 3 left, [6, 11); FNLT 01-14 (day 7, so LF 8): TF -3
 * </pre>
 * Project finish 18; critical B, C and K (A is finished, so not critical).
 */
class ProgressTest {

    static final LocalDate STATUS = LocalDate.of(2026, 1, 14);

    static ProgressRecord record(LocalDate date, String activity, int percent, LocalDate start, LocalDate finish,
            Integer remaining) {
        return new ProgressRecord(date, ActivityId.of(activity), BigDecimal.valueOf(percent), Optional.ofNullable(start),
                Optional.ofNullable(finish), remaining == null ? OptionalInt.empty() : OptionalInt.of(remaining));
    }

    static Project project() {
        List<Activity> activities = List.of(
                activity("A", 5).build(),
                activity("B", 10, "A").build(),
                activity("C", 4, "B").build(),
                activity("D", 3, "A").build(),
                activity("E", 5).build(),
                activity("F", 2).build(),
                activity("G", 3).build(),
                activity("H", 0).build(),
                activity("I", 2).predecessor(Fixtures.link("A", org.pmokit.core.project.DependencyType.FS, 5)).build(),
                activity("J", 3).predecessor(Fixtures.link("A", org.pmokit.core.project.DependencyType.FF, 7)).build(),
                activity("K", 4).constraint(Fixtures.constraint(org.pmokit.core.project.ConstraintType.FINISH_NO_LATER_THAN,
                        LocalDate.of(2026, 1, 14))).build());
        Money zero = Money.of("CNY", "0.00");
        return Fixtures.projectBuilder(activities)
                .statusDate(STATUS)
                .progress(List.of(
                        record(LocalDate.of(2026, 1, 9), "A", 100, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 9), null),
                        record(LocalDate.of(2026, 1, 14), "B", 40, LocalDate.of(2026, 1, 12), null, null),
                        record(LocalDate.of(2026, 1, 12), "B", 10, LocalDate.of(2026, 1, 12), null, null),
                        record(LocalDate.of(2026, 1, 14), "E", 10, LocalDate.of(2026, 1, 13), null, 2),
                        record(LocalDate.of(2026, 1, 20), "F", 50, LocalDate.of(2026, 1, 6), null, null),
                        record(LocalDate.of(2026, 1, 14), "G", 0, LocalDate.of(2026, 1, 15), null, null),
                        record(LocalDate.of(2026, 1, 7), "H", 100, LocalDate.of(2026, 1, 7), null, null),
                        record(LocalDate.of(2026, 1, 14), "K", 25, LocalDate.of(2026, 1, 13), null, null)))
                .baseline(new Baseline(1, LocalDate.of(2026, 1, 2), List.of(
                        new BaselineActivity(id("B"), LocalDate.of(2026, 1, 9), LocalDate.of(2026, 1, 22), zero))))
                .build();
    }

    static Schedule schedule() {
        return CriticalPath.standard().schedule(project(), EvaluationContext.at(STATUS));
    }

    private static int[] times(Schedule s, String activity) {
        int i = s.indexOf(id(activity));
        return new int[] {s.earlyStart(i), s.earlyFinish(i), s.lateStart(i), s.lateFinish(i), s.totalFloat(i)};
    }

    @Test
    void finishedActivity_keepsItsActualDates_withoutFloat() {
        Schedule s = schedule();
        assertThat(s.state(0)).isEqualTo(ProgressState.FINISHED);
        assertThat(times(s, "A")).containsExactly(0, 5, 0, 5, 0);
        assertThat(s.freeFloat(0)).isZero();
        assertThat(s.isCritical(0)).isFalse();
        assertThat(s.earlyStartDate(0)).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(s.earlyFinishDate(0)).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    @Test
    void startedActivity_keepsItsStart_andFinishesTheRemainingWorkAfterTheStatusDate() {
        Schedule s = schedule();
        assertThat(s.dataDate()).hasValue(8);
        assertThat(s.state(1)).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(times(s, "B")).containsExactly(5, 14, 5, 14, 0);
        assertThat(times(s, "C")).containsExactly(14, 18, 14, 18, 0);
        assertThat(s.projectFinish()).isEqualTo(18);
        assertThat(s.criticalPaths()).containsExactly(List.of(id("B"), id("C")), List.of(id("K")));
    }

    @Test
    void recordedRemainingDuration_winsOverPercentComplete() {
        assertThat(times(schedule(), "E")).containsExactly(6, 10, 14, 18, 8);
    }

    @Test
    void workNotStarted_beginsNoEarlierThanTheDataDate() {
        Schedule s = schedule();
        assertThat(times(s, "D")).containsExactly(8, 11, 15, 18, 7);
        assertThat(s.earlyStartDate(3)).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void linksFromAFinishedActivity_holdFromItsActualDates() {
        Schedule s = schedule();
        assertThat(times(s, "I")).containsExactly(10, 12, 16, 18, 6);
        assertThat(times(s, "J")).containsExactly(9, 12, 15, 18, 6);
        // only B -> C is left: A -> B is dropped (B has started), A -> D, A -> I and A -> J became bounds
        assertThat(s.network().linkCount()).isEqualTo(1);
    }

    @Test
    void finishConstraint_stillBindsAnActivityInProgress() {
        Schedule s = schedule();
        assertThat(s.state(10)).isEqualTo(ProgressState.IN_PROGRESS);
        assertThat(times(s, "K")).containsExactly(6, 11, 3, 8, -3);
        assertThat(s.isCritical(10)).isTrue();
    }

    @Test
    void progressAndActualDatesAfterTheStatusDate_areIgnored() {
        Schedule s = schedule();
        assertThat(s.state(5)).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(times(s, "F")).containsExactly(8, 10, 16, 18, 8);
        assertThat(s.state(6)).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(times(s, "G")).containsExactly(8, 11, 15, 18, 7);
    }

    @Test
    void milestoneWithAnActualDate_isFinishedOnThatDate() {
        Schedule s = schedule();
        assertThat(s.state(7)).isEqualTo(ProgressState.FINISHED);
        assertThat(times(s, "H")).containsExactly(3, 3, 3, 3, 0);
        assertThat(s.earlyFinishDate(7)).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    /** B's baseline: 01-09 (day 4) to 01-22 (day 13); schedule: day 5 to day 13 (EF 14): +1 and 0. */
    @Test
    void baseline_isComparedButNeverChanged() {
        Project p = project();
        Schedule s = CriticalPath.standard().schedule(p, EvaluationContext.at(STATUS));
        assertThat(s.baselineStart(1)).contains(LocalDate.of(2026, 1, 9));
        assertThat(s.baselineFinish(1)).contains(LocalDate.of(2026, 1, 22));
        assertThat(s.startVariance(1)).hasValue(1);
        assertThat(s.finishVariance(1)).hasValue(0);
        assertThat(s.startVariance(0)).isEmpty();
        assertThat(p.currentBaseline()).isEqualTo(project().currentBaseline());
    }

    @Test
    void plan_ignoresProgress() {
        Schedule s = Fixtures.plan(project());
        assertThat(s.statusDate()).isEmpty();
        assertThat(s.dataDate()).isEmpty();
        assertThat(s.state(1)).isEqualTo(ProgressState.NOT_STARTED);
        assertThat(times(s, "B")).containsExactly(5, 15, 5, 15, 0);
    }

    /** A status date on Saturday 2026-01-17: working days through it are 10, so work resumes Monday (day 10). */
    @Test
    void statusDateOnADayOff_resumesOnTheNextWorkingDay() {
        Schedule s = CriticalPath.standard().schedule(project(), EvaluationContext.at(LocalDate.of(2026, 1, 17)));
        assertThat(s.dataDate()).hasValue(10);
        assertThat(s.earlyStart(3)).isEqualTo(10);
    }

    /** Delaying B (in progress, 6 days left) by 3: EF 17, C [17,21), finish 21. */
    @Test
    void withDelay_extendsTheRemainingWork() {
        Schedule s = schedule().withDelay(id("B"), 3);
        assertThat(times(s, "B")).containsExactly(5, 17, 5, 17, 0);
        assertThat(s.projectFinish()).isEqualTo(21);
        assertThat(s.duration(1)).isEqualTo(13);
        assertThat(schedule().projectFinish()).isEqualTo(18);
    }

    @Test
    void withDelay_refusesAFinishedOrUnknownActivity_orNegativeRemainingWork() {
        Schedule s = schedule();
        assertThatThrownBy(() -> s.withDelay(id("A"), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activity A is finished: its dates are actual and cannot be delayed");
        assertThatThrownBy(() -> s.withDelay(id("Q"), 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activity Q is not in the schedule");
        assertThatThrownBy(() -> s.withDelay(id("B"), -7)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("activity B: remaining work of 6 working days cannot change by -7");
    }
}
