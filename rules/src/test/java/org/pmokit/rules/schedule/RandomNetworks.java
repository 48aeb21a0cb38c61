package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityConstraint;
import org.pmokit.core.project.ConstraintType;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;

/**
 * Random acyclic networks for the property tests: 1-40 activities (some milestones), links of all
 * four types with lags from -4 to 4 to earlier-created activities, optionally date constraints, and
 * the activities and their links listed in random order.
 */
final class RandomNetworks {

    private RandomNetworks() {
    }

    static Project generate(long seed, boolean constraints) {
        return generate(seed, constraints, false);
    }

    /** As {@link #generate(long, boolean)}, with finish-to-start links only if asked. */
    static Project generate(long seed, boolean constraints, boolean finishToStartOnly) {
        Random r = new Random(seed);
        int n = 1 + r.nextInt(40);
        DependencyType[] types = DependencyType.values();
        ConstraintType[] kinds = ConstraintType.values();
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Activity.Builder b = Activity.builder("A" + i, "Activity " + i)
                    .duration(r.nextInt(6) == 0 ? 0 : 1 + r.nextInt(8));
            int links = i == 0 ? 0 : r.nextInt(4);
            for (int k = 0; k < links; k++) {
                b.predecessor(Dependency.of("A" + r.nextInt(i), finishToStartOnly ? DependencyType.FS : types[r.nextInt(4)], r.nextInt(3) == 0 ? r.nextInt(9) - 4 : 0));
            }
            if (constraints && r.nextInt(5) == 0) {
                b.constraint(new ActivityConstraint(kinds[r.nextInt(kinds.length)],
                        Fixtures.START.plusDays(r.nextInt(50))));
            }
            activities.add(b.build());
        }
        Collections.shuffle(activities, r);
        return Fixtures.projectBuilder(activities).build();
    }

    /** The same project with its activities and every activity's links in another order. */
    static Project reordered(Project project, long seed) {
        Random r = new Random(seed);
        List<Activity> activities = new ArrayList<>();
        for (Activity a : project.activities()) {
            List<Dependency> links = new ArrayList<>(a.predecessors());
            Collections.shuffle(links, r);
            activities.add(a.toBuilder().predecessors(links).build());
        }
        Collections.shuffle(activities, r);
        return project.toBuilder().activities(activities).build();
    }

    /** A status date somewhere in the first ten weeks. */
    static LocalDate statusDate(long seed) {
        return Fixtures.START.plusDays(new Random(seed).nextInt(70));
    }
}
