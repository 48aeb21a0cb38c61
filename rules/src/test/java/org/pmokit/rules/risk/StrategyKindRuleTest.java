package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.evaluate;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pmokit.core.project.RiskStatus;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Area;
import org.pmokit.rules.Finding;
import org.pmokit.rules.Severity;
import org.pmokit.rules.Text;

/** RISK-005. */
class StrategyKindRuleTest {

    private static final StrategyKindRule RULE = new StrategyKindRule();

    @Test
    void fires_onAThreatWithAnOpportunityStrategy() {
        List<Finding> found = evaluate(RULE, project(threat("T1").strategy(RiskStrategy.EXPLOIT).build()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("RISK-005");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.area()).isEqualTo(Area.RISK);
            assertThat(f.subject()).isEqualTo("risks[T1]");
            assertThat(f.message()).isEqualTo(Text.of(
                    "Threat T1 (Risk T1) has the strategy exploit, which is for opportunities.",
                    "威胁 T1（Risk T1）的应对策略为开拓，该策略只适用于机会。"));
            assertThat(f.remedy()).isEqualTo(Text.of(
                    "Choose a threat strategy: avoid, mitigate, transfer, accept or escalate.",
                    "改用适用于威胁的策略：规避、减轻、转移、接受或上报。"));
            assertThat(f.measured()).contains(Text.of("EXPLOIT", "开拓"));
            assertThat(f.threshold()).contains(Text.of("AVOID, MITIGATE, TRANSFER, ACCEPT or ESCALATE", "规避、减轻、转移、接受或上报"));
        });
    }

    @Test
    void fires_onAnOpportunityWithAThreatStrategy_whateverItsStatus() {
        List<Finding> found = evaluate(RULE, project(
                opportunity("O1").strategy(RiskStrategy.MITIGATE).status(RiskStatus.CLOSED).build()));

        assertThat(found).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo(Text.of(
                    "Opportunity O1 (Risk O1) has the strategy mitigate, which is for threats.",
                    "机会 O1（Risk O1）的应对策略为减轻，该策略只适用于威胁。"));
            assertThat(f.remedy()).isEqualTo(Text.of(
                    "Choose an opportunity strategy: exploit, enhance, share, accept or escalate.",
                    "改用适用于机会的策略：开拓、提高、分享、接受或上报。"));
            assertThat(f.threshold()).contains(Text.of("EXPLOIT, ENHANCE, SHARE, ACCEPT or ESCALATE", "开拓、提高、分享、接受或上报"));
        });
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(names = {"ACCEPT", "ESCALATE"})
    void doesNotFire_onStrategiesForEither(RiskStrategy strategy) {
        assertThat(evaluate(RULE, project(threat("T1").strategy(strategy).build(),
                opportunity("O1").strategy(strategy).build()))).isEmpty();
    }

    @Test
    void doesNotFire_onMatchingStrategies_orNoStrategy() {
        assertThat(evaluate(RULE, project(
                threat("T1").strategy(RiskStrategy.AVOID).build(),
                threat("T2").strategy(RiskStrategy.TRANSFER).build(),
                threat("T3").strategy(null).build(),
                opportunity("O1").strategy(RiskStrategy.ENHANCE).build(),
                opportunity("O2").strategy(RiskStrategy.SHARE).build()))).isEmpty();
    }
}
