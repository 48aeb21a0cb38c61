// SMART goals: which goals of a project are specific, measurable, achievable, relevant and
// time-bound, what to do about those that are not, and how a goal's KPI is tracked.
//
// Run it from the repository root:   ./pmokit notebook smart-goals

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.KpiDimension;
import org.pmokit.core.project.Project;
import org.pmokit.examples.Samples;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.goals.GoalRules;

// The goals pack alone: SMART-001..006 for goals, MILE-001..008 for milestones, KPI-001..002.
RuleSet goalRules = RuleSet.of(GoalRules.pack());
Project crm = Samples.read("crm-upgrade-2026.json").orElseThrow();
for (Goal g : crm.goals()) {
    System.out.println(g.id() + ": " + g.statement());
}

// A SMART grid: one letter per check, '-' where the check failed.
String grid(Project project, Evaluation evaluation, Goal goal) {
    String letters = "SMART";
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < letters.length(); i++) {
        String rule = "SMART-00" + (i + 1);
        boolean failed = evaluation.findingsOf(rule).stream().anyMatch(f -> f.subject().equals("goals[" + goal.id() + "]"));
        s.append(failed ? '-' : letters.charAt(i));
    }
    return s.toString();
}

Evaluation evaluation = goalRules.evaluate(crm, EvaluationContext.of(crm));
for (Goal g : crm.goals()) {
    System.out.println(grid(crm, evaluation, g) + "  " + g.id());
}

// What is wrong with G4, and the remedy, in both languages.
for (Finding f : evaluation.findings()) {
    if (f.subject().equals("goals[G4]")) {
        System.out.println(f.ruleId() + " [" + f.severity() + "] " + f.message().in(Locale.ENGLISH));
        System.out.println("    " + f.remedy().in(Locale.ENGLISH));
        System.out.println("    " + f.message().in(Locale.SIMPLIFIED_CHINESE));
    }
}

// Fix G4: give it a KPI with a unit, baseline and target, a deadline, and link it to an objective.
Goal g4 = crm.goals().stream().filter(g -> g.id().toString().equals("G4")).findFirst().orElseThrow();
// (In JShell a line that is complete on its own ends the snippet, so a chain of calls that spans
// lines ends each line with a dot or an open parenthesis, never starts one with a dot.)
Goal fixed = g4.withKpi(Kpi.of("Branch staff trained on the new CRM", KpiDimension.EXTENSION, "%",
                new BigDecimal("0"), new BigDecimal("90"), Direction.INCREASE)).
        withDeadline(LocalDate.of(2026, 10, 30)).
        withObjective("Digital transformation: every branch on one CRM");
List<Goal> goals = crm.goals().stream().map(g -> g.id().equals(g4.id()) ? fixed : g).collect(Collectors.toList());
Project better = crm.toBuilder().goals(goals).build();
Evaluation after = goalRules.evaluate(better, EvaluationContext.of(better));
System.out.println(grid(better, after, fixed) + "  G4 fixed; findings left on it: "
        + after.findings().stream().filter(f -> f.subject().equals("goals[G4]")).map(Finding::ruleId).toList());

// KPI progress and forecast are metrics of the pack, undefined (with the reason) until readings exist.
evaluation.metrics().forEach((key, value) -> {
    if (key.startsWith("goals.")) {
        System.out.println(key + " = " + value);
    }
});
