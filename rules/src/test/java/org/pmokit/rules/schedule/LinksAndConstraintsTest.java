package org.pmokit.rules.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.schedule.Fixtures.activity;
import static org.pmokit.rules.schedule.Fixtures.constraint;
import static org.pmokit.rules.schedule.Fixtures.day;
import static org.pmokit.rules.schedule.Fixtures.id;
import static org.pmokit.rules.schedule.Fixtures.link;
import static org.pmokit.rules.schedule.Fixtures.plan;
import static org.pmokit.rules.schedule.Fixtures.project;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.DependencyType;

/**
 * Each link type and each constraint on a hand-checked two- or three-activity network (MON_FRI from
 * Monday 2026-01-05 = offset 0; {@code [ES, EF)} in offsets). The checks go through
 * {@link CriticalPath#plan} and read {@link Schedule}, so they test the passes, the constraint bounds
 * and the date conversion together.
 */
class LinksAndConstraintsTest {

    private static int[] times(Schedule s, String activity) {
        int i = s.indexOf(id(activity));
        return new int[] {s.earlyStart(i), s.earlyFinish(i), s.lateStart(i), s.lateFinish(i), s.totalFloat(i)};
    }

    // ---- links ----

    /** A [0,3); B (2 days) FS+2 starts at 3 + 2 = 5: [5,7). A's LF = LS(B) - 2 = 3: no float. */
    @Test
    void finishToStart_withLag() {
        Schedule s = plan(project(activity("A", 3), activity("B", 2).predecessor(link("A", DependencyType.FS, 2))));
        assertThat(times(s, "B")).containsExactly(5, 7, 5, 7, 0);
        assertThat(times(s, "A")).containsExactly(0, 3, 0, 3, 0);
    }

    /** A lead: B FS-1 starts at 3 - 1 = 2, overlapping A's last day. */
    @Test
    void finishToStart_withLead() {
        Schedule s = plan(project(activity("A", 3), activity("B", 2).predecessor(link("A", DependencyType.FS, -1))));
        assertThat(times(s, "B")).containsExactly(2, 4, 2, 4, 0);
        assertThat(s.earlyStartDate(1)).isEqualTo(LocalDate.of(2026, 1, 7));
    }

    /** A [0,3); B (4 days) SS+1: [1,5), finish 5. A: LS <= LS(B) - 1 = 0, so LF = 3, TF 0. */
    @Test
    void startToStart_withLag() {
        Schedule s = plan(project(activity("A", 3), activity("B", 4).predecessor(link("A", DependencyType.SS, 1))));
        assertThat(times(s, "B")).containsExactly(1, 5, 1, 5, 0);
        assertThat(times(s, "A")).containsExactly(0, 3, 0, 3, 0);
    }

    /** A [0,5); B (2 days) FF+2 finishes at 5 + 2 = 7: [5,7). A: LF <= LF(B) - 2 = 5, TF 0. */
    @Test
    void finishToFinish_withLag() {
        Schedule s = plan(project(activity("A", 5), activity("B", 2).predecessor(link("A", DependencyType.FF, 2))));
        assertThat(times(s, "B")).containsExactly(5, 7, 5, 7, 0);
        assertThat(times(s, "A")).containsExactly(0, 5, 0, 5, 0);
    }

    /**
     * A [0,2); B (5 days) FF-1 would finish no earlier than 1, so start at 1 - 5 = -4: the project start
     * holds it at 0, [0,5). A: LF <= LF(B) + 1 = 6, capped by the project finish 5: TF 3. Free float:
     * the link's slack EF(B) - (EF(A) - 1) = 4, capped by the project finish minus EF(A) = 3.
     */
    @Test
    void finishToFinish_withLead_isHeldAtTheProjectStart() {
        Schedule s = plan(project(activity("A", 2), activity("B", 5).predecessor(link("A", DependencyType.FF, -1))));
        assertThat(times(s, "B")).containsExactly(0, 5, 0, 5, 0);
        assertThat(times(s, "A")).containsExactly(0, 2, 3, 5, 3);
        assertThat(s.freeFloat(0)).isEqualTo(3);
    }

