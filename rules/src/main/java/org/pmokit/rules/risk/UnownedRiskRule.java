package org.pmokit.rules.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.Risk;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/** RISK-001: an open risk (open or mitigating) has an owner accountable for its response. */
final class UnownedRiskRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("RISK-001", Words.PACK, Area.RISK, Subject.RISK,
            Text.of("Every open risk has an owner", "每个未关闭的风险都有责任人"), Severity.WARNING);

    private static final Text REMEDY = Text.of("Name an owner who is accountable for the response.",
            "指定对风险应对负责的责任人。");

    /** The measured value: no owner. */
    private static final Optional<Text> NO_OWNER = Optional.of(Text.of("no owner", "无风险责任人"));
    /** The threshold: an owner. */
    private static final Optional<Text> AN_OWNER = Optional.of(Text.of("an owner", "须有风险责任人"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> found = new ArrayList<>();
        for (RiskResult r : input.get(RiskAnalysis.INSTANCE).open()) {
            Risk risk = r.risk();
            if (risk.owner().isEmpty() || risk.owner().get().isBlank()) {
                found.add(INFO.finding(Words.subject(risk), Text.lazy(() -> {
                    Text who = Words.risk(risk);
                    return Text.of(who.english() + " is open but has no owner.",
                            who.chinese() + "尚未关闭，但没有风险责任人。");
                }), REMEDY, NO_OWNER, AN_OWNER));
            }
        }
        return Words.sorted(found);
    }
}
