package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Project;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.Rule;
import org.pmokit.rules.RulePack;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Subject;

class RiskRulesTest {

    @Test
    void pack_isNamedRisk_withRulesRisk001To006_inTheRiskArea() {
        RulePack pack = RiskRules.pack();

        assertThat(pack.name()).isEqualTo("risk");
        assertThat(pack.rules()).extracting(r -> r.info().id())
                .containsExactly("RISK-001", "RISK-002", "RISK-003", "RISK-004", "RISK-005", "RISK-006");
        assertThat(pack.rules()).extracting(r -> r.info().area()).containsOnly(Area.RISK);
        assertThat(pack.rules()).extracting(r -> r.info().subject()).containsExactly(
                Subject.RISK, Subject.RISK, Subject.RISK, Subject.RISK, Subject.RISK, Subject.BUDGET);
        assertThat(pack.metrics()).containsExactly(RiskMetrics.instance());
        assertThat(RiskRules.pack()).isSameAs(pack);
    }

    @Test
    void everyRule_hasATitleInBothLanguages() {
        for (Rule rule : RiskRules.pack().rules()) {
            assertThat(rule.info().title().english()).isNotBlank();
            assertThat(rule.info().title().chinese()).isNotBlank().isNotEqualTo(rule.info().title().english());
        }
    }

    @Test
    void evaluate_composesWithTheEngine_andDecidesTheRiskArea() {
        // RISK-001 (warning) and RISK-002 (error): the risk area is red
        Project p = project(threat("T1").probability("0.9").level(5).owner(null).strategy(null).build());
        Evaluation e = RuleSet.of(RiskRules.pack()).evaluate(p,
                EvaluationContext.at(LocalDate.of(2026, 4, 30)).withLocale(Locale.CHINESE));

        assertThat(e.findings()).extracting(f -> f.ruleId()).containsExactly("RISK-002", "RISK-001");
        assertThat(e.status(Area.RISK).status()).isEqualTo(RagStatus.RED);
        assertThat(e.metrics()).containsKeys("risk.emv.total", "risk.count.critical", "risk.exposure.TECHNICAL");
    }
}
