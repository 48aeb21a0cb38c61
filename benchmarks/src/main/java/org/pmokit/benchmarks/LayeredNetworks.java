package org.pmokit.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Dependency;
import org.pmokit.core.project.DependencyType;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;

/**
 * Seeded schedule networks of bounded length, for the CN calendar (which covers 2025-2026 only):
 * activities of 1-10 working days (one in 20 a milestone) in {@code layers} layers, each with links to
 * activities of the one to three layers before it; about 80% FS, 10% SS, 7% FF and 3% SF, a quarter
 * with a lag of -3 to 5 days. The activities are listed in shuffled order. The same seed gives an
 * equal project.
 *
 * <p>This class is immutable and thread-safe.
 */
final class LayeredNetworks {

    /** Thursday 2 January 2025, the first working day of the CN calendar's coverage. */
    static final LocalDate CN_START = LocalDate.of(2025, 1, 2);

    private LayeredNetworks() {
    }

    static Project generate(long seed, int activities, double linksPerActivity, int layers, WorkCalendar calendar,
            LocalDate start) {
        Random r = new Random(seed);
        ActivityId[] ids = new ActivityId[activities];
        for (int t = 0; t < activities; t++) {
            ids[t] = ActivityId.of("A" + (t + 1));
        }
        int perLayer = Math.max(1, activities / layers);
        List<Activity> list = new ArrayList<>(activities);
        for (int t = 0; t < activities; t++) {
            int layer = t / perLayer;
            int duration = r.nextInt(20) == 0 ? 0 : 1 + r.nextInt(10);
            List<Dependency> links = new ArrayList<>();
            if (layer > 0) {
                int from = Math.max(0, (layer - 3) * perLayer);
                int to = layer * perLayer;
                int k = (int) Math.round(linksPerActivity * 2 * r.nextDouble());
                for (int i = 0; i < k; i++) {
                    double u = r.nextDouble();
                    DependencyType type = u < 0.80 ? DependencyType.FS : u < 0.90 ? DependencyType.SS
                            : u < 0.97 ? DependencyType.FF : DependencyType.SF;
                    int lag = r.nextInt(4) == 0 ? r.nextInt(9) - 3 : 0;
                    links.add(new Dependency(ids[from + r.nextInt(to - from)], type, lag));
                }
            }
            list.add(Activity.builder(ids[t].value(), "Activity " + (t + 1)).duration(duration).predecessors(links).build());
        }
        Collections.shuffle(list, r);
        return Project.builder("LAYERED-" + seed, "Layered network " + seed).currency("CNY").calendar(calendar)
                .start(start).activities(list).build();
    }
}
