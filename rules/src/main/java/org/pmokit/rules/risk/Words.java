package org.pmokit.rules.risk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Display;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Text;

/** The wording the risk rules share, in English and Simplified Chinese (GLOSSARY.md). */
final class Words {

    /** The name of the pack. */
    static final String PACK = "risk";

    /** The order of {@link #sorted}: subject, then English message, then Chinese message. */
    private static final Comparator<Finding> BY_SUBJECT_AND_MESSAGE = Comparator.comparing(Finding::subject)
            .thenComparing(f -> f.message().english()).thenComparing(f -> f.message().chinese());

    private Words() {
    }

    /** The subject path of a risk, such as {@code risks[RK4]}. */
    static String subject(Risk risk) {
        return "risks[" + risk.id() + "]";
    }

    /** A risk at the start of a sentence, such as "Threat RK4 (Key data scientists leave)". */
    static Text risk(Risk risk) {
        boolean threat = risk.kind() == RiskKind.THREAT;
        return Text.of((threat ? "Threat " : "Opportunity ") + risk.id() + " (" + risk.title() + ")",
                (threat ? "威胁 " : "机会 ") + risk.id() + "（" + risk.title() + "）");
    }

    /** A strategy's name, such as "mitigate" and "减轻". */
    static Text strategy(RiskStrategy strategy) {
        return switch (strategy) {
            case AVOID -> Text.of("avoid", "规避");
            case MITIGATE -> Text.of("mitigate", "减轻");
            case TRANSFER -> Text.of("transfer", "转移");
            case ACCEPT -> Text.of("accept", "接受");
            case ESCALATE -> Text.of("escalate", "上报");
            case EXPLOIT -> Text.of("exploit", "开拓");
            case ENHANCE -> Text.of("enhance", "提高");
            case SHARE -> Text.of("share", "分享");
        };
    }

    /** An amount with its currency and grouped digits, such as {@code CNY 545,000.00}. */
    static String money(Money money) {
        return Display.money(money);
    }

    /** A duration in hours and minutes, such as "7 h 30 min" and "7 小时 30 分钟"; seconds are dropped. */
    static Text duration(Duration duration) {
        long hours = duration.toHours();
        int minutes = duration.toMinutesPart();
        return minutes == 0
                ? Text.of(hours + " h", hours + " 小时")
                : Text.of(hours + " h " + minutes + " min", hours + " 小时 " + minutes + " 分钟");
    }

    /** The findings in a fixed order, by subject and message, whatever the order of the risks. */
    static List<Finding> sorted(List<Finding> findings) {
        List<Finding> copy = new ArrayList<>(findings);
        copy.sort(BY_SUBJECT_AND_MESSAGE);
        return List.copyOf(copy);
    }
}
