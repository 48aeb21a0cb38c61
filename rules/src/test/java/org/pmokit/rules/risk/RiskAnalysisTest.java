package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Policy;
import org.pmokit.rules.PolicyKeys;
import org.pmokit.rules.RuleInput;

class RiskAnalysisTest {

    private static final Project PROJECT = project(threat("T1").probability("0.6").level(3).build());

    @Test
    void analyse_runsOncePerInput() {
        RuleInput input = new RuleInput(PROJECT, EvaluationContext.of(PROJECT));

        assertThat(input.get(RiskAnalysis.INSTANCE)).isSameAs(input.get(RiskAnalysis.INSTANCE));
    }

    @Test
    void analyse_usesThePolicyOfTheContext() {
        // p 0.6 is level 4 by default (score 12, high); with level 5 above 0.55 it is level 5 (score 15, still high)
        Policy policy = Policy.defaults().with(PolicyKeys.PROBABILITY_LEVEL5, new BigDecimal("0.55"));
        RuleInput byDefault = new RuleInput(PROJECT, EvaluationContext.of(PROJECT));
        RuleInput overridden = new RuleInput(PROJECT, EvaluationContext.of(PROJECT).withPolicy(policy));

        assertThat(byDefault.get(RiskAnalysis.INSTANCE).results().get(0).score()).isEqualTo(12);
        assertThat(overridden.get(RiskAnalysis.INSTANCE).results().get(0).score()).isEqualTo(15);
    }
}
