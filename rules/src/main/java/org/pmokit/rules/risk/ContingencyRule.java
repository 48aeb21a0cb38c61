package org.pmokit.rules.risk;

import java.util.List;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * RISK-006: the contingency reserve is at least the EMV of the open threats, as a magnitude
 * (FORMULAS.md section 6: the suggested reserve is the sum of the EMV of the open threats).
 * Opportunities do not reduce it. A project without a reserve is measured at zero; a reserve in
 * another currency than the project's is skipped, since
 * {@link org.pmokit.core.validation.ProjectValidator} reports it.
 */
final class ContingencyRule implements Rule {

    static final RuleInfo INFO = new RuleInfo("RISK-006", Words.PACK, Area.RISK, Subject.BUDGET,
            Text.of("The contingency reserve covers the EMV of the open threats", "应急储备不低于未关闭威胁的预期货币价值"),
            Severity.ERROR);

    /** The subject of the findings. */
    static final String SUBJECT = "budget.contingencyReserve";

    /** The measured value without a reserve. */
    private static final Optional<Text> NO_RESERVE = Optional.of(Text.of("no reserve", "未设应急储备"));

    private static final Text REMEDY = Text.of(
            "Raise the contingency reserve to at least the EMV of the open threats, or reduce the threats.",
            "将应急储备提高到不低于未关闭威胁的预期货币价值，或降低威胁。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        RiskAssessment a = input.get(RiskAnalysis.INSTANCE);
        Money needed = a.emvThreats().abs();
        if (needed.isZero()) {
            return List.of();
        }
        Optional<Money> reserve = input.project().budget().flatMap(Budget::contingencyReserve);
        if (reserve.isPresent() && !reserve.get().currency().equals(needed.currency())) {
            return List.of();
        }
        if (reserve.isPresent() && !reserve.get().isLessThan(needed)) {
            return List.of();
        }
        Text emv = amount(needed);
        if (reserve.isEmpty()) {
            return List.of(INFO.finding(SUBJECT, Text.lazy(() -> Text.of(
                    "There is no contingency reserve, but the open threats have an expected monetary value of "
                            + emv.english() + ".",
                    "未设应急储备，而未关闭威胁的预期货币价值为 " + emv.english() + "。")), REMEDY, NO_RESERVE, Optional.of(emv)));
        }
        Text held = amount(reserve.get());
        return List.of(INFO.finding(SUBJECT, Text.lazy(() -> Text.of(
                "The contingency reserve of " + held.english() + " is below the expected monetary value of the open threats, "
                        + emv.english() + ".",
                "应急储备 " + held.english() + " 低于未关闭威胁的预期货币价值 " + emv.english() + "。")), REMEDY,
                Optional.of(held), Optional.of(emv)));
    }

    /**
     * An amount as a measured value or threshold, the same in both languages, such as
     * {@code CNY 545,000.00}: written when it is first read.
     */
    private static Text amount(Money money) {
        return Text.lazy(() -> {
            String shown = Words.money(money);
            return Text.of(shown, shown);
        });
    }
}
