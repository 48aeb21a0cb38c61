package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.BaselineActivity;
import org.pmokit.core.project.CashFlow;
import org.pmokit.core.project.Project;
import org.pmokit.core.time.WorkCalendar;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;
import org.pmokit.rules.finance.FinanceRules;
import org.pmokit.rules.finance.PlannedSpend;

/**
 * The finance pack on the CRM upgrade at its status date 2026-04-30, with the default policy.
 *
 * <p>Budget: BAC = the baseline's budgets 300,000 + 100,000 + 600,000 + 400,000 + 200,000 +
 * 2,400,000 + 900,000 + 600,000 + 700,000 + 100,000 + 1,200,000 + 200,000 + 300,000 + 0 =
 * 8,000,000.00. Contingency 1,400,000 / 8,000,000 = 17.5%, inside 15%-20%: FIN-001 is silent. Approved
 * 9,800,000 = 8,000,000 + 1,400,000 + 400,000 exactly: FIN-002 is silent.
 *
 * <p>PV through 2026-04-30 on the CN calendar (the status date inclusive):
 *
 * <pre>
 * A1  01-05..01-23  300,000  finished                              300,000.00
 * A2  01-26..01-30  100,000  finished                              100,000.00
 * A3  02-02..03-05  600,000  finished (20 working days: Spring Festival 02-15..02-23 off,
 *                            Saturdays 02-14 and 02-28 worked)     600,000.00
 * A4  02-02..02-27  400,000  finished (15 working days)            400,000.00
 * A5  03-06..03-19  200,000  finished                              200,000.00
 * A6  03-20..05-19  2,400,000: working days March 20, 23-27, 30-31 = 8; April 1-3, 7-10, 13-17,
 *                   20-24, 27-30 = 21 (Qingming 04-04..04-06: the Monday 04-06 is off); May 6-8,
 *                   Saturday 9 (worked for Labour Day, 05-01..05-05 off), 11-15, 18-19 = 11; in all
 *                   40. Through 04-30: 8 + 21 = 29. 2,400,000 x 29 / 40 =      1,740,000.00
 * A7  04-03..05-19  900,000: April 3, 7-10, 13-17, 20-24, 27-30 = 19; May = 11; in all 30.
 *                   Through 04-30: 19. 900,000 x 19 / 30 =                 570,000.00
 * A8-A14 start after 04-30                                                      0.00
 * PV                                                                   3,910,000.00
 * </pre>
 *
 * <p>AC through 2026-04-30: 320,000 + 95,000 + 400,000 + 410,000 + 290,000 + 230,000 + 380,000 +
 * 1,000,000 + 330,000 = 3,455,000.00. Deviation (AC - PV) / PV = -455,000 / 3,910,000 = -11.6368%:
 * an underspend, which FIN-003 does not judge (it judges overruns above 5% and 8%), so FIN-003 is
 * silent. The earned value pack will show why: EV = 1,600,000 + 55% x 2,400,000 + 35% x 900,000 =
 * 3,235,000, so the project is behind schedule (SPI 0.83) and over cost for the work done (CPI 0.94).
 *
 * <p>The sample has no cash flows, so FIN-006 reports that there is no investment case (information),
 * and ROI, NPV, IRR and both paybacks are undefined.
 */
class CrmUpgrade2026FinanceRulesTest {

    private static final Project CRM = CrmUpgrade2026.project();
    private static final Evaluation EVALUATION = RuleSet.of(FinanceRules.pack()).evaluate(CRM, EvaluationContext.of(CRM));

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    private static BaselineActivity baselineOf(String id) {
        return CRM.currentBaseline().orElseThrow().activities().stream()
                .filter(a -> a.activity().equals(ActivityId.of(id))).findFirst().orElseThrow();
    }

