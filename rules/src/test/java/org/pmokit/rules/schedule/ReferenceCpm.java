package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/**
 * An obviously correct critical path method to check the engine against: no ordering, no arrays,
 * just the inequalities of FORMULAS.md section 2 relaxed over every activity and link until nothing
 * changes, with maps by identifier. Plans from the project start (no progress); handles the four
 * constraint types as {@link ScheduleNetwork} documents them.
 */
final class ReferenceCpm {

    final Map<ActivityId, Integer> es = new HashMap<>();
    final Map<ActivityId, Integer> ef = new HashMap<>();
    final Map<ActivityId, Integer> ls = new HashMap<>();
    final Map<ActivityId, Integer> lf = new HashMap<>();
    final Map<ActivityId, Integer> freeFloat = new HashMap<>();
    int projectFinish;

    private static final int INF = 1_000_000_000;

    ReferenceCpm(Project project) {
        List<Activity> activities = project.activities();
        WorkCalendar cal = project.calendar();
        LocalDate origin = project.start();
        Map<ActivityId, Activity> byId = new HashMap<>();
        Map<ActivityId, int[]> bounds = new HashMap<>(); // minStart, maxStart, minFinish, maxFinish
        for (Activity a : activities) {
            byId.put(a.id(), a);
            int[] b = {0, INF, -INF, INF};
            if (a.constraint().isPresent()) {
                ActivityConstraint c = a.constraint().get();
                // a start on a date is its first working day; a milestone's date is the day before its boundary
                int startBound = cal.offsetOf(origin, c.date()) + (a.duration() == 0 ? 1 : 0);
                // a finish on a date: the working days up to and including it
                int finishBound = cal.offsetOf(origin, c.date().plusDays(1));
                switch (c.type()) {
                    case START_NO_EARLIER_THAN -> b[0] = Math.max(b[0], startBound);
                    case MUST_START_ON -> {
                        b[0] = Math.max(b[0], startBound);
                        b[1] = startBound;
                    }
                    case FINISH_NO_LATER_THAN -> b[3] = finishBound;
                    case MUST_FINISH_ON -> {
                        b[2] = finishBound;
                        b[3] = finishBound;
                    }
                    default -> throw new AssertionError(c.type());
                }
            }
            bounds.put(a.id(), b);
            es.put(a.id(), b[0]);
            ef.put(a.id(), b[0] + a.duration());
        }
        // Forward: raise early times until every link and bound holds.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Activity s : activities) {
                int d = s.duration();
                int[] b = bounds.get(s.id());
                int start = Math.max(b[0], b[2] - d);
                for (Dependency l : s.predecessors()) {
                    ActivityId p = l.predecessor();
                    start = Math.max(start, switch (l.type()) {
                        case FS -> ef.get(p) + l.lag();
                        case SS -> es.get(p) + l.lag();
                        case FF -> ef.get(p) + l.lag() - d;
                        case SF -> es.get(p) + l.lag() - d;
                    });
                }
                if (start != es.get(s.id())) {
                    es.put(s.id(), start);
                    ef.put(s.id(), start + d);
                    changed = true;
                }
            }
        }
        projectFinish = activities.stream().mapToInt(a -> ef.get(a.id())).max().orElse(0);
        for (Activity a : activities) {
            lf.put(a.id(), INF);
            ls.put(a.id(), INF);
        }
        // Backward: lower late times until every link and bound holds.
        for (boolean changed = true; changed; ) {
            changed = false;
            for (Activity p : activities) {
                int d = p.duration();
                int[] b = bounds.get(p.id());
                int finish = Math.min(projectFinish, Math.min(b[3], b[1] + d));
                for (Activity s : activities) {
                    for (Dependency l : s.predecessors()) {
                        if (l.predecessor().equals(p.id())) {
                            finish = Math.min(finish, switch (l.type()) {
                                case FS -> ls.get(s.id()) - l.lag();
                                case SS -> ls.get(s.id()) - l.lag() + d;
                                case FF -> lf.get(s.id()) - l.lag();
                                case SF -> lf.get(s.id()) - l.lag() + d;
                            });
                        }
                    }
                }
                if (finish != lf.get(p.id())) {
                    lf.put(p.id(), finish);
                    ls.put(p.id(), finish - d);
                    changed = true;
                }
            }
        }
        // Free float: the least slack of the links out, at most the slack to the project finish, not negative.
        for (Activity p : activities) {
            int slack = projectFinish - ef.get(p.id());
            for (Activity s : activities) {
                for (Dependency l : s.predecessors()) {
                    if (l.predecessor().equals(p.id())) {
                        int v = switch (l.type()) {
                            case FS -> es.get(s.id()) - (ef.get(p.id()) + l.lag());
                            case SS -> es.get(s.id()) - (es.get(p.id()) + l.lag());
                            case FF -> ef.get(s.id()) - (ef.get(p.id()) + l.lag());
                            case SF -> ef.get(s.id()) - (es.get(p.id()) + l.lag());
                        };
                        slack = Math.min(slack, v);
                    }
                }
            }
            freeFloat.put(p.id(), Math.max(0, slack));
        }
    }
}
