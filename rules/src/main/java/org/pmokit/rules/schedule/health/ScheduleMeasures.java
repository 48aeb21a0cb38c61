package org.pmokit.rules.schedule.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.pmokit.core.project.ActivityId;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Text;
import org.pmokit.rules.schedule.Schedule;

/**
 * The DCMA checks that read the schedule: high float (6), negative float (7), missed tasks (11),
 * CPLI (13) and BEI (14). The critical path test (12) is {@link CriticalPathTest}.
 *
 * <ul>
 *   <li><b>High and negative float</b>: the total float of the activities not finished, above
 *       {@code dcma.highFloat.days} or below zero.
 *   <li><b>Missed tasks</b>: among the activities that the current baseline finishes on or before
 *       the status date, those not finished, or finished after their baseline finish.
 *   <li><b>BEI</b>: the activities finished by the status date over those the baseline finishes by
 *       then (the same population); the activities behind it are those due and not finished.
 *   <li><b>CPLI</b> = (L + F) / L, where L is the remaining critical path length, the project finish
 *       offset minus the data date (working days), and F the critical path's total float: the least
 *       total float of the activities not finished, and, with a baseline, no more than the working
 *       days from the forecast finish to the baseline finish (negative when the forecast is later).
 *       That is the float the critical path would have if the project finish were constrained to
 *       the baseline finish, as the DCMA assessment measures it against the contract finish. The
 *       activities behind it are those of the first critical path.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
final class ScheduleMeasures {

    private ScheduleMeasures() {
    }

    /** Measures the five checks into {@code out}. */
    static void measure(Schedule s, ProgressFacts progress, LocalDate statusDate, Policy policy,
            Map<HealthCheck, Measure> out) {
        floats(s, progress, policy, out);
        execution(s, progress, statusDate, out);
        out.put(HealthCheck.CPLI, cpli(s, progress));
    }

    private static void floats(Schedule s, ProgressFacts progress, Policy policy, Map<HealthCheck, Measure> out) {
        int high = policy.get(PolicyKeys.DCMA_HIGH_FLOAT_DAYS);
        Tally highFloat = new Tally(HealthCheck.HIGH_FLOAT);
        Tally negative = new Tally(HealthCheck.NEGATIVE_FLOAT);
        for (int i = 0; i < s.size(); i++) {
            if (progress.finished(i)) {
                continue;
            }
            highFloat.member();
            negative.member();
            int tf = s.totalFloat(i);
            if (tf > high) {
                highFloat.found(s.id(i), s.id(i).value());
            } else if (tf < 0) {
                negative.found(s.id(i), s.id(i).value());
            }
        }
        out.put(HealthCheck.HIGH_FLOAT, highFloat.measure());
        out.put(HealthCheck.NEGATIVE_FLOAT, negative.measure());
    }

    private static void execution(Schedule s, ProgressFacts progress, LocalDate statusDate,
            Map<HealthCheck, Measure> out) {
        Tally missed = new Tally(HealthCheck.MISSED_TASKS);
        Tally unfinished = new Tally(HealthCheck.BEI);
        boolean anyBaseline = false;
        for (int i = 0; i < s.size(); i++) {
            Optional<LocalDate> due = s.baselineFinish(i);
            anyBaseline |= due.isPresent();
            if (due.isEmpty() || due.get().isAfter(statusDate)) {
                continue;
            }
            missed.member();
            unfinished.member();
            ActivityId id = s.id(i);
            if (!progress.finished(i)) {
                missed.found(id, id.value());
                unfinished.listed(id, id.value());
            } else if (s.earlyFinishDate(i).isAfter(due.get())) {
                missed.found(id, id.value());
            }
        }
        Measure m = missed.measure();
        if (!anyBaseline) {
            Text none = Text.of("the project has no baseline", "项目没有基线");
            out.put(HealthCheck.MISSED_TASKS, Measure.undefined(HealthCheck.MISSED_TASKS, none));
            out.put(HealthCheck.BEI, Measure.undefined(HealthCheck.BEI, none));
            return;
        }
        if (m.population() == 0) {
            Text nothingDue = Text.of("the baseline finishes no activity by the status date " + statusDate,
                    "按基线在状态日期 " + statusDate + " 前没有应完成的任务");
            out.put(HealthCheck.MISSED_TASKS, Measure.undefined(HealthCheck.MISSED_TASKS, nothingDue));
            out.put(HealthCheck.BEI, Measure.undefined(HealthCheck.BEI, nothingDue));
            return;
        }
        out.put(HealthCheck.MISSED_TASKS, m);
        Measure open = unfinished.measure();
        out.put(HealthCheck.BEI, Measure.of(HealthCheck.BEI, progress.finishedCount(), m.population(),
                open.activities(), open.items()));
    }

    private static Measure cpli(Schedule s, ProgressFacts progress) {
        int length = s.projectFinish() - Math.max(0, s.dataDate().orElse(0));
        if (length <= 0 || progress.open() == 0) {
            return Measure.undefined(HealthCheck.CPLI, Text.of("no critical path work remains", "关键路径上已无剩余工作"));
        }
        int least = Integer.MAX_VALUE;
        for (int i = 0; i < s.size(); i++) {
            if (!progress.finished(i)) {
                least = Math.min(least, s.totalFloat(i));
            }
        }
        OptionalInt late = s.projectFinishVariance();
        int pathFloat = late.isPresent() ? Math.min(least, -late.getAsInt()) : least;
        List<ActivityId> path = s.criticalPaths().isEmpty() ? List.of() : s.criticalPaths().get(0);
        return Measure.of(HealthCheck.CPLI, length + pathFloat, length, path,
                path.stream().map(ActivityId::value).toList());
    }
}
