package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.evaluate;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** RISK-001. */
class UnownedRiskRuleTest {

    private static final UnownedRiskRule RULE = new UnownedRiskRule();

    @Test
    void fires_onAnOpenRiskWithoutAnOwner() {
        List<Finding> found = evaluate(RULE, project(
                threat("RK4").title("Key data scientists leave").owner(null).build()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("RISK-001");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.RISK);
            assertThat(f.subject()).isEqualTo("risks[RK4]");
            assertThat(f.message()).isEqualTo(Text.of(
                    "Threat RK4 (Key data scientists leave) is open but has no owner.",
                    "威胁 RK4（Key data scientists leave）尚未关闭，但没有风险责任人。"));
            assertThat(f.remedy()).isEqualTo(Text.of("Name an owner who is accountable for the response.",
                    "指定对风险应对负责的责任人。"));
            assertThat(f.measured()).contains(Text.of("no owner", "无风险责任人"));
            assertThat(f.threshold()).contains(Text.of("an owner", "须有风险责任人"));
        });
    }

    @Test
    void fires_onAMitigatingOpportunity_andABlankOwner() {
        List<Finding> found = evaluate(RULE, project(
                opportunity("O1").owner(null).status(RiskStatus.MITIGATING).build(),
                threat("T1").owner(" ").build()));

        assertThat(found).extracting(Finding::subject).containsExactly("risks[O1]", "risks[T1]");
        assertThat(found.get(0).message().english()).isEqualTo("Opportunity O1 (Risk O1) is open but has no owner.");
        assertThat(found.get(0).message().chinese()).isEqualTo("机会 O1（Risk O1）尚未关闭，但没有风险责任人。");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"OCCURRED", "CLOSED"})
    void doesNotFire_onARiskThatIsNoLongerOpen(RiskStatus status) {
        assertThat(evaluate(RULE, project(threat("T1").owner(null).status(status).build()))).isEmpty();
    }

    @Test
    void doesNotFire_whenEveryOpenRiskHasAnOwner() {
        assertThat(evaluate(RULE, project(threat("T1").build(), opportunity("O1").build()))).isEmpty();
    }
}
