package org.pmokit.rules.risk;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
 * RISK-003: an open risk was reviewed within {@code risk.reviewDays} calendar days (default 30;
 * FORMULAS.md section 7) before the status date. The last review counts, else the identification
 * date; a risk with neither date is skipped.
 */
final class OverdueReviewRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("RISK-003", Words.PACK, Area.RISK, Subject.RISK,
            Text.of("Open risks are reviewed within the review interval", "未关闭的风险在复核周期内得到复核"),
            Severity.WARNING);

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        int interval = input.policy().get(PolicyKeys.RISK_REVIEW_DAYS);
        LocalDate statusDate = input.context().statusDate();
        String statusText = statusDate.toString(); // written into every finding, so once
        List<Finding> found = new ArrayList<>();
        for (RiskResult r : input.get(RiskAnalysis.INSTANCE).open()) {
            Risk risk = r.risk();
            Optional<LocalDate> last = risk.reviewed().or(risk::identified);
            if (last.isEmpty()) {
                continue;
            }
            long days = ChronoUnit.DAYS.between(last.get(), statusDate);
            if (days <= interval) {
                continue;
            }
            Text who = Words.risk(risk);
            String lastText = last.get().toString();
            Text since = risk.reviewed().isPresent()
                    ? Text.of(who.english() + " was last reviewed on " + lastText,
                            who.chinese() + "最近一次复核为 " + lastText)
                    : Text.of(who.english() + " has not been reviewed since it was identified on " + lastText,
                            who.chinese() + "自 " + lastText + " 识别以来未复核");
            found.add(INFO.finding(Words.subject(risk),
                    Text.of(since.english() + ", " + days + " days before the status date " + statusText
                            + "; the review interval is " + interval + " days.",
                            since.chinese() + "，距状态日期 " + statusText + " 已 " + days + " 天，超过复核周期 "
                                    + interval + " 天。"),
                    Text.of("Review the risk: probability, impact, owner and response.",
                            "复核该风险的发生概率、影响程度、责任人和应对措施。"))
                    .withMeasure(days + " days", interval + " days"));
        }
        return Words.sorted(found);
    }
}
