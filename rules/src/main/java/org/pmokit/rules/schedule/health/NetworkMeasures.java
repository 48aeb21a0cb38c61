package org.pmokit.rules.schedule.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;

/**
 * The DCMA checks that read the project's network as it is written, without scheduling it: logic
 * (1), leads (2), lags (3), relationship types (4), hard constraints (5), high duration (8), invalid
 * dates (9) and resources (10). They measure the activities not finished at the status date and the
 * links into them (the DCMA assessment counts incomplete tasks: a finished activity's logic no
 * longer drives anything), except invalid dates, which looks at every activity.
 *
 * <p><b>Logic.</b> An activity misses a predecessor when it has no link into it, a successor when no
 * activity names it as a predecessor. Milestones mark the start and the finish of the network: a
 * milestone with successors but no predecessor, or with predecessors but no successor, misses
 * nothing. An activity missing both counts once.
 *
 * <p><b>Links.</b> A lead is a negative lag, a lag a positive one. A link from an activity that the
 * project does not hold still counts (the validator reports it).
 *
 * <p><b>Resources.</b> An activity with work (a duration) has resources when it has an assignment or
 * a budget above zero.
 *
 * <p>This class is immutable and thread-safe.
 */
final class NetworkMeasures {

    private NetworkMeasures() {
    }

    /** Measures the eight checks into {@code out}. */
    static void measure(Project project, ProgressFacts progress, Policy policy, Map<HealthCheck, Measure> out) {
        List<Activity> activities = project.activities();
        int n = activities.size();
        boolean[] hasSuccessor = successors(activities);
        Tally logic = new Tally(HealthCheck.LOGIC);
        Tally leads = new Tally(HealthCheck.LEADS);
        Tally lags = new Tally(HealthCheck.LAGS);
        Tally types = new Tally(HealthCheck.RELATIONSHIP_TYPES);
        Tally hard = new Tally(HealthCheck.HARD_CONSTRAINTS);
        Tally duration = new Tally(HealthCheck.HIGH_DURATION);
        Tally invalid = new Tally(HealthCheck.INVALID_DATES);
        Tally resources = new Tally(HealthCheck.RESOURCES);
        int longest = policy.get(PolicyKeys.DCMA_HIGH_DURATION_DAYS);
        for (int i = 0; i < n; i++) {
            Activity a = activities.get(i);
            ActivityId id = a.id();
            invalid.member();
            if (progress.invalid(i)) {
                invalid.found(id, id.value());
            }
            if (progress.finished(i)) {
                continue;
            }
            logic.member();
            hard.member();
            duration.member();
            resources.member();
            boolean noPredecessor = a.predecessors().isEmpty() && !(a.isMilestone() && hasSuccessor[i]);
            boolean noSuccessor = !hasSuccessor[i] && !(a.isMilestone() && !a.predecessors().isEmpty());
            if (noPredecessor || noSuccessor) {
                logic.found(id, id.value());
            }
            if (a.constraint().filter(ActivityConstraint::isHard).isPresent()) {
                ActivityConstraint c = a.constraint().get();
                hard.found(id, id.value() + " (" + c.type() + " " + c.date() + ")");
            }
            if (a.duration() > longest) {
                duration.found(id, id.value());
            }
            if (a.duration() > 0 && a.resources().isEmpty()
                    && a.budget().map(Money::amount).filter(b -> b.signum() > 0).isEmpty()) {
                resources.found(id, id.value());
            }
            for (Dependency d : a.predecessors()) {
                leads.member();
                lags.member();
                types.member();
                if (d.lag() < 0) {
                    leads.found(id, label(d, id));
                } else if (d.lag() > 0) {
                    lags.found(id, label(d, id));
                }
                if (d.type() == DependencyType.FS) {
                    types.complies();
                } else {
                    types.listed(id, label(d, id));
                }
            }
        }
        for (Tally t : List.of(logic, leads, lags, types, hard, duration, invalid, resources)) {
            Measure m = t.measure();
            out.put(m.check(), m);
        }
    }

    /** Which activities some activity names as a predecessor, by index. */
    private static boolean[] successors(List<Activity> activities) {
        int n = activities.size();
        Map<ActivityId, Integer> index = new HashMap<>(2 * n);
        for (int i = n - 1; i >= 0; i--) {
            index.put(activities.get(i).id(), i);
        }
        boolean[] has = new boolean[n];
        for (Activity a : activities) {
            for (Dependency d : a.predecessors()) {
                Integer p = index.get(d.predecessor());
                if (p != null) {
                    has[p] = true;
                }
            }
        }
        return has;
    }

    /** A link as the reader sees it, such as {@code A17 -> A19 (FS -5)} or {@code A3 -> A4 (SS +5)}. */
    static String label(Dependency d, ActivityId successor) {
        String lag = d.lag() == 0 ? "" : d.lag() > 0 ? " +" + d.lag() : " " + d.lag();
        return d.predecessor() + " -> " + successor + " (" + d.type() + lag + ")";
    }
}
