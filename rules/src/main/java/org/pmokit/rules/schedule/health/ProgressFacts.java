package org.pmokit.rules.schedule.health;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ProgressRecord;
import org.pmokit.core.project.Project;

/**
 * What the progress records say about each activity at the status date, read as the critical path
 * engine reads them ({@link org.pmokit.rules.schedule.ScheduleNetwork}): the latest record dated on or
 * before the status date counts (of two on one date, the later in the list); an activity is finished
 * once that record has an actual finish on or before the status date (a milestone: an actual start
 * or finish). An actual date after the status date is invalid (DCMA check 9).
 *
 * <p>Indexes are positions in {@link Project#activities()}, as in
 * {@link org.pmokit.rules.schedule.Schedule}.
 *
 * <p>This class is immutable and thread-safe.
 */
final class ProgressFacts {

    private final boolean[] finished;
    private final boolean[] invalid;
    private final int finishedCount;

    private ProgressFacts(boolean[] finished, boolean[] invalid, int finishedCount) {
        this.finished = finished;
        this.invalid = invalid;
        this.finishedCount = finishedCount;
    }

    /** Reads the records of a project at a status date. */
    static ProgressFacts of(Project project, LocalDate statusDate) {
        List<Activity> activities = project.activities();
        int n = activities.size();
        Map<ActivityId, Integer> index = new HashMap<>(2 * n);
        for (int i = n - 1; i >= 0; i--) {
            index.put(activities.get(i).id(), i);
        }
        ProgressRecord[] latest = new ProgressRecord[n];
        for (ProgressRecord r : project.progress()) {
            Integer i = index.get(r.activity());
            if (i != null && !r.date().isAfter(statusDate) && (latest[i] == null || !r.date().isBefore(latest[i].date()))) {
                latest[i] = r;
            }
        }
        boolean[] finished = new boolean[n];
        boolean[] invalid = new boolean[n];
        int count = 0;
        for (int i = 0; i < n; i++) {
            ProgressRecord r = latest[i];
            if (r == null) {
                continue;
            }
            Optional<LocalDate> started = r.actualStart().filter(d -> !d.isAfter(statusDate));
            Optional<LocalDate> ended = r.actualFinish().filter(d -> !d.isAfter(statusDate));
            finished[i] = ended.isPresent() || activities.get(i).isMilestone() && started.isPresent();
            invalid[i] = r.actualStart().filter(d -> d.isAfter(statusDate)).isPresent()
                    || r.actualFinish().filter(d -> d.isAfter(statusDate)).isPresent();
            if (finished[i]) {
                count++;
            }
        }
        return new ProgressFacts(finished, invalid, count);
    }

    /** Whether activity {@code i} is finished at the status date. */
    boolean finished(int i) {
        return finished[i];
    }

    /** Whether the latest record of activity {@code i} has an actual date after the status date. */
    boolean invalid(int i) {
        return invalid[i];
    }

    /** The number of activities not finished. */
    int open() {
        return finished.length - finishedCount;
    }

    /** The number of activities finished. */
    int finishedCount() {
        return finishedCount;
    }
}
