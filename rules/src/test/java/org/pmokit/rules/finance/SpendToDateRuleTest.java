package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.finance.Fixtures.cny;
import static org.pmokit.rules.finance.Fixtures.date;
import static org.pmokit.rules.finance.Fixtures.findings;
import static org.pmokit.rules.finance.Fixtures.project;
import static org.pmokit.rules.finance.Fixtures.tenDayPlan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.project.ActivityId;
import org.pmokit.core.project.ActualCost;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/**
 * FIN-003: actual cost to date against the planned value to date. On the ten-day plan of 100,000.00,
 * PV through Thursday 2026-01-08 (day 4) is 40,000.00.
 */
class SpendToDateRuleTest {

    private static final LocalDate DAY_4 = date("2026-01-08");

    private static Project spent(String... amounts) {
        Project.Builder b = project().baseline(tenDayPlan());
        for (String amount : amounts) {
            b.actualCost(new ActualCost(date("2026-01-07"), ActivityId.of("A1"), cny(amount)));
        }
        return b.build();
    }

    private static List<Finding> fin003(Project p) {
        return findings(p, DAY_4, FinanceRules.SPEND_TO_DATE);
    }

    @ParameterizedTest(name = "AC {0} against PV 40000")
    @ValueSource(strings = {"0.00", "30000.00", "40000.00", "42000.00"}) // underspend, on plan, exactly +5%
    void upTo5PercentOver_orUnder_isSilent(String actual) {
        assertThat(fin003(spent(actual))).isEmpty();
    }

    @Test
    void moreThan5PercentOver_isAnAmberWarning_inTheCostArea() {
        // (42,800 - 40,000) / 40,000 = 7%
        assertThat(fin003(spent("40000.00", "2800.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.COST);
            assertThat(f.subject()).isEqualTo("actualCosts");
            assertThat(f.measured().map(Text::english)).contains("+7%");
            assertThat(f.threshold().map(Text::english)).contains("+5%");
            assertThat(f.message().english()).isEqualTo("Actual cost to 2026-01-08 is CNY 42,800.00, 7% over the planned"
                    + " value of CNY 40,000.00 (amber above 5%, red above 8%).");
            assertThat(f.message().chinese()).isEqualTo("截至 2026-01-08 的实际成本为 CNY 42,800.00，较计划值 CNY 40,000.00"
                    + " 超支 7%（超过 5% 为黄色，超过 8% 为红色）。");
            assertThat(f.remedy().english()).isEqualTo("Find the activities that overspend and agree corrective actions.");
            assertThat(f.remedy().chinese()).isEqualTo("找出超支的任务并商定纠正措施。");
        });
    }

    @Test
    void theBandsAreExclusive_byOneFen() {
        assertThat(fin003(spent("42000.01"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(fin003(spent("43200.00"))).singleElement() // exactly +8%: still amber
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(fin003(spent("43200.01"))).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
    }

    @Test
    void moreThan8PercentOver_isARedError() {
        // (50,000 - 40,000) / 40,000 = 25%
        assertThat(fin003(spent("50000.00"))).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.measured().map(Text::english)).contains("+25%");
            assertThat(f.threshold().map(Text::english)).contains("+8%");
            assertThat(f.message().english()).isEqualTo("Actual cost to 2026-01-08 is CNY 50,000.00, 25% over the planned"
                    + " value of CNY 40,000.00 (amber above 5%, red above 8%).");
            assertThat(f.message().chinese()).isEqualTo("截至 2026-01-08 的实际成本为 CNY 50,000.00，较计划值 CNY 40,000.00"
                    + " 超支 25%（超过 5% 为黄色，超过 8% 为红色）。");
            assertThat(f.remedy().english()).isEqualTo("Escalate the overrun: re-forecast the cost at completion and decide"
                    + " on corrective actions or a change request.");
            assertThat(f.remedy().chinese()).isEqualTo("上报超支：重新估算完工成本，并决定纠正措施或提交变更请求。");
        });
    }

    @Test
    void costsBookedAfterTheStatusDate_doNotCount() {
        Project p = project().baseline(tenDayPlan())
                .actualCost(new ActualCost(DAY_4, ActivityId.of("A1"), cny("40000.00")))
                .actualCost(new ActualCost(DAY_4.plusDays(1), ActivityId.of("A1"), cny("90000.00")))
                .build();
        assertThat(fin003(p)).isEmpty();
    }

    @Test
    void nothingPlannedYet_isSilent_whateverWasSpent() {
        Project p = project().baseline(tenDayPlan())
                .actualCost(new ActualCost(date("2026-01-02"), ActivityId.of("A1"), cny("5000.00")))
                .build();
        assertThat(findings(p, date("2026-01-02"), FinanceRules.SPEND_TO_DATE)).isEmpty();
    }

    @Test
    void withoutABaseline_isSilent() {
        Project p = project().actualCost(new ActualCost(DAY_4, ActivityId.of("A1"), cny("5000.00"))).build();
        assertThat(fin003(p)).isEmpty();
    }

    @Test
    void theBands_comeFromThePolicy() {
        Policy strict = Policy.fromJson("{\"deviation.green\": 0.01, \"deviation.amber\": 0.02}");
        assertThat(findings(spent("41000.00"), DAY_4, strict, FinanceRules.SPEND_TO_DATE)).singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.ERROR); // 2.5% > 2%
                    assertThat(f.threshold().map(Text::english)).contains("+2%");
                });
        Policy lax = Policy.defaults().with(PolicyKeys.DEVIATION_AMBER, new BigDecimal("0.30"));
        assertThat(findings(spent("50000.00"), DAY_4, lax, FinanceRules.SPEND_TO_DATE)).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }
}
