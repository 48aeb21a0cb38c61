package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
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
 * FIN-001: the contingency reserve is within the policy band ({@link PolicyKeys#CONTINGENCY_MIN} to
 * {@link PolicyKeys#CONTINGENCY_MAX}, 15%-20% by default) of the budget at completion; a budget
 * without a contingency reserve has 0%. The comparison is exact. Silent without a budget (FIN-007
 * reports that), when BAC is zero or undefined, or when the reserve is in another currency.
 */
final class ContingencyReserveRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(FinanceRules.CONTINGENCY_RESERVE, FinanceRules.PACK, Area.FINANCE,
            Subject.BUDGET,
            Text.of("Contingency reserve is within the policy band of the budget at completion",
                    "应急储备占完工预算的比例在政策区间内"),
            Severity.WARNING);

    private static final String SUBJECT = "budget.contingencyReserve";

    private static final Text REMEDY_ABOVE = Text.of(
            "Justify the excess with identified risks, or move it to the management reserve.",
            "以已识别的风险说明超出部分的必要性，或将其转入管理储备。");

    @Override
    public RuleInfo info() {
        return INFO;
    }

    @Override
    public List<Finding> evaluate(RuleInput input) {
        Project project = input.project();
        if (project.budget().isEmpty()) {
            return List.of();
        }
        Budget budget = project.budget().get();
        BudgetFigures figures = input.get(BudgetFigures.ANALYSIS);
        if (figures.bac().toOptional().isEmpty() || figures.contingencyShare().toOptional().isEmpty()) {
            return List.of();
        }
        Money bac = figures.bac().toOptional().get();
        BigDecimal share = figures.contingencyShare().toOptional().get();
        Optional<Money> reserve = budget.contingencyReserve();
        Money contingency = reserve.isPresent() ? reserve.get() : Money.zero(project.currency()); // no zero made when present
        BigDecimal min = input.policy().get(PolicyKeys.CONTINGENCY_MIN);
        BigDecimal max = input.policy().get(PolicyKeys.CONTINGENCY_MAX);
        boolean below = contingency.amount().compareTo(bac.amount().multiply(min)) < 0;
        if (!below && contingency.amount().compareTo(bac.amount().multiply(max)) <= 0) {
            return List.of();
        }
        String band = Texts.band(min, max);
        String measured = Texts.percent(share);
        if (below) {
            boolean none = reserve.isEmpty();
            Text message = Text.lazy(() -> {
                String bacText = Texts.money(bac);
                return none
                        ? Text.of("The budget has no contingency reserve; the policy asks for " + band
                                + " of the budget at completion " + bacText + ".",
                                "预算中没有应急储备；政策要求为完工预算 " + bacText + " 的 " + band + "。")
                        : sentence(contingency, measured, bacText, band, "below", "低于");
            });
            Text remedy = Text.lazy(() -> {
                String least = Texts.percent(min);
                return Text.of("Size the contingency reserve from the risk register and raise it to at least " + least
                        + " of the budget at completion.",
                        "依据风险登记册测算应急储备，并将其提高到不低于完工预算的 " + least + "。");
            });
            return List.of(INFO.finding(SUBJECT, message, remedy).withMeasure(measured, band));
        }
        return List.of(INFO.finding(SUBJECT,
                Text.lazy(() -> sentence(contingency, measured, Texts.money(bac), band, "above", "高于")),
                REMEDY_ABOVE).withMeasure(measured, band));
    }

    /** "Contingency reserve ... is ...% of the budget at completion ..., below / above the policy band of ...". */
    private static Text sentence(Money contingency, String measured, String bacText, String band, String english,
            String chinese) {
        String held = Texts.money(contingency);
        return Text.of("Contingency reserve " + held + " is " + measured + " of the budget at completion "
                + bacText + ", " + english + " the policy band of " + band + ".",
                "应急储备 " + held + " 占完工预算 " + bacText + " 的 " + measured + "，" + chinese + "政策区间 " + band + "。");
    }
}
