package org.pmokit.rules.goals;

import java.util.ArrayList;
import java.util.List;
import org.pmokit.core.project.Goal;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * SMART-001, specific (S): the goal names what changes.
 *
 * <p>The heuristic (FORMULAS.md section 7; seeds 000 and 001 ask for specific, quantified goals):
 * a goal is specific when it has a KPI, whose name says what is measured. Without one, its
 * statement must give a quantity, that is a decimal digit of any script (ASCII or full-width) or a
 * percent or per-mille sign, in at least {@value #MIN_WORDS} words, where a word is a run of
 * letters or digits outside the Han script and each Han character counts as half a word: four
 * English words or eight Chinese characters, mixed freely. Quantities written in Chinese numerals
 * ({@code 三成}) are not recognised. "提升客户服务体验" without a KPI is not specific: it has eight
 * characters but no quantity.
 *
 * <p>This class is immutable and thread-safe.
 */
final class SpecificRule implements Rule {

    /** Fewest words a statement without a KPI needs. */
    static final int MIN_WORDS = 4;

    /** What this rule is. */
    static final RuleInfo INFO = new RuleInfo("SMART-001", GoalRules.PACK, Area.GOALS, Subject.GOAL,
            Text.of("Goal is specific (S): it has a KPI, or its statement gives a quantity in at least four words",
                    "目标是具体的（S）：有关键绩效指标，或目标陈述含有数量且不少于四个词（八个汉字）"),
            Severity.WARNING);

    private static final Text REMEDY = Text.of(
            "Say what changes and by how much, such as \"raise client satisfaction from 80% to 90% by 2026-12-31\", "
                    + "or add a KPI.",
            "写明改变什么、改变多少，如“2026-12-31 前客户满意度从 80% 提升到 90%”，或添加关键绩效指标。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        List<Finding> out = new ArrayList<>();
        for (Goal g : input.project().goals()) {
            if (g.kpi().isPresent()) {
                continue;
            }
            if (!hasQuantity(g.statement())) {
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> {
                    Text quoted = Show.quote(g.statement());
                    return Text.of("goal " + g.id() + " is not specific (S): its statement " + quoted.english()
                                    + " gives no quantity and the goal has no KPI",
                            "目标 " + g.id() + " 不够具体（S）：目标陈述" + quoted.chinese() + "没有给出数量，也没有关键绩效指标");
                }), REMEDY));
                continue;
            }
            int halfWords = halfWords(g.statement());
            if (halfWords < 2 * MIN_WORDS) {
                String words = words(halfWords);
                out.add(INFO.finding(Show.subject(g), Text.lazy(() -> {
                    Text quoted = Show.quote(g.statement());
                    return Text.of("goal " + g.id() + " is not specific (S): its statement " + quoted.english()
                                    + " has " + words + " words, fewer than " + MIN_WORDS
                                    + " (a Chinese character counts as half a word), and the goal has no KPI",
                            "目标 " + g.id() + " 不够具体（S）：目标陈述" + quoted.chinese() + "仅有 " + words
                                    + " 个词，少于 " + MIN_WORDS + " 个（一个汉字按半个词计），也没有关键绩效指标");
                }), REMEDY).withMeasure(words, ">= " + MIN_WORDS));
            }
        }
        return List.copyOf(out);
    }

    /**
     * Returns whether a statement gives a quantity: a decimal digit of any script, or a percent or
     * per-mille sign.
     *
     * @param statement the statement
     * @return true if it has a quantity
     */
    static boolean hasQuantity(String statement) {
        return statement.codePoints().anyMatch(c -> Character.isDigit(c) || c == '%' || c == '％' || c == '‰');
    }

    /**
     * Returns the substance of a statement in half words: two for each run of letters or digits
     * outside the Han script, one for each Han character.
     *
     * @param statement the statement
     * @return the number of half words
     */
    static int halfWords(String statement) {
        int half = 0;
        boolean inWord = false;
        for (int c : statement.codePoints().toArray()) {
            if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                half++;
                inWord = false;
            } else if (Character.isLetterOrDigit(c)) {
                if (!inWord) {
                    half += 2;
                }
                inWord = true;
            } else {
                inWord = false;
            }
        }
        return half;
    }

    private static String words(int halfWords) {
        return halfWords % 2 == 0 ? Integer.toString(halfWords / 2) : (halfWords / 2) + ".5";
    }
}
