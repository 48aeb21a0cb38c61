package org.pmokit.rules.change;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ChangeRequest;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.core.project.DecisionType;
import org.pmokit.core.project.Role;
import org.pmokit.rules.Display;
import org.pmokit.rules.Text;

/** The wording that change control shares, in English and Simplified Chinese (GLOSSARY.md). */
final class Words {

    /** The name of the pack. */
    static final String PACK = "change";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** The most decimals a percentage is shown with. */
    private static final int MAX_DECIMALS = 12;

    private Words() {
    }

    /** The subject path of a change request, such as {@code changeRequests[CR2]}. */
    static String subject(ChangeRequest change) {
        return "changeRequests[" + change.id() + "]";
    }

    /** A change request at the start of a sentence, such as "Change request CR2 (Add a data source)". */
    static Text change(ChangeRequest change) {
        return Text.of("Change request " + change.id() + " (" + change.title() + ")",
                "变更请求 " + change.id() + "（" + change.title() + "）");
    }

    /** A status as an adjective, such as "assessed" and "已评估". */
    static Text status(ChangeStatus status) {
        return switch (status) {
            case DRAFT -> Text.of("a draft", "草稿");
            case SUBMITTED -> Text.of("submitted", "已提交");
            case ASSESSED -> Text.of("assessed", "已评估");
            case APPROVED -> Text.of("approved", "已批准");
            case REJECTED -> Text.of("rejected", "已拒绝");
            case DEFERRED -> Text.of("deferred", "已推迟");
            case IMPLEMENTED -> Text.of("implemented", "已实施");
            case VERIFIED -> Text.of("verified", "已验证");
            case CLOSED -> Text.of("closed", "已关闭");
        };
    }

    /** A role, such as "CCB member" and "变更控制委员会成员". */
    static Text role(Role role) {
        return switch (role) {
            case PROJECT_MANAGER -> Text.of("project manager", "项目经理");
            case CCB_MEMBER -> Text.of("CCB member", "变更控制委员会成员");
            case STEERING_COMMITTEE -> Text.of("steering committee", "指导委员会");
            case COMPLIANCE_OFFICER -> Text.of("compliance officer", "合规官");
            case SPONSOR -> Text.of("sponsor", "项目发起人");
        };
    }

    /** A decision as a verb, such as "approve" and "批准". */
    static Text decision(DecisionType decision) {
        return switch (decision) {
            case APPROVE -> Text.of("approve", "批准");
            case REJECT -> Text.of("reject", "拒绝");
            case DEFER -> Text.of("defer", "推迟");
        };
    }

    /** An amount with its currency and grouped digits, such as {@code CNY 350,000.00}. */
    static String money(Money money) {
        return Display.money(money);
    }

    /** A signed amount, such as {@code +CNY 350,000.00}, {@code -CNY 5.00} or {@code CNY 0.00}. */
    static String signedMoney(Money money) {
        return money.amount().signum() > 0 ? "+" + money(money)
                : money.amount().signum() < 0 ? "-" + money(money.negated()) : money(money);
    }

    /** A signed number of working days, such as "+8 working days" and "+8 个工作日". */
    static Text workingDays(int days) {
        String signed = days > 0 ? "+" + days : String.valueOf(days);
        return Text.of(signed + (Math.abs(days) == 1 ? " working day" : " working days"), signed + " 个工作日");
    }

    /** A number of working days as a limit, such as "5 working days" and "5 个工作日". */
    static Text dayLimit(int days) {
        return Text.of(days + (days == 1 ? " working day" : " working days"), days + " 个工作日");
    }

    /** A number of calendar days, such as "14 days" and "14 天". */
    static Text days(long days) {
        return Text.of(days + (days == 1 ? " day" : " days"), days + " 天");
    }

    /** A fraction as a percentage without a sign, such as {@code 1%} for 0.01 or {@code 4.375%}. */
    static String percent(BigDecimal fraction) {
        return fraction.multiply(HUNDRED).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * A fraction as a signed percentage rounded to as few decimals (at least one) as keep its
     * comparison with a threshold true: 0.04375 against 0.01 is {@code +4.4%}, 0.0104 against 0.01 is
     * {@code +1.04%} (not 1.0%, which would look equal), and the magnitude 0.0099 against 0.01 shows
     * as {@code -0.99%}. Trailing zeros are dropped; zero has no sign.
     *
     * @param fraction the signed fraction
     * @param threshold the non-negative threshold that its magnitude is compared with
     */
    static String signedPercentAgainst(BigDecimal fraction, BigDecimal threshold) {
        BigDecimal percent = fraction.multiply(HUNDRED);
        BigDecimal limit = threshold.multiply(HUNDRED);
        int exact = percent.abs().compareTo(limit);
        BigDecimal shown = percent;
        for (int decimals = 1; decimals <= MAX_DECIMALS; decimals++) {
            BigDecimal rounded = percent.setScale(decimals, RoundingMode.HALF_EVEN);
            if (Integer.signum(rounded.abs().compareTo(limit)) == Integer.signum(exact)) {
                shown = rounded;
                break;
            }
        }
        shown = shown.stripTrailingZeros();
        String text = shown.signum() == 0 ? "0" : shown.toPlainString();
        return (shown.signum() > 0 ? "+" : "") + text + "%";
    }

    /** A person's name as compared for maker-checker: trimmed, with case folded. */
    static String person(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** The ordinal of a decision, 1-based: "decision 3" and "第 3 项决策". */
    static Text decisionNumber(int index) {
        return Text.of("decision " + (index + 1), "第 " + (index + 1) + " 项决策");
    }
}
