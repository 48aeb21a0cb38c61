package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.activity;
import static org.pmokit.rules.finance.Fixtures.baseline;
import static org.pmokit.rules.finance.Fixtures.budget;
import static org.pmokit.rules.finance.Fixtures.cny;
import static org.pmokit.rules.finance.Fixtures.date;
import static org.pmokit.rules.finance.Fixtures.input;
import static org.pmokit.rules.finance.Fixtures.project;
import static org.pmokit.rules.finance.Fixtures.tenDayPlan;

import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Activity;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Baseline;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Text;

class BudgetFiguresTest {

    private static BudgetFigures figures(Project p, String statusDate) {
        return input(p, date(statusDate)).get(BudgetFigures.ANALYSIS);
    }

    @Test
    void bac_isTheCurrentBaselinesBudget_reservesExcluded() {
        Project p = project().budget(budget("999.00", "100.00", "50.00"))
                .baselines(List.of(new Baseline(1, Fixtures.START, List.of(activity("A1", "2026-01-05", "2026-01-09", "1.00"))),
                        new Baseline(2, Fixtures.START, List.of(activity("A1", "2026-01-05", "2026-01-09", "300.00"),
                                activity("A2", "2026-01-12", "2026-01-16", "200.00")))))
                .build();
        BudgetFigures f = figures(p, "2026-01-05");
        assertThat(f.bac().toOptional()).contains(cny("500.00"));
        assertThat(f.contingencyShare().toOptional().orElseThrow()).isEqualByComparingTo("0.2");
    }

    @Test
    void bac_withoutABaseline_isTheActivitiesBudgets_aMissingOneCountingZero() {
        Project p = project()
                .activity(Activity.builder("A1", "One").duration(3).budget(cny("120.00")).build())
                .activity(Activity.builder("A2", "Two").duration(3).build())
                .build();
        assertThat(figures(p, "2026-01-05").bac().toOptional()).contains(cny("120.00"));
    }

    @Test
    void contingencyShare_isUndefinedWithoutABudget_orWithAZeroBac() {
        assertThat(figures(project().build(), "2026-01-05").contingencyShare().undefinedReason())
                .contains(Text.of("no budget", "没有预算"));
        assertThat(figures(project().budget(budget("1.00", "1.00", "0.00")).build(), "2026-01-05").contingencyShare()
                .undefinedReason()).contains(Text.of("the budget at completion is zero", "完工预算为零"));
    }

    @Test
    void actualToDate_countsCostsOnOrBeforeTheStatusDate_correctionsIncluded() {
        Project p = project()
                .actualCost(new ActualCost(date("2026-01-07"), ActivityId.of("A1"), cny("100.00")))
                .actualCost(new ActualCost(date("2026-01-08"), ActivityId.of("A1"), cny("-10.00")))
                .actualCost(new ActualCost(date("2026-01-09"), ActivityId.of("A1"), cny("1000.00")))
                .build();
        assertThat(figures(p, "2026-01-08").actualToDate().toOptional()).contains(cny("90.00"));
    }

    @Test
    void actualToDate_inAnotherCurrency_isUndefined_andSaysWhich() {
        Project p = project()
                .actualCost(new ActualCost(date("2026-01-07"), ActivityId.of("A1"), Money.of(Currency.getInstance("USD"), 1)))
                .actualCost(new ActualCost(date("2026-01-07"), ActivityId.of("A1"), Money.of(Currency.getInstance("EUR"), 1)))
                .build();
        assertThat(figures(p, "2026-01-08").actualToDate().undefinedReason()).contains(
                Text.of("actual costs in EUR, USD, not in the project's currency CNY", "实际成本币种 EUR、USD 与项目币种 CNY 不一致"));
    }

    @Test
    void spendDeviation_isACMinusPVOverPV() {
        Project p = project().baseline(tenDayPlan())
                .actualCost(new ActualCost(date("2026-01-07"), ActivityId.of("A1"), cny("30000.00")))
                .build();
        BudgetFigures f = figures(p, "2026-01-08");
        assertThat(f.plannedToDate().toOptional()).contains(cny("40000.00"));
        assertThat(f.spendDeviation().toOptional().orElseThrow()).isEqualByComparingTo("-0.25");
    }

    @Test
    void spendDeviation_beforeAnythingIsPlanned_isUndefined() {
        Project p = project().baseline(baseline(activity("A1", "2026-02-02", "2026-02-06", "10.00"))).build();
        assertThat(figures(p, "2026-01-08").spendDeviation().undefinedReason())
                .contains(Text.of("nothing planned yet", "尚无计划工作"));
    }

    @Test
    void spendDeviation_withoutABaseline_isUndefined_becausePvIs() {
        assertThat(figures(project().build(), "2026-01-08").spendDeviation().undefinedReason())
                .contains(Text.of("no baseline to plan against", "没有可对照的基线"));
    }
}
