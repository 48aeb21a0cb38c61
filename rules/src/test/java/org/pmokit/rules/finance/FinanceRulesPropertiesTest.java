package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.CNY;
import static org.pmokit.rules.finance.Fixtures.START;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Evaluation;

/** The finance pack's findings and metrics do not depend on the order of the project's lists. */
class FinanceRulesPropertiesTest {

    /** A random project's parts and a status date. */
    record Case(List<BaselineActivity> activities, List<ActualCost> costs, List<CashFlow> cashFlows,
            Optional<Budget> budget, LocalDate statusDate) {

        Project project(long seed) {
            List<BaselineActivity> a = new ArrayList<>(activities);
            List<ActualCost> c = new ArrayList<>(costs);
            List<CashFlow> f = new ArrayList<>(cashFlows);
            Random random = new Random(seed);
            Collections.shuffle(a, random);
            Collections.shuffle(c, random);
            Collections.shuffle(f, random);
            Project.Builder b = Fixtures.project().baseline(new Baseline(1, START, a)).actualCosts(c).cashFlows(f);
            budget.ifPresent(b::budget);
            return b.build();
        }
    }

    private static Arbitrary<Money> money(long maxMajor) {
        return Arbitraries.longs().between(0, maxMajor * 100).map(minor -> Money.ofMinor(CNY, minor));
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<List<BaselineActivity>> activities = Combinators.combine(
                Arbitraries.integers().between(0, 60), Arbitraries.integers().between(0, 30), money(1_000_000))
                .as((offset, length, budget) -> new Object[] {offset, length, budget})
                .list().ofMinSize(1).ofMaxSize(8)
                .map(raw -> IntStream.range(0, raw.size()).mapToObj(i -> new BaselineActivity(ActivityId.of("A" + i),
                        START.plusDays((int) raw.get(i)[0]), START.plusDays((int) raw.get(i)[0] + (int) raw.get(i)[1]),
                        (Money) raw.get(i)[2])).toList());
        Arbitrary<List<ActualCost>> costs = Combinators.combine(Arbitraries.integers().between(0, 90),
                Arbitraries.longs().between(-100_000, 100_000_000))
                .as((day, minor) -> new ActualCost(START.plusDays(day), ActivityId.of("A0"), Money.ofMinor(CNY, minor)))
                .list().ofMaxSize(10);
        Arbitrary<List<CashFlow>> cashFlows = Combinators.combine(Arbitraries.integers().between(0, 6),
                Arbitraries.longs().between(-100_000_000, 100_000_000))
                .as((period, minor) -> CashFlow.of(period, Money.ofMinor(CNY, minor)))
                .list().ofMaxSize(8);
        Arbitrary<Optional<Budget>> budget = Combinators.combine(money(10_000_000), money(2_000_000), money(500_000))
                .as(Budget::of).optional(0.8);
        Arbitrary<LocalDate> statusDate = Arbitraries.integers().between(-5, 120).map(START::plusDays);
        return Combinators.combine(activities, costs, cashFlows, budget, statusDate).as(Case::new);
    }

    @Property(tries = 300)
    void findingsAndMetrics_doNotDependOnTheOrderOfActivitiesCostsOrCashFlows(@ForAll("cases") Case c,
            @ForAll long seed) {
        Evaluation original = Fixtures.evaluate(c.project(0), c.statusDate());
        Evaluation shuffled = Fixtures.evaluate(c.project(seed), c.statusDate());
        assertThat(shuffled.findings()).isEqualTo(original.findings());
        assertThat(shuffled.metrics()).isEqualTo(original.metrics());
        assertThat(shuffled.areas()).isEqualTo(original.areas());
    }
}
