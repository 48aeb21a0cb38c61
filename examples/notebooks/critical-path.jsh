// Critical path: early and late dates, floats, the critical path, the forecast finish against the
// baseline, slipped milestones, and a what-if delay.
//
// Run it from the repository root:   ./pmokit notebook critical-path

import java.time.LocalDate;
import java.util.stream.Collectors;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Project;
import org.pmokit.examples.Samples;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.schedule.CriticalPath;
import org.pmokit.rules.schedule.MilestoneVariance;
import org.pmokit.rules.schedule.Schedule;

Project crm = Samples.read("crm-upgrade-2026.json").orElseThrow();

// The plan: scheduled from the start on the project's calendar (CN: weekends, statutory holidays
// and make-up working days), no progress. This is what a baseline records.
Schedule plan = CriticalPath.standard().plan(crm, crm.calendar());
System.out.println("planned finish " + plan.projectFinishDate() + ", critical paths " + plan.criticalPaths());

// The schedule at the status date 2026-04-30, with the progress recorded up to then.
Schedule schedule = CriticalPath.standard().schedule(crm, EvaluationContext.of(crm));
System.out.println("at " + schedule.statusDate().orElseThrow() + ": finish " + schedule.projectFinishDate() + ", baseline "
        + schedule.projectBaselineFinish().orElseThrow() + ", " + schedule.projectFinishVariance().getAsInt() + " working days late");

System.out.printf("%-4s %4s  %-10s  %-10s  %-10s  %-10s  %3s  %3s  %-11s %s%n",
        "id", "days", "ES", "EF", "LS", "LF", "TF", "FF", "state", "critical");
for (int i = 0; i < schedule.size(); i++) {
    System.out.printf("%-4s %4d  %s  %s  %s  %s  %3d  %3d  %-11s %s%n", schedule.id(i), schedule.duration(i),
            schedule.earlyStartDate(i), schedule.earlyFinishDate(i), schedule.lateStartDate(i), schedule.lateFinishDate(i),
            schedule.totalFloat(i), schedule.freeFloat(i), schedule.state(i), schedule.isCritical(i) ? "*" : "");
}

// The critical path as a chain, and the milestones that slipped against the baseline.
System.out.println("critical path: " + schedule.criticalPaths().get(0).stream().map(ActivityId::toString).collect(Collectors.joining(" -> ")));
for (MilestoneVariance m : schedule.slippedMilestones()) {
    System.out.println(m.milestone() + " (" + m.activity() + "): forecast " + m.forecast() + ", baseline "
            + m.baseline().orElseThrow() + ", " + m.variance().getAsInt() + " working days late");
}

// What if A8 (integration and security testing, critical) takes 10 working days longer?
// On a chain of finish-to-start links the finish moves by the same 10 days.
Schedule delayed = schedule.withDelay(ActivityId.of("A8"), 10);
System.out.println("A8 +10: finish " + delayed.projectFinishDate() + ", " + (delayed.projectFinish() - schedule.projectFinish()) + " working days later");

// And A13 (staff training) has 20 days of total float: 10 more days do not move the finish.
System.out.println("A13 +10: " + (schedule.withDelay(ActivityId.of("A13"), 10).projectFinish() - schedule.projectFinish()) + " working days later");
