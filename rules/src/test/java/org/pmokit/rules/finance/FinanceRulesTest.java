package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.budget;
import static org.pmokit.rules.finance.Fixtures.cashFlows;
import static org.pmokit.rules.finance.Fixtures.cny;
import static org.pmokit.rules.finance.Fixtures.date;
import static org.pmokit.rules.finance.Fixtures.evaluate;
import static org.pmokit.rules.finance.Fixtures.project;
import static org.pmokit.rules.finance.Fixtures.tenDayPlan;

import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RuleCatalog;
import org.pmokit.rules.RulePack;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Text;

class FinanceRulesTest {

    private static final Offset<Double> CLOSE = Offset.offset(1e-12);

    @Test
    void pack_isNamedFinance_withSevenRulesInIdOrder() {
        RulePack pack = FinanceRules.pack();
        assertThat(pack.name()).isEqualTo("finance");
        assertThat(pack.rules()).extracting(r -> r.info().id())
                .containsExactly("FIN-001", "FIN-002", "FIN-003", "FIN-004", "FIN-005", "FIN-006", "FIN-007");
        assertThat(pack.rules()).extracting(r -> r.info().area())
                .containsExactly(Area.FINANCE, Area.FINANCE, Area.COST, Area.FINANCE, Area.FINANCE, Area.FINANCE, Area.FINANCE);
        assertThat(pack.metrics()).hasSize(1);
        assertThat(FinanceRules.pack()).isSameAs(pack);
        assertThat(RuleCatalog.ids(RuleSet.of(pack))).hasSize(7);
        for (Rule rule : pack.rules()) {
            assertThat(rule.info().title().chinese()).isNotBlank();
        }
    }

    @Test
    void metrics_ofAProjectWithEverything() {
        // ten-day plan of 100,000; status day 4: PV 40,000; AC 42,800: deviation 7%.
        // cash flows of Brigham and Ehrhardt's project S at the default 8%.
        Project p = project().budget(budget("130000.00", "17500.00", "5000.00")).baseline(tenDayPlan())
                .actualCost(new ActualCost(date("2026-01-05"), ActivityId.of("A1"), cny("42800.00")))
                .cashFlows(cashFlows(-1000, 500, 400, 300, 100))
                .build();
        Map<String, MetricValue> m = evaluate(p, date("2026-01-08")).metrics();
        assertThat(m).containsEntry("finance.bac", new MetricValue.Amount(cny("100000.00")))
                .containsEntry("finance.contingency.share", new MetricValue.Ratio(0.175))
                .containsEntry("finance.spend.planned", new MetricValue.Amount(cny("40000.00")))
                .containsEntry("finance.spend.actual", new MetricValue.Amount(cny("42800.00")))
                .containsEntry("finance.spend.deviation", new MetricValue.Ratio(0.07))
                .containsEntry("finance.roi", new MetricValue.Ratio(0.3))
                .containsEntry("finance.npv", new MetricValue.Amount(cny("117.55")));
        // IRR 14.4888442786%; payback 2 + 100/300; discounted at 8%: 2 + (1000 - 500/1.08 - 400/1.08^2) / (300/1.08^3)
        assertThat(((MetricValue.Ratio) m.get("finance.irr")).value()).isCloseTo(0.1448884428, CLOSE);
        assertThat(m.get("finance.payback")).isInstanceOfSatisfying(MetricValue.Quantity.class, q -> {
            assertThat(q.value()).isCloseTo(7.0 / 3, CLOSE);
            assertThat(q.unit()).isEqualTo("periods");
        });
        double remaining = 1000 - 500 / 1.08 - 400 / (1.08 * 1.08);
        assertThat(((MetricValue.Quantity) m.get("finance.discountedPayback")).value())
                .isCloseTo(2 + remaining / (300 / (1.08 * 1.08 * 1.08)), Offset.offset(1e-9));
        assertThat(m.keySet()).filteredOn(k -> k.startsWith("finance.")).hasSize(10);
    }

    @Test
    void metrics_ofAnEmptyProject_areUndefined_withReasons() {
        Map<String, MetricValue> m = evaluate(project().build(), date("2026-01-08")).metrics();
        assertThat(m).containsEntry("finance.bac", new MetricValue.Amount(cny("0.00")))
                .containsEntry("finance.contingency.share", new MetricValue.Undefined(Text.of("no budget", "没有预算")))
                .containsEntry("finance.spend.planned",
                        new MetricValue.Undefined(Text.of("no baseline to plan against", "没有可对照的基线")))
                .containsEntry("finance.spend.actual", new MetricValue.Amount(cny("0.00")))
                .containsEntry("finance.spend.deviation",
                        new MetricValue.Undefined(Text.of("no baseline to plan against", "没有可对照的基线")));
        for (String key : new String[] {"finance.roi", "finance.npv", "finance.irr", "finance.payback",
            "finance.discountedPayback"}) {
            assertThat(m).containsEntry(key, new MetricValue.Undefined(InvestmentAppraisal.NO_CASH_FLOWS));
        }
        assertThat(InvestmentAppraisal.NO_CASH_FLOWS)
                .isEqualTo(Text.of("no investment case: the project has no cash flows", "没有投资测算：项目没有现金流"));
    }

    @Test
    void metrics_nothingPlannedYet() {
        Project p = project().baseline(tenDayPlan()).build();
        assertThat(evaluate(p, date("2026-01-02")).metrics())
                .containsEntry("finance.spend.planned", new MetricValue.Amount(cny("0.00")))
                .containsEntry("finance.spend.deviation",
                        new MetricValue.Undefined(Text.of("nothing planned yet", "尚无计划工作")));
    }

    @Test
    void spendOverrun_turnsTheCostAreaRed_andTheFinanceAreaKeepsItsOwnStatus() {
        Project p = project().budget(budget("120000.00", "17500.00", "0.00")).baseline(tenDayPlan())
                .actualCost(new ActualCost(date("2026-01-05"), ActivityId.of("A1"), cny("50000.00")))
                .cashFlows(cashFlows(-1000, 500, 400, 300, 100))
                .build();
        Evaluation e = evaluate(p, date("2026-01-08"));
        assertThat(e.findings()).extracting(f -> f.ruleId()).containsExactly("FIN-003");
        assertThat(e.areas().get(Area.COST).status()).isEqualTo(RagStatus.RED);
        assertThat(e.areas().get(Area.FINANCE).status()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void budgetAtCompletion_isTheBacTheMetricsPublish_orWhyThereIsNone() {
        // the ten-day plan: one baseline activity of 100,000.00
        Project p = project().baseline(tenDayPlan()).build();
        Project usd = project().baseline(Fixtures.baseline(new org.pmokit.core.project.BaselineActivity(ActivityId.of("A1"),
                date("2026-01-05"), date("2026-01-09"), org.pmokit.core.money.Money.of("USD", "1.00")))).build();

        assertThat(FinanceRules.budgetAtCompletion(p)).isEqualTo(Outcome.of(cny("100000.00")));
        assertThat(evaluate(p, date("2026-01-09")).metrics().get(FinanceRules.METRIC_BAC))
                .isEqualTo(new MetricValue.Amount(cny("100000.00")));
        assertThat(FinanceRules.budgetAtCompletion(usd).undefinedReason()).contains(
                Text.of("baseline budgets in USD, not in the project's currency CNY", "基线预算币种 USD 与项目币种 CNY 不一致"));
    }
}
