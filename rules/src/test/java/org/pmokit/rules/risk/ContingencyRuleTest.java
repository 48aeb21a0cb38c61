package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.evaluate;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;
import static org.pmokit.rules.risk.RiskFixtures.withContingency;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Budget;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** RISK-006. */
class ContingencyRuleTest {

    private static final ContingencyRule RULE = new ContingencyRule();

    /*
     * Open threats: T1 0.3 x 500,000.00 = 150,000.00; T2 (mitigating) 0.5 x 100,000.00 = 50,000.00;
     * |EMV| = 200,000.00. T3 is closed and O1 an opportunity (+100,000.00): neither counts.
     */
    private static final Project RISKS = project(
            threat("T1").probability("0.3").cost("500000.00").build(),
            threat("T2").probability("0.5").cost("100000.00").status(RiskStatus.MITIGATING).build(),
            threat("T3").probability("0.9").cost("900000.00").status(RiskStatus.CLOSED).build(),
            opportunity("O1").probability("0.5").cost("200000.00").build());

    @Test
    void fires_whenTheReserveIsBelowTheEmvOfTheOpenThreats() {
        List<Finding> found = evaluate(RULE, withContingency(RISKS, "150000.00"));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("RISK-006");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.area()).isEqualTo(Area.RISK);
            assertThat(f.subject()).isEqualTo("budget.contingencyReserve");
            assertThat(f.message()).isEqualTo(Text.of(
                    "The contingency reserve of CNY 150,000.00 is below the expected monetary value of the open threats, "
                            + "CNY 200,000.00.",
                    "应急储备 CNY 150,000.00 低于未关闭威胁的预期货币价值 CNY 200,000.00。"));
            assertThat(f.remedy()).isEqualTo(Text.of(
                    "Raise the contingency reserve to at least the EMV of the open threats, or reduce the threats.",
                    "将应急储备提高到不低于未关闭威胁的预期货币价值，或降低威胁。"));
            assertThat(f.measured().map(Text::english)).contains("CNY 150,000.00");
            assertThat(f.threshold().map(Text::english)).contains("CNY 200,000.00");
        });
    }

    @Test
    void fires_whenThereIsNoReserve() {
        List<Finding> found = evaluate(RULE, RISKS);

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(Text.of(
                    "There is no contingency reserve, but the open threats have an expected monetary value of "
                            + "CNY 200,000.00.",
                    "未设应急储备，而未关闭威胁的预期货币价值为 CNY 200,000.00。"));
            assertThat(f.measured()).contains(Text.of("no reserve", "未设应急储备"));
        });
        Project noReserve = RISKS.toBuilder().budget(Budget.of(cny("1.00"), cny("0.00"), cny("0.00"))).build();
        assertThat(evaluate(RULE, noReserve)).singleElement()
                .satisfies(f -> assertThat(f.measured().map(Text::english)).contains("CNY 0.00"));
    }

    @Test
    void doesNotFire_whenTheReserveCoversTheEmv() {
        assertThat(evaluate(RULE, withContingency(RISKS, "200000.00"))).isEmpty();
        assertThat(evaluate(RULE, withContingency(RISKS, "1400000.00"))).isEmpty();
    }

    @Test
    void doesNotFire_withoutOpenThreatsThatCost() {
        assertThat(evaluate(RULE, project(threat("T1").build(), opportunity("O1").cost("500000.00").build()))).isEmpty();
    }

    @Test
    void doesNotFire_onAReserveInAnotherCurrency() {
        Project usd = RISKS.toBuilder().budget(Budget.of(cny("1.00"), Money.of("USD", "1.00"), cny("0.00"))).build();

        assertThat(evaluate(RULE, usd)).isEmpty();
    }
}
