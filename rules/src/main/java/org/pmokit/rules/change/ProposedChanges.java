package org.pmokit.rules.change;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActivityModification;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Text;

/**
 * Applies the activity edits a change request proposes to a copy of a project, in this order:
 * remove, add, modify, add links. Removing an activity also removes the links to it; an activity
 * with recorded progress or actual cost, or that a milestone marks, cannot be removed (the work
 * done and the milestone would lose their activity). An added activity needs an identifier the
 * project does not have; a modified activity, and both ends of an added link, must exist once the
 * additions are made; a link may not repeat one the activity already has, nor make an activity its
 * own predecessor. Every problem is reported at once, in the order found.
 *
 * <p>New activities are appended in the order proposed; the others keep their place. Whether the
 * changed project can still be scheduled (no cycle) is the critical path engine's to say.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProposedChanges {

    private ProposedChanges() {
    }

    /**
     * Applies a change request's proposed activity edits to a copy of a project.
     *
     * @param project the project
     * @param change the change request; one without proposed edits leaves the project as it is
     * @return the changed project, or a refusal listing every edit that does not apply
     */
    public static Result<Project> apply(Project project, ChangeRequest change) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(change, "change");
        if (change.activities().isEmpty() || change.activities().get().isEmpty()) {
            return Result.accepted(project);
        }
        ActivityChanges edits = change.activities().get();
        List<Text> problems = new ArrayList<>();
        Map<ActivityId, Activity> activities = new LinkedHashMap<>();
        for (Activity a : project.activities()) {
            if (activities.putIfAbsent(a.id(), a) != null) {
                problems.add(Text.of("the project has two activities with the id " + a.id(),
                        "项目中有两个标识为 " + a.id() + " 的任务"));
            }
        }

        Set<ActivityId> removed = new HashSet<>();
        for (ActivityId id : edits.remove()) {
            Optional<Text> refusal = whyNotRemovable(project, id, activities);
            if (refusal.isPresent()) {
                problems.add(refusal.get());
            } else {
                activities.remove(id);
                removed.add(id);
            }
        }
        if (!removed.isEmpty()) {
            activities.replaceAll((id, a) -> withoutLinksTo(a, removed));
        }
        for (Activity a : edits.add()) {
            if (activities.containsKey(a.id())) {
                problems.add(Text.of("activity " + a.id() + " cannot be added: the project already has it",
                        "无法新增任务 " + a.id() + "：项目中已有该任务"));
            } else {
                activities.put(a.id(), a);
            }
        }
        for (Activity a : edits.add()) {
            for (Dependency d : a.predecessors()) {
                if (!activities.containsKey(d.predecessor())) {
                    problems.add(Text.of("added activity " + a.id() + " depends on " + d.predecessor() + ", which is not an activity of the project",
                            "新增任务 " + a.id() + " 的紧前任务 " + d.predecessor() + " 不是项目中的任务"));
                }
            }
        }
        for (ActivityModification m : edits.modify()) {
            Activity a = activities.get(m.activity());
            if (a == null) {
                problems.add(Text.of("activity " + m.activity() + " cannot be modified: it is not an activity of the project",
                        "无法修改任务 " + m.activity() + "：项目中没有该任务"));
                continue;
            }
            Activity.Builder b = a.toBuilder();
            m.name().ifPresent(b::name);
            m.duration().ifPresent(b::duration);
            m.budget().ifPresent(b::budget);
            activities.put(a.id(), b.build());
        }
        for (PredecessorAddition link : edits.addPredecessors()) {
            Activity a = activities.get(link.activity());
            boolean known = true;
            for (ActivityId end : List.of(link.activity(), link.predecessor())) {
                if (!activities.containsKey(end)) {
                    problems.add(Text.of("link " + link.predecessor() + " -> " + link.activity() + " cannot be added: " + end
                            + " is not an activity of the project",
                            "无法新增依赖关系 " + link.predecessor() + " -> " + link.activity() + "：" + end + " 不是项目中的任务"));
                    known = false;
                }
            }
            if (!known) {
                continue;
            }
            if (link.activity().equals(link.predecessor())) {
                problems.add(Text.of("link " + link.predecessor() + " -> " + link.activity() + " cannot be added: an activity cannot precede itself",
                        "无法新增依赖关系 " + link.predecessor() + " -> " + link.activity() + "：任务不能是自身的紧前任务"));
            } else if (a.predecessors().stream().anyMatch(d -> d.predecessor().equals(link.predecessor()))) {
                problems.add(Text.of("link " + link.predecessor() + " -> " + link.activity() + " cannot be added: " + link.activity()
                        + " already depends on " + link.predecessor(),
                        "无法新增依赖关系 " + link.predecessor() + " -> " + link.activity() + "：" + link.activity()
                        + " 已依赖 " + link.predecessor()));
            } else {
                activities.put(a.id(), a.toBuilder().predecessor(link.toDependency()).build());
            }
        }
        if (!problems.isEmpty()) {
            return Result.refused(Refusal.of(Refusal.Reason.NOT_APPLICABLE,
                    "the proposed activity changes of change request " + change.id() + " do not apply: "
                            + String.join("; ", problems.stream().map(Text::english).toList()),
                    "变更请求 " + change.id() + " 提议的任务变更无法应用："
                            + String.join("；", problems.stream().map(Text::chinese).toList())));
        }
        return Result.accepted(project.toBuilder().activities(activities.values()).build());
    }

    /** Why an activity cannot be removed, or empty if it can. */
    private static Optional<Text> whyNotRemovable(Project project, ActivityId id, Map<ActivityId, Activity> activities) {
        if (!activities.containsKey(id)) {
            return Optional.of(Text.of("activity " + id + " cannot be removed: it is not an activity of the project",
                    "无法删除任务 " + id + "：项目中没有该任务"));
        }
        for (Milestone m : project.milestones()) {
            if (m.activity().filter(id::equals).isPresent()) {
                return Optional.of(Text.of("activity " + id + " cannot be removed: milestone " + m.id() + " marks it",
                        "无法删除任务 " + id + "：里程碑 " + m.id() + " 以其为标志"));
            }
        }
        if (hasWorkDone(project, id)) {
            return Optional.of(Text.of("activity " + id + " cannot be removed: it has recorded progress or actual cost",
                    "无法删除任务 " + id + "：该任务已有进度或实际成本记录"));
        }
        return Optional.empty();
    }

    private static boolean hasWorkDone(Project project, ActivityId id) {
        for (ProgressRecord p : project.progress()) {
            if (p.activity().equals(id)) {
                return true;
            }
        }
        for (ActualCost c : project.actualCosts()) {
            if (c.activity().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static Activity withoutLinksTo(Activity a, Set<ActivityId> removed) {
        if (a.predecessors().stream().noneMatch(d -> removed.contains(d.predecessor()))) {
            return a;
        }
        return a.toBuilder().predecessors(a.predecessors().stream().filter(d -> !removed.contains(d.predecessor())).toList())
                .build();
    }
}