    @Test
    void evaluatesAtTheStatusDate() {
        assertThat(EvaluationContext.of(CRM).statusDate()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    @Test
    void budgetAtCompletion_andContingencyShare() {
        assertThat(EVALUATION.metrics()).containsEntry("finance.bac", new MetricValue.Amount(cny("8000000.00")))
                .containsEntry("finance.contingency.share", new MetricValue.Ratio(0.175));
    }

    @Test
    void contingencyOf17_5Percent_passes_andTheApprovedTotalCoversBacAndBothReserves() {
        assertThat(EVALUATION.findings()).noneMatch(f -> f.ruleId().equals(FinanceRules.CONTINGENCY_RESERVE));
        assertThat(EVALUATION.findings()).noneMatch(f -> f.ruleId().equals(FinanceRules.APPROVED_TOTAL));
        assertThat(EVALUATION.findings()).noneMatch(f -> f.ruleId().equals(FinanceRules.NO_BUDGET));
    }

    @Test
    void plannedValue_ofTheActivitiesInProgress_byHand() {
        LocalDate status = LocalDate.of(2026, 4, 30);
        assertThat(WorkCalendar.CN.isWorkingDay(LocalDate.of(2026, 4, 6))).isFalse(); // Qingming Monday
        assertThat(WorkCalendar.CN.isWorkingDay(LocalDate.of(2026, 5, 9))).isTrue(); // make-up Saturday
        assertThat(WorkCalendar.CN.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // make-up Saturday
        assertThat(WorkCalendar.CN.isWorkingDay(LocalDate.of(2026, 2, 28))).isTrue(); // make-up Saturday
        assertThat(PlannedSpend.ofActivity(baselineOf("A6"), WorkCalendar.CN, status)).isEqualTo(cny("1740000.00"));
        assertThat(PlannedSpend.ofActivity(baselineOf("A7"), WorkCalendar.CN, status)).isEqualTo(cny("570000.00"));
        assertThat(PlannedSpend.ofActivity(baselineOf("A3"), WorkCalendar.CN, status)).isEqualTo(cny("600000.00"));
        assertThat(PlannedSpend.ofActivity(baselineOf("A8"), WorkCalendar.CN, status)).isEqualTo(cny("0.00"));
        // A3 is planned over 20 working days around the Spring Festival. By Friday 02-20: 02-02..02-13 (10)
        // and the make-up Saturday 02-14 (1), then 02-15..02-23 off: 11 of 20, 600,000 x 11 / 20 = 330,000.
        assertThat(PlannedSpend.ofActivity(baselineOf("A3"), WorkCalendar.CN, LocalDate.of(2026, 2, 20)))
                .isEqualTo(cny("330000.00"));
    }

    @Test
    void spendToDate_isAnUnderspendOf11_6Percent_soFin003IsSilent() {
        assertThat(EVALUATION.metrics())
                .containsEntry("finance.spend.planned", new MetricValue.Amount(cny("3910000.00")))
                .containsEntry("finance.spend.actual", new MetricValue.Amount(cny("3455000.00")));
        double deviation = new BigDecimal("-455000").divide(new BigDecimal("3910000"), MathContext.DECIMAL128).doubleValue();
        assertThat(EVALUATION.metrics()).containsEntry("finance.spend.deviation", new MetricValue.Ratio(deviation));
        assertThat(deviation).isCloseTo(-0.116368, Offset.offset(1e-6));
        assertThat(EVALUATION.findings()).noneMatch(f -> f.ruleId().equals(FinanceRules.SPEND_TO_DATE));
        assertThat(EVALUATION.areas().get(Area.COST).status()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void anOverrunOfTheSameProject_wouldFire() {
        // 800,000 more than the 3,455,000 booked: AC 4,255,000, (4,255,000 - 3,910,000) / 3,910,000 = 8.82% > 8%
        Project overrun = CRM.toBuilder().actualCost(new ActualCost(LocalDate.of(2026, 4, 30), ActivityId.of("A6"),
                cny("800000.00"))).build();
        Evaluation e = RuleSet.of(FinanceRules.pack()).evaluate(overrun, EvaluationContext.of(overrun));
        assertThat(e.findings()).filteredOn(f -> f.ruleId().equals(FinanceRules.SPEND_TO_DATE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR);
                    assertThat(f.message().english()).isEqualTo("Actual cost to 2026-04-30 is CNY 4,255,000.00, 8.82% over"
                            + " the planned value of CNY 3,910,000.00 (amber above 5%, red above 8%).");
                    assertThat(f.message().chinese()).isEqualTo("截至 2026-04-30 的实际成本为 CNY 4,255,000.00，较计划值"
                            + " CNY 3,910,000.00 超支 8.82%（超过 5% 为黄色，超过 8% 为红色）。");
                });
    }

    @Test
    void noCashFlows_meansNoInvestmentCase_information() {
        assertThat(EVALUATION.findings()).filteredOn(f -> f.ruleId().equals(FinanceRules.NO_INVESTMENT_CASE))
                .singleElement().satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message().english()).isEqualTo(
                            "The project has no cash flows: there is no investment case to appraise (ROI, NPV, payback).");
                    assertThat(f.message().chinese())
                            .isEqualTo("项目没有现金流：没有可评估的投资测算（投资回报率、净现值、投资回收期）。");
                });
        Text reason = Text.of("no investment case: the project has no cash flows", "没有投资测算：项目没有现金流");
        for (String key : new String[] {"finance.roi", "finance.npv", "finance.irr", "finance.payback",
            "finance.discountedPayback"}) {
            assertThat(EVALUATION.metrics()).containsEntry(key, new MetricValue.Undefined(reason));
        }
        assertThat(EVALUATION.findings()).extracting(f -> f.ruleId()).containsExactly(FinanceRules.NO_INVESTMENT_CASE);
        assertThat(EVALUATION.areas().get(Area.FINANCE).status()).isEqualTo(RagStatus.GREEN);
    }

    @Test
    void withAnInvestmentCase_theAppraisalIsPublished() {
        // an illustrative case: the 9.8 million spent in period 0, then yearly savings of 3.2 million
        // (a share of the 10.8 million operating-cost cut of goal G1) for four years, at 8%:
        // NPV = -9,800,000 + 3,200,000 x (1/1.08 + 1/1.08^2 + 1/1.08^3 + 1/1.08^4)
        //     = -9,800,000 + 3,200,000 x 3.31212684 = 798,805.89; payback 3 + 200,000/3,200,000 = 3.0625
        Project withCase = CRM.toBuilder()
                .cashFlow(CashFlow.of(0, cny("-9800000.00")))
                .cashFlow(CashFlow.of(1, cny("3200000.00"))).cashFlow(CashFlow.of(2, cny("3200000.00")))
                .cashFlow(CashFlow.of(3, cny("3200000.00"))).cashFlow(CashFlow.of(4, cny("3200000.00")))
                .build();
        Evaluation e = RuleSet.of(FinanceRules.pack()).evaluate(withCase, EvaluationContext.of(withCase));
        assertThat(e.metrics()).containsEntry("finance.npv", new MetricValue.Amount(cny("798805.89")))
                .containsEntry("finance.payback", new MetricValue.Quantity(3.0625, "periods"));
        assertThat(e.findings()).isEmpty();
    }
}
