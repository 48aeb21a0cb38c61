package org.pmokit.rules.goals;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.function.Supplier;
import org.pmokit.core.project.Direction;
import org.pmokit.core.project.Goal;
import org.pmokit.core.project.Kpi;
import org.pmokit.core.project.Milestone;
import org.pmokit.rules.Text;

/**
 * How the goals pack writes values into messages: quantities with their unit as the KPI gives
 * them, shares as percentages with one decimal, and subject paths. Rounding happens only here.
 *
 * <p>This class is immutable and thread-safe.
 */
final class Show {

    /** Longest statement quoted in a message, in code points. */
    private static final int QUOTE_MAX = 60;

    private Show() {
    }

    /**
     * Returns a language-neutral measure or threshold, such as a date or a quantity, written only
     * when a report or a caller reads it: most findings of a large portfolio are counted, not read.
     *
     * @param text makes the text, the same in both languages; it must depend on immutable values only
     * @return the lazy text
     */
    static Text measure(Supplier<String> text) {
        return Text.lazy(() -> {
            String shown = text.get();
            return Text.of(shown, shown);
        });
    }

    /**
     * Returns the subject path of a goal.
     *
     * @param goal the goal
     * @return such as {@code goals[G4]}
     */
    static String subject(Goal goal) {
        return "goals[" + goal.id() + "]";
    }

    /**
     * Returns the subject path of a goal's KPI.
     *
     * @param goal the goal
     * @return such as {@code goals[G4].kpi}
     */
    static String kpiSubject(Goal goal) {
        return subject(goal) + ".kpi";
    }

    /**
     * Returns the subject path of a milestone.
     *
     * @param milestone the milestone
     * @return such as {@code milestones[M4]}
     */
    static String subject(Milestone milestone) {
        return "milestones[" + milestone.id() + "]";
    }

    /**
     * Returns a value in the KPI's unit: {@code 82%} for a percentage, {@code 40000000 CNY}
     * otherwise, the bare number without a unit. The value is written as given, without an exponent.
     *
     * @param value the value
     * @param kpi the KPI whose unit to use
     * @return the text
     */
    static String quantity(BigDecimal value, Kpi kpi) {
        return withUnit(value.toPlainString(), kpi.unit());
    }

    /**
     * Returns a computed value in the KPI's unit, rounded as {@link #rounded(BigDecimal, int)} does.
     *
     * @param value the value
     * @param scale the decimals to round to
     * @param kpi the KPI whose unit to use
     * @return the text
     */
    static String quantity(BigDecimal value, int scale, Kpi kpi) {
        return withUnit(rounded(value, scale), kpi.unit());
    }

    /**
     * Returns a value rounded half-even to {@code scale} decimals, trailing zeros dropped, without an
     * exponent.
     *
     * @param value the value
     * @param scale the decimals to round to
     * @return the text
     */
    static String rounded(BigDecimal value, int scale) {
        return value.setScale(Math.max(scale, 0), RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }

    private static String withUnit(String number, Optional<String> unit) {
        if (unit.isEmpty()) {
            return number;
        }
        String u = unit.get();
        return u.equals("%") || u.equals("％") || u.equals("‰") ? number + u : number + " " + u;
    }

    /**
     * Returns a share as a percentage with one decimal, rounded half-even.
     *
     * @param share the share, such as {@code 0.825}
     * @return such as {@code 82.5%}
     */
    static String percent(BigDecimal share) {
        return share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN).toPlainString() + "%";
    }

    /**
     * Returns a policy share as a percentage, as precise as written.
     *
     * @param share the share, such as {@code 0.50}
     * @return such as {@code 50%}
     */
    static String policyPercent(BigDecimal share) {
        return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }

    /**
     * Returns a statement in the quotes of each language, stripped and shortened to
     * {@value #QUOTE_MAX} code points.
     *
     * @param statement the statement
     * @return the quoted statement
     */
    static Text quote(String statement) {
        String s = statement.strip();
        if (s.codePointCount(0, s.length()) > QUOTE_MAX) {
            s = s.substring(0, s.offsetByCodePoints(0, QUOTE_MAX)) + "…";
        }
        return Text.of("\"" + s + "\"", "“" + s + "”");
    }

    /**
     * Returns the name of a direction.
     *
     * @param direction the direction
     * @return "increase" / "上升" or "decrease" / "下降"
     */
    static Text direction(Direction direction) {
        return direction == Direction.INCREASE ? Text.of("increase", "上升") : Text.of("decrease", "下降");
    }
}
