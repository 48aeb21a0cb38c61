package org.pmokit.core.validation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityChanges;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Assignment;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Identified;
import org.pmokit.core.project.Milestone;
import org.pmokit.core.project.PredecessorAddition;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.ResourceId;
import org.pmokit.core.project.Risk;

/**
 * The checks between entities: identifiers unique per kind, and every reference resolving to an
 * entity that exists.
 */
final class ReferenceChecks {

    private ReferenceChecks() {
    }

    static void check(Project p, List<Violation> out) {
        Set<Object> requirementIds = unique(p.requirements(), "requirements", "requirement", out);
        Set<Object> resourceIds = unique(p.resources(), "resources", "resource", out);
        Set<Object> activityIds = unique(p.activities(), "activities", "activity", out);
        unique(p.goals(), "goals", "goal", out);
        unique(p.milestones(), "milestones", "milestone", out);
        unique(p.risks(), "risks", "risk", out);
        Set<Object> changeIds = unique(p.changeRequests(), "changeRequests", "change request", out);

        for (Goal g : p.goals()) {
            for (int i = 0; i < g.requirements().size(); i++) {
                ref(requirementIds, g.requirements().get(i), "goals[" + g.id() + "].requirements[" + i + "]",
                        "requirement", out);
            }
        }
        for (Activity a : p.activities()) {
            checkActivityLinks(a, "activities", activityIds, resourceIds, out);
        }
        for (Milestone m : p.milestones()) {
            m.activity().ifPresent(id -> ref(activityIds, id, "milestones[" + m.id() + "].activity", "activity", out));
        }
        for (Risk r : p.risks()) {
            for (int i = 0; i < r.activities().size(); i++) {
                ref(activityIds, r.activities().get(i), "risks[" + r.id() + "].activities[" + i + "]", "activity", out);
            }
        }
        for (int i = 0; i < p.progress().size(); i++) {
            ActivityId id = p.progress().get(i).activity();
            if (!activityIds.contains(id)) {
                unknown("progress[" + i + "].activity", "activity", id, out);
            }
        }
        for (int i = 0; i < p.actualCosts().size(); i++) {
            ActivityId id = p.actualCosts().get(i).activity();
            if (!activityIds.contains(id)) {
                unknown("actualCosts[" + i + "].activity", "activity", id, out);
            }
        }
        Set<Integer> versions = new HashSet<>();
        for (int b = 0; b < p.baselines().size(); b++) {
            Baseline baseline = p.baselines().get(b);
            if (!versions.add(baseline.version())) {
                out.add(Violation.of("baselines[" + b + "].version", ViolationCode.ID_DUPLICATE, "baseline version",
                        baseline.version()));
            }
            if (baseline.change().isPresent() && !changeIds.contains(baseline.change().get())) {
                unknown("baselines[" + b + "].change", "change request", baseline.change().get(), out);
            }
            Set<ActivityId> seen = new HashSet<>();
            for (int i = 0; i < baseline.activities().size(); i++) {
                BaselineActivity ba = baseline.activities().get(i);
                boolean known = activityIds.contains(ba.activity());
                boolean first = seen.add(ba.activity());
                if (!known || !first) {
                    String path = "baselines[" + b + "].activities[" + i + "].activity";
                    if (!known) {
                        unknown(path, "activity", ba.activity(), out);
                    }
                    if (!first) {
                        out.add(Violation.of(path, ViolationCode.ID_DUPLICATE, "baseline activity", ba.activity()));
                    }
                }
            }
            release(seen);
        }
        for (ChangeRequest cr : p.changeRequests()) {
            cr.activities().ifPresent(changes -> checkChanges(changes, "changeRequests[" + cr.id() + "].activities",
                    activityIds, resourceIds, out));
        }
        release(activityIds);
    }

    /**
     * Checks an activity's predecessors and resources; {@code listPath} is the path of the list that
     * holds the activity, such as {@code activities}. Paths are written only for a violation: a
     * valid project of a million links makes no string.
     */
    private static void checkActivityLinks(Activity a, String listPath, Set<Object> activityIds,
            Set<Object> resourceIds, List<Violation> out) {
        List<Dependency> predecessors = a.predecessors();
        for (int i = 0; i < predecessors.size(); i++) {
            ActivityId id = predecessors.get(i).predecessor();
            if (!activityIds.contains(id)) {
                unknown(listPath + "[" + a.id() + "].predecessors[" + i + "].activity", "activity", id, out);
            }
        }
        List<Assignment> resources = a.resources();
        for (int i = 0; i < resources.size(); i++) {
            ResourceId id = resources.get(i).resource();
            if (!resourceIds.contains(id)) {
                unknown(listPath + "[" + a.id() + "].resources[" + i + "].resource", "resource", id, out);
            }
        }
    }

    /** Proposed edits may refer to existing activities and to the ones the same change adds. */
    private static void checkChanges(ActivityChanges changes, String path, Set<Object> activityIds,
            Set<Object> resourceIds, List<Violation> out) {
        Set<Object> after = new HashSet<>(activityIds);
        for (int i = 0; i < changes.add().size(); i++) {
            Activity added = changes.add().get(i);
            if (!after.add(added.id())) {
                out.add(Violation.of(path + ".add[" + added.id() + "]", ViolationCode.ID_DUPLICATE, "activity",
                        added.id()));
            }
        }
        for (Activity added : changes.add()) {
            checkActivityLinks(added, path + ".add", after, resourceIds, out);
        }
        for (int i = 0; i < changes.remove().size(); i++) {
            ref(activityIds, changes.remove().get(i), path + ".remove[" + i + "]", "activity", out);
        }
        for (int i = 0; i < changes.modify().size(); i++) {
            ref(activityIds, changes.modify().get(i).activity(), path + ".modify[" + i + "].activity", "activity", out);
        }
        for (int i = 0; i < changes.addPredecessors().size(); i++) {
            PredecessorAddition link = changes.addPredecessors().get(i);
            ref(after, link.activity(), path + ".addPredecessors[" + i + "].activity", "activity", out);
            ref(after, link.predecessor(), path + ".addPredecessors[" + i + "].predecessor", "activity", out);
        }
        release(after);
    }

    private static <E extends Identified<?>> Set<Object> unique(List<E> entities, String listName, String kind,
            List<Violation> out) {
        Set<Object> ids = new HashSet<>(entities.size() * 2);
        for (E entity : entities) {
            Object id = entity.id();
            if (!ids.add(id)) {
                out.add(Violation.of(listName + "[" + id + "]", ViolationCode.ID_DUPLICATE, kind, id));
            }
        }
        return ids;
    }

    private static void ref(Set<Object> known, Object id, String path, String kind, List<Violation> out) {
        if (!known.contains(id)) {
            unknown(path, kind, id, out);
        }
    }

    private static void unknown(String path, String kind, Object id, List<Violation> out) {
        out.add(Violation.of(path, ViolationCode.REFERENCE_UNKNOWN, path, kind, id));
    }

    /**
     * Empties a set that is no longer needed, so that its entries die young. The table of a large
     * hash set (100,000 activities need 1 MB) is a humongous object for G1 (at least half a heap
     * region); it stays in the old generation until the next concurrent marking and, until then,
     * keeps its entries alive through every young collection, which copies them again and again.
     */
    private static void release(Set<?> set) {
        set.clear();
    }
}
