package org.pmokit.rules.finance;

import java.util.List;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleInfo;
import org.pmokit.rules.RuleInput;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Subject;
import org.pmokit.rules.Text;

/**
 * FIN-002: the approved total covers the budget at completion plus the contingency and management
 * reserves (a missing reserve counts zero), compared exactly. An underfunded project is an error.
 * Silent without a budget (FIN-007 reports that), when BAC is undefined, or when a part of the
 * budget is in another currency.
 */
final class ApprovedTotalRule implements Rule {

    private static final RuleInfo INFO = new RuleInfo(FinanceRules.APPROVED_TOTAL, FinanceRules.PACK, Area.FINANCE,
            Subject.BUDGET,
            Text.of("Approved budget covers the budget at completion and both reserves",
                    "批准预算覆盖完工预算及应急储备、管理储备"),
            Severity.ERROR);

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
        var bac = input.get(BudgetFigures.ANALYSIS).bac().toOptional();
        Money zero = Money.zero(project.currency());
        Money contingency = budget.contingencyReserve().orElse(zero);
        Money management = budget.managementReserve().orElse(zero);
        Money approved = budget.approvedTotal();
        if (bac.isEmpty() || !contingency.currency().equals(zero.currency())
                || !management.currency().equals(zero.currency()) || !approved.currency().equals(zero.currency())) {
            return List.of();
        }
        Money required = bac.get().plus(contingency).plus(management);
        if (!approved.isLessThan(required)) {
            return List.of();
        }
        String approvedText = Texts.money(approved);
        String bacText = Texts.money(bac.get());
        String contingencyText = Texts.money(contingency);
        String managementText = Texts.money(management);
        String requiredText = Texts.money(required);
        String shortfall = Texts.money(required.minus(approved));
        return List.of(INFO.finding("budget.approvedTotal",
                Text.of("Approved total " + approvedText + " does not cover the budget at completion " + bacText
                        + " plus the contingency reserve " + contingencyText + " and the management reserve "
                        + managementText + ": " + requiredText + ".",
                        "批准预算总额 " + approvedText + " 不足以覆盖完工预算 " + bacText + " 加应急储备 " + contingencyText
                        + " 和管理储备 " + managementText + "，合计 " + requiredText + "。"),
                Text.of("Get the shortfall of " + shortfall + " approved, or reduce the baseline scope or the reserves.",
                        "为 " + shortfall + " 的缺口申请追加批准，或压缩基线范围或储备。"))
                .withMeasure(approvedText, ">= " + requiredText));
    }
}
