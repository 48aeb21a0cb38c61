package org.pmokit.rules.risk;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * RISK-005: a risk's strategy suits its kind. AVOID, MITIGATE and TRANSFER are for threats;
 * EXPLOIT, ENHANCE and SHARE for opportunities; ACCEPT and ESCALATE for either. Every risk is
 * checked, whatever its status, since a wrong strategy is wrong data.
 */
final class StrategyKindRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("RISK-005", Words.PACK, Area.RISK, Subject.RISK,
            Text.of("A risk's strategy suits its kind: threat or opportunity", "应对策略与风险类型（威胁或机会）相符"),
            Severity.WARNING);

    private static final Set<RiskStrategy> THREAT_ONLY = EnumSet.of(RiskStrategy.AVOID, RiskStrategy.MITIGATE,
            RiskStrategy.TRANSFER);
    private static final Set<RiskStrategy> OPPORTUNITY_ONLY = EnumSet.of(RiskStrategy.EXPLOIT, RiskStrategy.ENHANCE,
            RiskStrategy.SHARE);

    private static final Text REMEDY_THREAT = Text.of(
            "Choose a threat strategy: avoid, mitigate, transfer, accept or escalate.",
            "改用适用于威胁的策略：规避、减轻、转移、接受或上报。");
    private static final Text REMEDY_OPPORTUNITY = Text.of(
            "Choose an opportunity strategy: exploit, enhance, share, accept or escalate.",
            "改用适用于机会的策略：开拓、提高、分享、接受或上报。");

    /** The strategies for a threat. */
    private static final Optional<Text> FOR_THREATS = Optional.of(Text.of("AVOID, MITIGATE, TRANSFER, ACCEPT or ESCALATE",
            "规避、减轻、转移、接受或上报"));
    /** The strategies for an opportunity. */
    private static final Optional<Text> FOR_OPPORTUNITIES = Optional.of(Text.of(
            "EXPLOIT, ENHANCE, SHARE, ACCEPT or ESCALATE", "开拓、提高、分享、接受或上报"));

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> found = new ArrayList<>();
        for (RiskResult r : input.get(RiskAnalysis.INSTANCE).results()) {
            Risk risk = r.risk();
            if (risk.strategy().isEmpty()) {
                continue;
            }
            RiskStrategy strategy = risk.strategy().get();
            boolean threat = risk.kind() == RiskKind.THREAT;
            if (!(threat ? OPPORTUNITY_ONLY : THREAT_ONLY).contains(strategy)) {
                continue;
            }
            found.add(INFO.finding(Words.subject(risk), Text.lazy(() -> {
                Text who = Words.risk(risk);
                Text name = Words.strategy(strategy);
                return Text.of(who.english() + " has the strategy " + name.english() + ", which is for "
                        + (threat ? "opportunities" : "threats") + ".",
                        who.chinese() + "的应对策略为" + name.chinese() + "，该策略只适用于" + (threat ? "机会" : "威胁") + "。");
            }), threat ? REMEDY_THREAT : REMEDY_OPPORTUNITY,
                    Optional.of(Text.of(strategy.name(), Words.strategy(strategy).chinese())),
                    threat ? FOR_THREATS : FOR_OPPORTUNITIES));
        }
        return Words.sorted(found);
    }
}
