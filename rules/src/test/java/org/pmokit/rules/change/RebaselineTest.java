package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.pmokit.rules.change.ChangeFixtures.cny;
import static org.pmokit.rules.change.ChangeFixtures.row;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActivityModification;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.Schedule;

class RebaselineTest {

    private static final LocalDate APPROVED = LocalDate.of(2026, 1, 12);

    private static ChangeRequest with(ActivityChanges edits) {
        ChangeRequest c = ChangeFixtures.change(ChangeStatus.APPROVED);
        return new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(), c.status(),
                c.decisions(), Optional.of(edits), c.history());
    }

    private static Schedule plan(Project p) {
        return CriticalPath.standard().plan(p, WorkCalendar.MON_FRI);
    }

    @Test
    void next_isTheNextVersion_fromTheSchedule_linkedToTheChange() {
        ChangeRequest cr = ChangeFixtures.change(ChangeStatus.APPROVED);
        Project changed = ProposedChanges.apply(ChangeFixtures.projectBuilder().build(), cr).orElseThrow();

        Baseline b = Rebaseline.next(changed, plan(changed), cr, APPROVED);

        // A2b (8 days) after A2 (offsets 5-15): 15-23 = Jan 26 - Feb 4; A3 after A2b: 23-28 = Feb 5-11
        assertThat(b).isEqualTo(new Baseline(2, APPROVED, List.of(
                row("A1", "2026-01-05", "2026-01-09", "300000.00"),
                row("A2", "2026-01-12", "2026-01-23", "500000.00"),
                row("A3", "2026-02-05", "2026-02-11", "200000.00"),
                row("A2b", "2026-01-26", "2026-02-04", "44000.00")), Optional.of(ChangeFixtures.CR1)));
    }

    @Test
    void next_keepsTheBaselineBudgets_ofActivitiesTheChangeDoesNotTouch() {
        // A1's own budget drifted to 310,000 without a change; the change modifies A2's budget only
        Project drifted = ChangeFixtures.projectBuilder().build();
        drifted = drifted.toBuilder().activities(List.of(drifted.activities().get(0).toBuilder().budget(cny("310000.00"))
                .build(), drifted.activities().get(1), drifted.activities().get(2))).build();
        ChangeRequest cr = with(new ActivityChanges(List.of(), List.of(), List.of(new ActivityModification(
                ActivityId.of("A2"), Optional.empty(), OptionalInt.empty(), Optional.of(cny("520000.00")))), List.of()));
        Project changed = ProposedChanges.apply(drifted, cr).orElseThrow();

        Baseline b = Rebaseline.next(changed, plan(changed), cr, APPROVED);

        assertThat(b.activities()).extracting(r -> r.budget().amount().toPlainString())
                .containsExactly("300000.00", "520000.00", "200000.00");
    }

    @Test
    void next_withoutABaseline_isVersionOne_atTheActivitiesBudgets() {
        ChangeRequest cr = ChangeFixtures.change(ChangeStatus.APPROVED);
        Project p = ChangeFixtures.projectBuilder().baselines(List.of()).build();

        Baseline b = Rebaseline.next(p, plan(p), cr, APPROVED);

        assertThat(b.version()).isEqualTo(1);
        assertThat(b.activities()).extracting(r -> r.budget().amount().toPlainString())
                .containsExactly("300000.00", "500000.00", "200000.00");
    }

    @Test
    void next_refusesAScheduleOfAnotherProject() {
        ChangeRequest cr = ChangeFixtures.change(ChangeStatus.APPROVED);
        Project changed = ProposedChanges.apply(ChangeFixtures.projectBuilder().build(), cr).orElseThrow();
        Project original = ChangeFixtures.projectBuilder().build();

        assertThatIllegalArgumentException().isThrownBy(() -> Rebaseline.next(original, plan(changed), cr, APPROVED))
                .withMessage("the schedule has activity A2b, which the project P1 does not have");
    }
}
