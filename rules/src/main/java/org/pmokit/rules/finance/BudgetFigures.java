package org.pmokit.rules.finance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Analysis;
import org.pmokit.rules.BudgetTotal;
import org.pmokit.rules.MoneySum;
import org.pmokit.rules.RuleInput;

/**
 * The budget figures the finance rules share (FORMULAS.md section 3), each possibly undefined:
 *
 * <ul>
 *   <li>BAC: the sum of the current baseline's activity budgets, reserves excluded; without a
 *       baseline, the sum of the activities' budgets (an activity without one counts zero).
 *   <li>The contingency share: the contingency reserve / BAC (no reserve counts zero); undefined
 *       without a budget or when BAC is zero.
 *   <li>AC to date: the sum of the actual costs dated on or before the status date.
 *   <li>PV to date: {@link PlannedSpend#TO_STATUS_DATE}.
 *   <li>The spend deviation (AC - PV) / PV; undefined when PV is zero ("nothing planned yet").
 * </ul>
 *
 * <p>Sums are exact; the two ratios are computed at {@link InvestmentAppraisal#PRECISION}. A figure
 * that would mix currencies is undefined, and says which currencies.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param bac the budget at completion
 * @param contingencyShare the contingency reserve as a fraction of BAC
 * @param actualToDate the actual cost through the status date
 * @param plannedToDate the planned value through the status date
 * @param spendDeviation (AC - PV) / PV, positive for an overrun
 */
record BudgetFigures(Outcome<Money> bac, Outcome<BigDecimal> contingencyShare, Outcome<Money> actualToDate,
        Outcome<Money> plannedToDate, Outcome<BigDecimal> spendDeviation) {

    /** The shared analysis. */
    static final Analysis<BudgetFigures> ANALYSIS = BudgetFigures::analyse;

    private static BudgetFigures analyse(RuleInput input) {
        Project project = input.project();
        Outcome<Money> bac = bac(input.get(BudgetTotal.ANALYSIS), project.currency());
        Outcome<BigDecimal> share = contingencyShare(project.budget(), bac, project.currency());
        Outcome<Money> actual = actualThrough(project, input.context().statusDate());
        Outcome<Money> planned = input.get(PlannedSpend.TO_STATUS_DATE);
        return new BudgetFigures(bac, share, actual, planned, deviation(actual, planned));
    }

    static Outcome<Money> bac(Project project) {
        return bac(BudgetTotal.of(project), project.currency());
    }

    /** BAC from the budget total: undefined when a budget is in another currency. */
    static Outcome<Money> bac(BudgetTotal total, Currency currency) {
        if (!total.otherCurrencies().isEmpty()) {
            return Outcome.undefined(total.fromBaseline()
                    ? Texts.otherCurrency("baseline budgets", "基线预算", total.otherCurrencies(), currency)
                    : Texts.otherCurrency("activity budgets", "任务预算", total.otherCurrencies(), currency));
        }
        return Outcome.of(total.total());
    }

    static Outcome<BigDecimal> contingencyShare(Optional<Budget> budget, Outcome<Money> bac, Currency currency) {
        if (budget.isEmpty()) {
            return Outcome.undefined("no budget", "没有预算");
        }
        Optional<Money> reserve = budget.get().contingencyReserve();
        Money contingency = reserve.isPresent() ? reserve.get() : Money.zero(currency); // no zero made when present
        if (!contingency.currency().equals(currency)) {
            return Outcome.undefined(Texts.otherCurrency("the contingency reserve", "应急储备",
                    new TreeSet<>(List.of(contingency.currency().getCurrencyCode())), currency));
        }
        return bac.flatMap(b -> b.isZero()
                ? Outcome.undefined("the budget at completion is zero", "完工预算为零")
                : Outcome.of(Quotients.divide(contingency.amount(), b.amount(), InvestmentAppraisal.PRECISION)));
    }

    static Outcome<Money> actualThrough(Project project, LocalDate statusDate) {
        Currency currency = project.currency();
        SortedSet<String> others = null; // made only for a cost in another currency
        MoneySum sum = new MoneySum(currency);
        for (ActualCost cost : project.actualCosts()) {
            if (!cost.date().isAfter(statusDate) && !sum.add(cost.amount())) {
                if (others == null) {
                    others = new TreeSet<>();
                }
                others.add(cost.amount().currency().getCurrencyCode());
            }
        }
        if (others != null) {
            return Outcome.undefined(Texts.otherCurrency("actual costs", "实际成本", others, currency));
        }
        return Outcome.of(sum.total());
    }

    static Outcome<BigDecimal> deviation(Outcome<Money> actual, Outcome<Money> planned) {
        return planned.flatMap(pv -> pv.isZero()
                ? Outcome.undefined("nothing planned yet", "尚无计划工作")
                : actual.map(ac -> Quotients.divide(ac.minus(pv).amount(), pv.amount(), InvestmentAppraisal.PRECISION)));
    }
}
