package org.pmokit.rules.risk;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.project.Risk;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * RISK-004: the response to an open risk starts within the deadline of its band, counted from
 * the instant it was identified (FORMULAS.md section 7, seed 002: critical 6 h, high 24 h, medium
 * 72 h; a low or minimal risk waits for the next review, which RISK-003 checks).
 *
 * <p>With a response start, the response is late if it started more than the deadline after
 * identification. Without one, the response is overdue if the deadline falls before the end of
 * the status date, 23:59:59.999 in the offset of the identification instant: the status date
 * counts as a whole day. A risk without an identification instant is skipped, since its
 * deadline is unknown (a date alone cannot place a deadline of hours).
 */
final class ResponseDeadlineRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("RISK-004", Words.PACK, Area.RISK, Subject.RISK,
            Text.of("Responses start within the deadline of the risk's band", "风险应对在其等级的时限内开始"),
            Severity.ERROR);

    /** The last millisecond of a day. */
    private static final LocalTime END_OF_DAY = LocalTime.of(23, 59, 59, 999_000_000);

    private static final Text REMEDY_LATE = Text.of(
            "Find out why the response started late, and start responses within the deadline.",
            "查明应对迟缓的原因，今后在时限内开始应对。");
    private static final Text REMEDY_MISSING = Text.of("Start the response now and record when it started.",
            "立即开始应对并记录开始时间。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        LocalDate statusDate = input.context().statusDate();
        List<Finding> found = new ArrayList<>();
        for (RiskResult r : input.get(RiskAnalysis.INSTANCE).open()) {
            Risk risk = r.risk();
            if (risk.identifiedAt().isEmpty()) {
                continue;
            }
            Optional<Integer> hours = deadlineHours(r.band(), input.policy());
            if (hours.isEmpty()) {
                continue;
            }
            OffsetDateTime identified = risk.identifiedAt().get();
            int limit = hours.get();
            Duration allowed = Duration.ofHours(limit);
            Text band = r.band().label();
            if (risk.responseStarted().isPresent()) {
                Duration taken = Duration.between(identified, risk.responseStarted().get());
                if (taken.compareTo(allowed) > 0) {
                    Text took = Words.duration(taken);
                    found.add(INFO.finding(Words.subject(risk), Text.lazy(() -> {
                        Text who = Words.risk(risk);
                        return Text.of(who.english() + " is a " + band.english() + " risk; its response started "
                                + took.english() + " after identification, later than the deadline of " + limit + " h.",
                                who.chinese() + "为" + band.chinese() + "风险，识别后 " + took.chinese()
                                        + "才开始应对，超过 " + limit + " 小时的应对时限。");
                    }), REMEDY_LATE, Optional.of(took), Optional.of(Text.of(limit + " h", limit + " 小时"))));
                }
            } else {
                OffsetDateTime due = identified.plus(allowed);
                OffsetDateTime endOfStatusDate = OffsetDateTime.of(statusDate, END_OF_DAY, identified.getOffset());
                if (due.isBefore(endOfStatusDate)) {
                    found.add(INFO.finding(Words.subject(risk), Text.lazy(() -> {
                        Text who = Words.risk(risk);
                        return Text.of(who.english() + " is a " + band.english() + " risk identified at " + identified
                                + "; its response was due by " + due + " (" + limit + " h) but has not started.",
                                who.chinese() + "为" + band.chinese() + "风险，于 " + identified + " 识别，应于 " + due
                                        + " 前（" + limit + " 小时内）开始应对，但尚未开始。");
                    }), REMEDY_MISSING,
                            Optional.of(Text.of("not started by " + statusDate, "截至 " + statusDate + " 未开始")),
                            Optional.of(Text.of(limit + " h, due " + due, limit + " 小时，应于 " + due + " 前"))));
                }
            }
        }
        return Words.sorted(found);
    }

    /** The deadline of a band, or empty for a low or minimal risk. */
    static Optional<Integer> deadlineHours(RiskBand band, Policy policy) {
        return switch (band) {
            case CRITICAL -> Optional.of(policy.get(PolicyKeys.RESPONSE_CRITICAL_HOURS));
            case HIGH -> Optional.of(policy.get(PolicyKeys.RESPONSE_HIGH_HOURS));
            case MEDIUM -> Optional.of(policy.get(PolicyKeys.RESPONSE_MEDIUM_HOURS));
            case LOW, MINIMAL -> Optional.empty();
        };
    }
}
