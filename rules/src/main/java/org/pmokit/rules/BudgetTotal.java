package org.pmokit.rules;

import java.util.Collections;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;

/**
 * The budget at completion (BAC, FORMULAS.md section 3) as the sum of a project's planned budgets,
 * taken once per evaluation for every pack that needs it: the current baseline's activity budgets,
 * or, without a baseline, the activities' budgets (an activity without one counts zero).
 *
 * <p>Only amounts in the project's currency are added; the codes of any other currencies met are
 * kept, so that each pack decides what they mean (the risk pack ignores them, the finance pack
 * leaves BAC undefined).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BudgetTotal {

    /** The shared analysis: the budget total of the evaluated project. */
    public static final Analysis<BudgetTotal> ANALYSIS = input -> of(input.project());

    private final Money total;
    private final boolean anyInCurrency;
    private final SortedSet<String> otherCurrencies;
    private final boolean fromBaseline;

    private BudgetTotal(Money total, boolean anyInCurrency, SortedSet<String> otherCurrencies, boolean fromBaseline) {
        this.total = total;
        this.anyInCurrency = anyInCurrency;
        this.otherCurrencies = Collections.unmodifiableSortedSet(otherCurrencies);
        this.fromBaseline = fromBaseline;
    }

    /**
     * Sums a project's planned budgets.
     *
     * @param project the project
     * @return the total
     * @throws IllegalArgumentException if the sum grows beyond {@link Money#MAX_INTEGER_DIGITS}
     *         integer digits
     */
    public static BudgetTotal of(Project project) {
        Objects.requireNonNull(project, "project");
        Currency currency = project.currency();
        MoneySum sum = new MoneySum(currency);
        SortedSet<String> others = new TreeSet<>();
        boolean any = false;
        Optional<Baseline> baseline = project.currentBaseline();
        if (baseline.isPresent()) {
            for (BaselineActivity row : baseline.get().activities()) {
                any |= add(sum, row.budget(), others);
            }
        } else {
            for (Activity activity : project.activities()) {
                if (activity.budget().isPresent()) {
                    any |= add(sum, activity.budget().get(), others);
                }
            }
        }
        return new BudgetTotal(sum.total(), any, others, baseline.isPresent());
    }

    /** Adds an amount in the sum's currency, or notes its currency. */
    private static boolean add(MoneySum sum, Money amount, SortedSet<String> others) {
        if (sum.add(amount)) {
            return true;
        }
        others.add(amount.currency().getCurrencyCode());
        return false;
    }

    /**
     * Returns the sum of the budgets in the project's currency.
     *
     * @return the sum, zero if there is none
     */
    public Money total() {
        return total;
    }

    /**
     * Returns the sum of the budgets in the project's currency, if there is at least one such budget.
     *
     * @return the sum; empty when nothing is budgeted in the project's currency
     */
    public Optional<Money> inProjectCurrency() {
        return anyInCurrency ? Optional.of(total) : Optional.empty();
    }

    /**
     * Returns the codes of the other currencies that budgets were given in, which the total leaves out.
     *
     * @return the ISO 4217 codes, sorted, unmodifiable; empty when every budget is in the project's
     *     currency
     */
    public SortedSet<String> otherCurrencies() {
        return otherCurrencies;
    }

    /**
     * Returns whether the budgets are those of the current baseline rather than of the activities.
     *
     * @return true when the project has a baseline
     */
    public boolean fromBaseline() {
        return fromBaseline;
    }
}
