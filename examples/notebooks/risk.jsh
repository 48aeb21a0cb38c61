// Risk: probability x impact scores and bands, the heat map, expected monetary value (EMV),
// exposure by category, contingency, and the risk rules.
//
// Run it from the repository root:   ./pmokit notebook risk

import java.util.Locale;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RiskKind;
import org.pmokit.examples.Samples;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.risk.HeatMap;
import org.pmokit.rules.risk.RiskAssessment;
import org.pmokit.rules.risk.RiskResult;
import org.pmokit.rules.risk.RiskRules;
import org.pmokit.rules.risk.RiskScoring;

Project crm = Samples.read("crm-upgrade-2026.json").orElseThrow();

// Score every risk with the default policy: probability level x impact level (1..5 each), banded.
RiskAssessment assessment = RiskAssessment.of(crm, RiskScoring.defaults());
System.out.println("budget at completion (for impact levels): " + assessment.budgetAtCompletion().orElseThrow());
for (RiskResult r : assessment.results()) {
    System.out.printf("%-4s %-11s P%d x I%d = %2d  %-8s EMV %s  %s%n", r.id(), r.risk().kind(), r.probabilityLevel(),
            r.impactLevel(), r.score(), r.band().label().in(Locale.ENGLISH), r.emv(), r.risk().title());
}

// EMV: threats count negative, opportunities positive.
System.out.println("EMV threats " + assessment.emvThreats() + ", opportunities " + assessment.emvOpportunities() + ", total " + assessment.emvTotal());
System.out.println("exposure by category: " + assessment.exposure());
System.out.println("risks by band: " + assessment.countsByBand());

// The heat map of threats: rows are probability 5 (top) to 1, columns impact 1 to 5.
HeatMap threats = assessment.heatMap(RiskKind.THREAT);
for (int p = 5; p >= 1; p--) {
    StringBuilder row = new StringBuilder("P" + p + " |");
    for (int i = 1; i <= 5; i++) {
        var cell = threats.cell(p, i);
        row.append(String.format(" %-8s|", cell.risks().isEmpty() ? "" : cell.risks().toString()));
    }
    System.out.println(row);
}

// The risk rules: owners, responses for high threats, overdue reviews, response deadlines, contingency.
var evaluation = RuleSet.of(RiskRules.pack()).evaluate(crm, EvaluationContext.of(crm));
for (Finding f : evaluation.findings()) {
    System.out.println("[" + f.severity() + "] " + f.ruleId() + " " + f.subject() + ": " + f.message().in(Locale.ENGLISH));
}

// A stricter policy: reviews every 14 days instead of the default; more reviews are overdue.
var strict = RuleSet.of(RiskRules.pack()).evaluate(crm, EvaluationContext.of(crm)
        .withPolicy(Policy.fromJson("{\"risk.reviewDays\": 14}")));
System.out.println(strict.findingsOf("RISK-003").size() + " overdue reviews instead of " + evaluation.findingsOf("RISK-003").size());
