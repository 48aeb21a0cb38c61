package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.change.ChangeFixtures.activity;
import static org.pmokit.rules.change.ChangeFixtures.cny;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActivityModification;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.MilestoneId;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Text;

class ProposedChangesTest {

    private static ChangeRequest with(ActivityChanges edits) {
        ChangeRequest c = ChangeFixtures.change(ChangeStatus.APPROVED);
        return new ChangeRequest(c.id(), c.title(), c.type(), c.requester(), c.submitted(), c.impact(), c.status(),
                c.decisions(), Optional.of(edits), c.history());
    }

    private static ActivityChanges edits(List<Activity> add, List<String> remove, List<ActivityModification> modify,
            List<PredecessorAddition> links) {
        return new ActivityChanges(add, remove.stream().map(ActivityId::of).toList(), modify, links);
    }

    private static PredecessorAddition link(String activity, String predecessor) {
        return new PredecessorAddition(ActivityId.of(activity), ActivityId.of(predecessor), DependencyType.FS, 0);
    }

    private static Project base() {
        return ChangeFixtures.projectBuilder().build();
    }

    private static Text refused(Project p, ActivityChanges edits) {
        Refusal r = ProposedChanges.apply(p, with(edits)).why().orElseThrow();
        assertThat(r.reason()).isEqualTo(Refusal.Reason.NOT_APPLICABLE);
        return r.message();
    }

    @Test
    void apply_addsModifiesAndLinks_leavingTheProjectAsItWas() {
        Project p = base();
        ActivityChanges e = edits(List.of(activity("A4", "Pilot", 3, "10.00", "A3")), List.of(),
                List.of(new ActivityModification(ActivityId.of("A2"), Optional.of("Build v2"), OptionalInt.of(12),
                        Optional.of(cny("550000.00")))),
                List.of(link("A3", "A1")));

        Project q = ProposedChanges.apply(p, with(e)).orElseThrow();

        assertThat(q.activities()).extracting(a -> a.id().toString()).containsExactly("A1", "A2", "A3", "A4");
        Activity a2 = q.activities().get(1);
        assertThat(a2.name()).isEqualTo("Build v2");
        assertThat(a2.duration()).isEqualTo(12);
        assertThat(a2.budget()).contains(cny("550000.00"));
        assertThat(q.activities().get(2).predecessors()).containsExactly(Dependency.fs("A2"), Dependency.fs("A1"));
        assertThat(p.activities().get(1).name()).isEqualTo("Build");
        assertThat(q.baselines()).isEqualTo(p.baselines());
    }

    @Test
    void apply_aModificationWithoutParts_changesNothing() {
        ActivityChanges e = edits(List.of(), List.of(), List.of(new ActivityModification(ActivityId.of("A2"),
                Optional.empty(), OptionalInt.empty(), Optional.empty())), List.of());

        assertThat(ProposedChanges.apply(base(), with(e)).orElseThrow().activities()).isEqualTo(base().activities());
    }

    @Test
    void apply_removingAnActivity_removesTheLinksToIt() {
        Project q = ProposedChanges.apply(base(), with(edits(List.of(), List.of("A2"), List.of(), List.of()))).orElseThrow();

        assertThat(q.activities()).extracting(a -> a.id().toString()).containsExactly("A1", "A3");
        assertThat(q.activities().get(1).predecessors()).isEmpty();
    }

    @Test
    void apply_aChangeWithoutEdits_isTheSameProject() {
        ChangeRequest none = ChangeFixtures.recorded("CR9", ChangeStatus.APPROVED, ChangeFixtures.impact(), List.of(),
                List.of());

        Project p = base();
        assertThat(ProposedChanges.apply(p, none).orElseThrow()).isSameAs(p);
        assertThat(ProposedChanges.apply(p, with(edits(List.of(), List.of(), List.of(), List.of()))).orElseThrow()).isSameAs(p);
    }

    @Test
    void apply_reportsEveryEditThatDoesNotApply_inBothLanguages() {
        ActivityChanges e = edits(
                List.of(activity("A1", "Again", 1, "1.00"), activity("A5", "New", 1, "1.00", "X9")),
                List.of("A7"),
                List.of(new ActivityModification(ActivityId.of("A8"), Optional.empty(), OptionalInt.of(1), Optional.empty())),
                List.of(link("A3", "A9"), link("A2", "A2"), link("A2", "A1")));

        Text m = refused(base(), e);

        assertThat(m.english()).isEqualTo("the proposed activity changes of change request CR1 do not apply:"
                + " activity A7 cannot be removed: it is not an activity of the project;"
                + " activity A1 cannot be added: the project already has it;"
                + " added activity A5 depends on X9, which is not an activity of the project;"
                + " activity A8 cannot be modified: it is not an activity of the project;"
                + " link A9 -> A3 cannot be added: A9 is not an activity of the project;"
                + " link A2 -> A2 cannot be added: an activity cannot precede itself;"
                + " link A1 -> A2 cannot be added: A2 already depends on A1");
        assertThat(m.chinese()).isEqualTo("变更请求 CR1 提议的任务变更无法应用：无法删除任务 A7：项目中没有该任务；"
                + "无法新增任务 A1：项目中已有该任务；新增任务 A5 的紧前任务 X9 不是项目中的任务；无法修改任务 A8：项目中没有该任务；"
                + "无法新增依赖关系 A9 -> A3：A9 不是项目中的任务；无法新增依赖关系 A2 -> A2：任务不能是自身的紧前任务；"
                + "无法新增依赖关系 A1 -> A2：A2 已依赖 A1");
    }

    @Test
    void apply_refusesToRemoveWorkDone_orAMilestonesActivity() {
        LocalDate d = ChangeFixtures.START;
        Project withProgress = ChangeFixtures.projectBuilder()
                .progressRecord(new ProgressRecord(d, ActivityId.of("A1"), java.math.BigDecimal.TEN, Optional.of(d),
                        Optional.empty(), OptionalInt.empty()))
                .actualCost(new ActualCost(d, ActivityId.of("A2"), cny("5.00")))
                .milestone(new Milestone(MilestoneId.of("M1"), "Tested", Optional.empty(), Optional.of(ActivityId.of("A3")),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
                .build();

        Text m = refused(withProgress, edits(List.of(), List.of("A1", "A2", "A3"), List.of(), List.of()));

        assertThat(m.english()).isEqualTo("the proposed activity changes of change request CR1 do not apply:"
                + " activity A1 cannot be removed: it has recorded progress or actual cost;"
                + " activity A2 cannot be removed: it has recorded progress or actual cost;"
                + " activity A3 cannot be removed: milestone M1 marks it");
        assertThat(m.chinese()).contains("无法删除任务 A1：该任务已有进度或实际成本记录").contains("无法删除任务 A3：里程碑 M1 以其为标志");
    }

    @Test
    void apply_refusesAProjectWithTwoActivitiesOfOneId() {
        Project twice = ChangeFixtures.projectBuilder().activity(activity("A1", "Twin", 1, "1.00")).build();

        assertThat(refused(twice, ChangeFixtures.edits()).english()).isEqualTo("the proposed activity changes of change"
                + " request CR1 do not apply: the project has two activities with the id A1");
    }
}
