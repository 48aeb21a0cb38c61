package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.evaluate;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** RISK-002. */
class UnaddressedThreatRuleTest {

    private static final UnaddressedThreatRule RULE = new UnaddressedThreatRule();

    @Test
    void fires_onAHighThreat_withoutStrategyAndResponse() {
        // p 0.6 -> level 4, impact level 4: score 16, high
        List<Finding> found = evaluate(RULE, project(
                threat("T1").probability("0.6").level(4).strategy(null).response(null).build()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("RISK-002");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.area()).isEqualTo(Area.RISK);
            assertThat(f.subject()).isEqualTo("risks[T1]");
            assertThat(f.message()).isEqualTo(Text.of(
                    "Threat T1 (Risk T1) is a high risk (score 16) but has no response strategy and no planned response.",
                    "威胁 T1（Risk T1）为高风险（风险矩阵分值 16），但没有应对策略，也没有应对措施。"));
            assertThat(f.remedy()).isEqualTo(Text.of(
                    "Choose a response strategy (avoid, mitigate, transfer, accept or escalate) and plan the response.",
                    "选择应对策略（规避、减轻、转移、接受或上报）并制定应对措施。"));
            assertThat(f.measured()).contains(Text.of("score 16 (high), no response strategy and no planned response", "风险矩阵分值 16（高），没有应对策略，也没有应对措施"));
            assertThat(f.threshold()).contains(Text.of("strategy and response from score 12", "风险矩阵分值 12 起须有应对策略和应对措施"));
        });
    }

    @Test
    void fires_onACriticalThreat_withoutAResponse_orWithoutAStrategy() {
        // p 0.9 -> level 5, impact level 4: score 20, critical
        List<Finding> found = evaluate(RULE, project(
                threat("T1").probability("0.9").level(4).response(null).build(),
                threat("T2").probability("0.9").level(4).strategy(null).status(RiskStatus.MITIGATING).build()));

        assertThat(found).extracting(f -> f.message().english()).containsExactly(
                "Threat T1 (Risk T1) is a critical risk (score 20) but has no planned response.",
                "Threat T2 (Risk T2) is a critical risk (score 20) but has no response strategy.");
        assertThat(found).extracting(f -> f.message().chinese()).containsExactly(
                "威胁 T1（Risk T1）为极高风险（风险矩阵分值 20），但没有应对措施。",
                "威胁 T2（Risk T2）为极高风险（风险矩阵分值 20），但没有应对策略。");
    }

    @Test
    void doesNotFire_onAMediumThreat_anOpportunity_aClosedThreat_orAnAddressedOne() {
        assertThat(evaluate(RULE, project(
                threat("T1").probability("0.5").level(3).strategy(null).response(null).build(), // 9, medium
                opportunity("O1").probability("0.9").level(5).strategy(null).response(null).build(),
                threat("T2").probability("0.9").level(5).strategy(null).response(null).status(RiskStatus.CLOSED).build(),
                threat("T3").probability("0.9").level(5).strategy(RiskStrategy.AVOID).build()))).isEmpty();
    }

    @Test
    void followsTheBandBoundaries_ofThePolicy() {
        // score 9 is medium by default, high when high starts at 9
        var risk = threat("T1").probability("0.5").level(3).strategy(null).build();
        Policy policy = Policy.defaults().with(PolicyKeys.BAND_HIGH, 9);

        assertThat(evaluate(RULE, project(risk))).isEmpty();
        assertThat(evaluate(RULE, project(risk), policy)).singleElement()
                .satisfies(f -> assertThat(f.threshold().map(Text::english)).contains("strategy and response from score 9"));
    }
}
