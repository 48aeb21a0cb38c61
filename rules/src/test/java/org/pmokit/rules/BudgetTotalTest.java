package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Project;

class BudgetTotalTest {

    private static final Currency CNY = Currency.getInstance("CNY");

    private static Money cny(String amount) {
        return Money.of(CNY, new BigDecimal(amount));
    }

    private static Money of(String code, String amount) {
        return Money.of(Currency.getInstance(code), new BigDecimal(amount));
    }

    private static Activity activity(String id, Money budget) {
        Activity.Builder b = Activity.builder(id, "Activity " + id).duration(5);
        return (budget == null ? b : b.budget(budget)).build();
    }

    private static BaselineActivity row(String id, Money budget) {
        return new BaselineActivity(ActivityId.of(id), Fixtures.START, Fixtures.START, budget);
    }

    private static Project withActivities(Activity... activities) {
        return Fixtures.project("P1").toBuilder().activities(List.of(activities)).build();
    }

    @Test
    void withoutABaseline_isTheActivitiesBudgets_anActivityWithoutOneCountingZero() {
        // 120,000.50 + 0 + 79,999.50 = 200,000.00
        BudgetTotal t = BudgetTotal.of(withActivities(activity("A1", cny("120000.50")), activity("A2", null),
                activity("A3", cny("79999.50"))));

        assertThat(t.total()).isEqualTo(cny("200000.00"));
        assertThat(t.inProjectCurrency()).contains(cny("200000.00"));
        assertThat(t.otherCurrencies()).isEmpty();
        assertThat(t.fromBaseline()).isFalse();
    }

    @Test
    void withBaselines_isTheCurrentBaselinesBudgets_notTheActivities() {
        // version 2 is current: 800,000.00 + 50,000.00 = 850,000.00; version 1 and A1's 1,000.00 ignored
        Project p = withActivities(activity("A1", cny("1000.00"))).toBuilder()
                .baseline(new Baseline(2, Fixtures.START, List.of(row("A1", cny("800000.00")), row("A2", cny("50000.00")))))
                .baseline(new Baseline(1, Fixtures.START, List.of(row("A1", cny("900000.00")))))
                .build();

        BudgetTotal t = BudgetTotal.of(p);

        assertThat(t.total()).isEqualTo(cny("850000.00"));
        assertThat(t.fromBaseline()).isTrue();
    }

    @Test
    void budgetsInOtherCurrencies_areLeftOut_andNamedInOrder() {
        // only the CNY 300.00 counts; USD and JPY are listed, sorted
        BudgetTotal t = BudgetTotal.of(withActivities(activity("A1", of("USD", "10.00")), activity("A2", cny("300.00")),
                activity("A3", of("JPY", "500")), activity("A4", of("USD", "1.00"))));

        assertThat(t.total()).isEqualTo(cny("300.00"));
        assertThat(t.inProjectCurrency()).contains(cny("300.00"));
        assertThat(t.otherCurrencies()).containsExactly("JPY", "USD");
    }

    @Test
    void nothingInTheProjectsCurrency_isZero_butNotPresent() {
        BudgetTotal none = BudgetTotal.of(withActivities(activity("A1", null)));
        BudgetTotal foreign = BudgetTotal.of(withActivities(activity("A1", of("USD", "10.00"))));

        assertThat(none.total()).isEqualTo(Money.zero(CNY));
        assertThat(none.inProjectCurrency()).isEmpty();
        assertThat(foreign.inProjectCurrency()).isEmpty();
        assertThat(foreign.otherCurrencies()).containsExactly("USD");
    }

    @Test
    void theAnalysis_isComputedOncePerInput() {
        RuleInput input = new RuleInput(withActivities(activity("A1", cny("5.00"))), EvaluationContext.at(Fixtures.START));

        assertThat(input.get(BudgetTotal.ANALYSIS)).isSameAs(input.get(BudgetTotal.ANALYSIS));
        assertThat(input.get(BudgetTotal.ANALYSIS).total()).isEqualTo(cny("5.00"));
    }

    @Property(tries = 200)
    void theTotal_isTheChainedSum_whateverTheOrderOfTheActivities(@ForAll("budgets") List<Long> cents) {
        List<Activity> activities = new ArrayList<>();
        Money expected = Money.zero(CNY);
        for (int i = 0; i < cents.size(); i++) {
            Money m = Money.ofMinor(CNY, cents.get(i));
            activities.add(activity("A" + i, m));
            expected = expected.plus(m);
        }
        List<Activity> reversed = new ArrayList<>(activities);
        Collections.reverse(reversed);

        BudgetTotal forward = BudgetTotal.of(withActivities(activities.toArray(Activity[]::new)));
        BudgetTotal backward = BudgetTotal.of(withActivities(reversed.toArray(Activity[]::new)));

        assertThat(forward.total()).isEqualTo(expected);
        assertThat(backward.total()).isEqualTo(expected);
        assertThat(forward.inProjectCurrency().isPresent()).isEqualTo(!cents.isEmpty());
    }

    @Provide
    Arbitrary<List<Long>> budgets() {
        return Arbitraries.longs().between(0, 1_000_000_000_000L).list().ofMaxSize(30);
    }
}
