package org.pmokit.rules.risk;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.Risk;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * RISK-002: an open threat in the high or critical band has both a response strategy and a
 * planned response.
 */
final class UnaddressedThreatRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("RISK-002", Words.PACK, Area.RISK, Subject.RISK,
            Text.of("Every high or critical threat has a response strategy and a planned response",
                    "每个高或极高风险的威胁都有应对策略和应对措施"),
            Severity.ERROR);

    private static final Text REMEDY = Text.of(
            "Choose a response strategy (avoid, mitigate, transfer, accept or escalate) and plan the response.",
            "选择应对策略（规避、减轻、转移、接受或上报）并制定应对措施。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        int high = input.policy().get(PolicyKeys.BAND_HIGH);
        Optional<Text> threshold = null; // made with the first finding, shared by all, written when read
        List<Finding> found = new ArrayList<>();
        for (RiskResult r : input.get(RiskAnalysis.INSTANCE).open()) {
            Risk risk = r.risk();
            if (!r.isThreat() || !r.band().isAtLeast(RiskBand.HIGH)) {
                continue;
            }
            boolean noStrategy = risk.strategy().isEmpty();
            boolean noResponse = risk.response().filter(s -> !s.isBlank()).isEmpty();
            if (!noStrategy && !noResponse) {
                continue;
            }
            String lacksEn = noStrategy && noResponse ? "no response strategy and no planned response"
                    : noStrategy ? "no response strategy" : "no planned response";
            String lacksZh = noStrategy && noResponse ? "没有应对策略，也没有应对措施"
                    : noStrategy ? "没有应对策略" : "没有应对措施";
            if (threshold == null) {
                threshold = Optional.of(Text.lazy(() -> Text.of("strategy and response from score " + high,
                        "风险矩阵分值 " + high + " 起须有应对策略和应对措施")));
            }
            found.add(INFO.finding(Words.subject(risk), Text.lazy(() -> message(r, lacksEn, lacksZh)), REMEDY,
                    Optional.of(Text.lazy(() -> measured(r, lacksEn, lacksZh))), threshold));
        }
        return Words.sorted(found);
    }

    private static Text message(RiskResult r, String lacksEn, String lacksZh) {
        Text who = Words.risk(r.risk());
        Text band = r.band().label();
        return Text.of(who.english() + " is a " + band.english() + " risk (score " + r.score() + ") but has "
                + lacksEn + ".",
                who.chinese() + "为" + band.chinese() + "风险（风险矩阵分值 " + r.score() + "），但" + lacksZh + "。");
    }

    private static Text measured(RiskResult r, String lacksEn, String lacksZh) {
        Text band = r.band().label();
        return Text.of("score " + r.score() + " (" + band.english() + "), " + lacksEn,
                "风险矩阵分值 " + r.score() + "（" + band.chinese() + "），" + lacksZh);
    }
}
