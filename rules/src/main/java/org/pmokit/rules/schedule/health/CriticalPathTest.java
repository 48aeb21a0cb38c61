package org.pmokit.rules.schedule.health;

import java.util.List;
import org.pmokit.core.project.ActivityId;
import org.pmokit.rules.Text;
import org.pmokit.rules.schedule.Schedule;

/**
 * The critical path test of the DCMA assessment (check 12): lengthen the remaining work of one
 * critical activity and check that the project finish moves by as much. A critical path that is
 * broken (an activity that drives nothing, a constraint in the way, a link that does not pass the
 * delay on) fails it.
 *
 * <p>The activity is the first of the first critical path ({@link Schedule#criticalPaths()}, whose
 * order does not depend on the order of the activities): the earliest critical work not finished.
 * The delay is {@value #DELAY} working days (the DCMA guidance uses an absurdly long one; any length
 * shows a break in a finish-to-start network, and the calendar must cover the delayed finish), or
 * fewer when the calendar covers fewer working days after the forecast finish. The finish should move
 * by the delay less the activity's positive total float (zero under the default critical threshold).
 *
 * <p>This class is immutable and thread-safe.
 */
final class CriticalPathTest {

    /** The working days by which the test delays a critical activity. */
    static final int DELAY = 10;

    private CriticalPathTest() {
    }

    /** Runs the test on a schedule: the count is how far the finish moved, the population how far it should have. */
    static Measure measure(Schedule s) {
        List<List<ActivityId>> paths = s.criticalPaths();
        if (paths.isEmpty()) {
            return Measure.undefined(HealthCheck.CRITICAL_PATH_TEST,
                    Text.of("no critical activity is left to delay", "没有可推迟的关键任务"));
        }
        ActivityId activity = paths.get(0).get(0);
        int i = s.indexOf(activity);
        int room = s.dayIndex().maxOffset() - (s.projectFinish() - 1);
        int delay = Math.min(DELAY, room);
        if (delay < 1) {
            return Measure.undefined(HealthCheck.CRITICAL_PATH_TEST,
                    Text.of("the calendar covers no working day after the forecast finish", "日历未覆盖预测完工日期之后的工作日"));
        }
        int expected = Math.max(0, delay - Math.max(0, s.totalFloat(i)));
        Schedule delayed;
        try {
            delayed = s.withDelay(activity, delay);
        } catch (IllegalArgumentException e) {
            String why = e.getMessage();
            return Measure.undefined(HealthCheck.CRITICAL_PATH_TEST,
                    Text.of("activity " + activity + " cannot be delayed: " + why, "任务 " + activity + " 无法推迟：" + why));
        }
        int moved = delayed.projectFinish() - s.projectFinish();
        return Measure.of(HealthCheck.CRITICAL_PATH_TEST, moved, expected, List.of(activity), List.of(activity.value()));
    }
}
