package org.pmokit.rules.schedule;

import java.time.LocalDate;
import java.util.Optional;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.time.WorkingDayIndex;

/**
 * The current baseline's dates by project index, with the working-day counts that variances
 * subtract: the offset of each start, and the number of working days through each finish.
 *
 * <p>This class is immutable and thread-safe (its arrays are never written after construction).
 */
final class BaselineDays {

    final LocalDate[] start;
    final LocalDate[] finish;
    final int[] startOffset;
    final int[] finishCount;
    /** The latest finish of the baseline, or null if it has no activity. */
    final LocalDate projectFinish;
    final int projectFinishCount;

    private BaselineDays(LocalDate[] start, LocalDate[] finish, int[] startOffset, int[] finishCount,
            LocalDate projectFinish, int projectFinishCount) {
        this.start = start;
        this.finish = finish;
        this.startOffset = startOffset;
        this.finishCount = finishCount;
        this.projectFinish = projectFinish;
        this.projectFinishCount = projectFinishCount;
    }

    /**
     * Reads a baseline; activities of the baseline that the project lacks count for the project
     * finish only.
     *
     * @throws ScheduleInputException if a baseline date is outside the calendar's coverage
     */
    static BaselineDays of(Optional<Baseline> current, IdIndex index, int n, WorkingDayIndex days) {
        if (current.isEmpty()) {
            return null;
        }
        Baseline b = current.get();
        LocalDate[] start = new LocalDate[n];
        LocalDate[] finish = new LocalDate[n];
        int[] startOffset = new int[n];
        int[] finishCount = new int[n];
        LocalDate last = null;
        for (BaselineActivity a : b.activities()) {
            String what = "baseline " + b.version() + ", activity " + a.activity();
            int s = Days.startOffset(days, a.start(), what + ": start");
            int f = Days.finishCount(days, a.finish(), what + ": finish");
            int i = index.get(a.activity());
            if (i >= 0 && start[i] == null) {
                start[i] = a.start();
                finish[i] = a.finish();
                startOffset[i] = s;
                finishCount[i] = f;
            }
            if (last == null || a.finish().isAfter(last)) {
                last = a.finish();
            }
        }
        int lastCount = last == null ? 0 : Days.finishCount(days, last, "baseline finish");
        return new BaselineDays(start, finish, startOffset, finishCount, last, lastCount);
    }
}