    /** A [0,2); B (2 days) SF+3 finishes no earlier than ES(A) + 3 = 3: [1,3). A: LS <= LF(B) - 3 = 0. */
    @Test
    void startToFinish_withLag() {
        Schedule s = plan(project(activity("A", 2), activity("B", 2).predecessor(link("A", DependencyType.SF, 3))));
        assertThat(times(s, "B")).containsExactly(1, 3, 1, 3, 0);
        assertThat(times(s, "A")).containsExactly(0, 2, 0, 2, 0);
        assertThat(s.criticalPaths()).containsExactly(java.util.List.of(id("A"), id("B")));
    }

    /**
     * A milestone M after A [0,3) sits at boundary 3: its date is the date of day 2 (Wednesday
     * 2026-01-07), the day A ends; B after M starts at 3 (Thursday). A milestone at 0 is dated day 0.
     */
    @Test
    void milestone_isDatedOnTheDayItsPredecessorsEnd() {
        Schedule s = plan(project(activity("S", 0), activity("A", 3, "S"), activity("M", 0, "A"), activity("B", 1, "M")));
        assertThat(times(s, "M")).containsExactly(3, 3, 3, 3, 0);
        assertThat(s.earlyStartDate(2)).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(s.earlyFinishDate(2)).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(s.earlyStartDate(3)).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(s.earlyStartDate(0)).isEqualTo(Fixtures.START);
        assertThat(s.projectFinishDate()).isEqualTo(LocalDate.of(2026, 1, 8));
    }

    // ---- constraints ----

