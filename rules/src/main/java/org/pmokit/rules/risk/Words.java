package org.pmokit.rules.risk;

import java.time.Duration;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Display;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Text;

/**
 * What the risk rules share: their wording, in English and Simplified Chinese (GLOSSARY.md), how
 * they make a finding and the order of their findings.
 */
final class Words {

    /** The name of the pack. */
    static final String PACK = "risk";

    /**
     * The order of {@link #sorted}: subject, then English message, then Chinese message. A message
     * is compared only between findings with the same subject, so that a lazy message of a rule
     * that reports one finding per risk is not written to be sorted.
     */
    private static final Comparator<Finding> BY_SUBJECT_AND_MESSAGE = Words::compare;

    /** The name of every strategy, made once: {@link #strategy} is asked for one per finding. */
    private static final Map<RiskStrategy, Text> STRATEGIES = strategies();

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
        return STRATEGIES.get(strategy);
    }

    private static Map<RiskStrategy, Text> strategies() {
        Map<RiskStrategy, Text> names = new EnumMap<>(RiskStrategy.class);
        for (RiskStrategy strategy : RiskStrategy.values()) {
            names.put(strategy, nameOf(strategy));
        }
        return Collections.unmodifiableMap(names);
    }

    private static Text nameOf(RiskStrategy strategy) {
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

    /**
     * Puts the findings of a rule in a fixed order, by subject and message, whatever the order of
     * the risks: sorts the list in place and returns it unmodifiable.
     *
     * @param findings the findings, in a list that the rule made and does not use afterwards
     * @return the same findings in order, unmodifiable
     */
    static List<Finding> sorted(List<Finding> findings) {
        if (findings.isEmpty()) {
            return List.of();
        }
        findings.sort(BY_SUBJECT_AND_MESSAGE);
        return Collections.unmodifiableList(findings);
    }

    /** {@link #BY_SUBJECT_AND_MESSAGE}. */
    private static int compare(Finding a, Finding b) {
        int bySubject = a.subject().compareTo(b.subject());
        if (bySubject != 0) {
            return bySubject;
        }
        int byEnglish = a.message().english().compareTo(b.message().english());
        return byEnglish != 0 ? byEnglish : a.message().chinese().compareTo(b.message().chinese());
    }
}
