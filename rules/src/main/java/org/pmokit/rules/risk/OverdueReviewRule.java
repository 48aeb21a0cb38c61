package org.pmokit.rules.risk;

import java.time.LocalDate;
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

    private static final Text REMEDY = Text.of("Review the risk: probability, impact, owner and response.",
            "复核该风险的发生概率、影响程度、责任人和应对措施。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        int interval = input.policy().get(PolicyKeys.RISK_REVIEW_DAYS);
        LocalDate statusDate = input.context().statusDate();
        long statusDay = statusDate.toEpochDay();
        Optional<Text> threshold = null; // made with the first finding, shared by all, written when read
        List<RiskResult> open = input.get(RiskAnalysis.INSTANCE).open();
        List<Finding> found = new ArrayList<>(open.size()); // room for one finding per open risk: it never grows
        for (RiskResult r : open) {
            Risk risk = r.risk();
            boolean reviewed = risk.reviewed().isPresent();
            Optional<LocalDate> last = reviewed ? risk.reviewed() : risk.identified();
            if (last.isEmpty()) {
                continue;
            }
            LocalDate lastDate = last.get();
            long days = statusDay - lastDate.toEpochDay();
            if (days <= interval) {
                continue;
            }
            if (threshold == null) {
                threshold = Optional.of(Text.lazy(() -> days(interval)));
            }
            found.add(INFO.finding(Words.subject(risk),
                    Text.lazy(() -> message(risk, reviewed, lastDate, days, statusDate, interval)), REMEDY,
                    Optional.of(Text.lazy(() -> days(days))), threshold));
        }
        return Words.sorted(found);
    }

    /** A number of days, such as "45 days" and "45 天". */
    private static Text days(long days) {
        return Text.of(days + " days", days + " 天");
    }

    private static Text message(Risk risk, boolean reviewed, LocalDate last, long days, LocalDate statusDate,
            int interval) {
        Text who = Words.risk(risk);
        Text since = reviewed
                ? Text.of(who.english() + " was last reviewed on " + last, who.chinese() + "最近一次复核为 " + last)
                : Text.of(who.english() + " has not been reviewed since it was identified on " + last,
                        who.chinese() + "自 " + last + " 识别以来未复核");
        return Text.of(since.english() + ", " + days + " days before the status date " + statusDate
                + "; the review interval is " + interval + " days.",
                since.chinese() + "，距状态日期 " + statusDate + " 已 " + days + " 天，超过复核周期 " + interval + " 天。");
    }
}