    /** SNET Thursday 2026-01-08 (offset 3): [3,5), dated 01-08 to 01-09. Free to slip to the finish: TF 0 alone. */
    @Test
    void startNoEarlierThan() {
        Schedule s = plan(project(activity("A", 2).constraint(constraint(ConstraintType.START_NO_EARLIER_THAN,
                LocalDate.of(2026, 1, 8)))));
        assertThat(times(s, "A")).containsExactly(3, 5, 3, 5, 0);
        assertThat(s.earlyStartDate(0)).isEqualTo(LocalDate.of(2026, 1, 8));
        assertThat(s.earlyFinishDate(0)).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    /** SNET on Saturday 2026-01-10 means the next working day, Monday 01-12 (offset 5). */
    @Test
    void startNoEarlierThan_onADayOff_meansTheNextWorkingDay() {
        Schedule s = plan(project(activity("A", 2).constraint(constraint(ConstraintType.START_NO_EARLIER_THAN,
                LocalDate.of(2026, 1, 10)))));
        assertThat(s.earlyStart(0)).isEqualTo(5);
        assertThat(s.earlyStartDate(0)).isEqualTo(LocalDate.of(2026, 1, 12));
    }

    /**
     * A [0,5) then B [5,10); B FNLT Wednesday 2026-01-14 (day 7): LF(B) = 8, so TF(B) = 8 - 10 = -2, and
     * LF(A) = LS(B) = 3: TF(A) = -2. Negative float, no exception; both critical.
     */
    @Test
    void finishNoLaterThan_thatCannotBeMet_givesNegativeFloat() {
        Schedule s = plan(project(activity("A", 5), activity("B", 5, "A").constraint(
                constraint(ConstraintType.FINISH_NO_LATER_THAN, LocalDate.of(2026, 1, 14)))));
        assertThat(times(s, "B")).containsExactly(5, 10, 3, 8, -2);
        assertThat(times(s, "A")).containsExactly(0, 5, -2, 3, -2);
        assertThat(s.criticalActivities()).containsExactly(id("A"), id("B"));
        assertThat(s.lateFinishDate(1)).isEqualTo(LocalDate.of(2026, 1, 14));
        assertThat(s.lateStartDate(0)).isEqualTo(LocalDate.of(2026, 1, 1)); // day -2: Thursday before the start
    }

    /** FNLT on Saturday 2026-01-17 means Friday 01-16 (day 9): LF = 10 = EF, TF 0. */
    @Test
    void finishNoLaterThan_onADayOff_meansTheWorkingDayBefore() {
        Schedule s = plan(project(activity("A", 5), activity("B", 5, "A").constraint(
                constraint(ConstraintType.FINISH_NO_LATER_THAN, LocalDate.of(2026, 1, 17)))));
        assertThat(times(s, "B")).containsExactly(5, 10, 5, 10, 0);
    }

    /**
     * A alone with a longer sibling Z [0,10): FNLT Friday 01-09 (day 4) gives LF 5 instead of 10: TF 2 instead
     * of 7. A finish constraint tightens late dates even when the project finish is later.
     */
    @Test
    void finishNoLaterThan_tightensLateDates() {
        Schedule s = plan(project(activity("Z", 10), activity("A", 3).constraint(
                constraint(ConstraintType.FINISH_NO_LATER_THAN, LocalDate.of(2026, 1, 9)))));
        assertThat(times(s, "A")).containsExactly(0, 3, 2, 5, 2);
    }

    /** MSO Wednesday 01-07 (day 2): ES 2 and LS 2 (not the 7 the finish would allow), TF 0. */
    @Test
    void mustStartOn_pinsBothStarts() {
        Schedule s = plan(project(activity("Z", 10), activity("A", 3).constraint(
                constraint(ConstraintType.MUST_START_ON, LocalDate.of(2026, 1, 7)))));
        assertThat(times(s, "A")).containsExactly(2, 5, 2, 5, 0);
    }

    /** MSO day 2 behind X [0,4): logic wins, ES 4, but LS stays 2: TF -2. */
    @Test
    void mustStartOn_thatCannotBeMet_givesNegativeFloat() {
        Schedule s = plan(project(activity("X", 4), activity("A", 3, "X").constraint(
                constraint(ConstraintType.MUST_START_ON, LocalDate.of(2026, 1, 7)))));
        assertThat(times(s, "A")).containsExactly(4, 7, 2, 5, -2);
        assertThat(times(s, "X")).containsExactly(0, 4, -2, 2, -2);
    }

    /** MFO Friday 01-09 (day 4, so EF 5) on a 2-day activity: [3,5), LF 5, TF 0 beside Z [0,10). */
    @Test
    void mustFinishOn_pinsBothFinishes() {
        Schedule s = plan(project(activity("Z", 10), activity("A", 2).constraint(
                constraint(ConstraintType.MUST_FINISH_ON, LocalDate.of(2026, 1, 9)))));
        assertThat(times(s, "A")).containsExactly(3, 5, 3, 5, 0);
        assertThat(s.earlyFinishDate(1)).isEqualTo(LocalDate.of(2026, 1, 9));
    }

    /** MFO day 4 behind X [0,5): ES 5, EF 7, LF 5: TF -2. */
    @Test
    void mustFinishOn_thatCannotBeMet_givesNegativeFloat() {
        Schedule s = plan(project(activity("X", 5), activity("A", 2, "X").constraint(
                constraint(ConstraintType.MUST_FINISH_ON, LocalDate.of(2026, 1, 9)))));
        assertThat(times(s, "A")).containsExactly(5, 7, 3, 5, -2);
    }

    /**
     * A milestone's start and finish are its date: MSO Wednesday 01-07 (day 2) puts it at boundary 3,
     * dated 01-07; MFO Friday 01-09 at boundary 5, dated 01-09.
     */
    @Test
    void constraintsOnAMilestone_putItOnTheDate() {
        Schedule s = plan(project(activity("Z", 10),
                activity("M", 0).constraint(constraint(ConstraintType.MUST_START_ON, LocalDate.of(2026, 1, 7))),
                activity("N", 0).constraint(constraint(ConstraintType.MUST_FINISH_ON, LocalDate.of(2026, 1, 9)))));
        assertThat(times(s, "M")).containsExactly(3, 3, 3, 3, 0);
        assertThat(s.earlyStartDate(1)).isEqualTo(LocalDate.of(2026, 1, 7));
        assertThat(times(s, "N")).containsExactly(5, 5, 5, 5, 0);
        assertThat(s.earlyFinishDate(2)).isEqualTo(day(4));
    }
}
