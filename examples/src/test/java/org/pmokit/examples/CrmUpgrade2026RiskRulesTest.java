package org.pmokit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskKind;
import org.pmokit.rules.Area;
import org.pmokit.rules.Evaluation;
import org.pmokit.rules.EvaluationContext;
import org.pmokit.rules.Finding;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.RagStatus;
import org.pmokit.rules.RuleSet;
import org.pmokit.rules.Text;
import org.pmokit.rules.risk.RiskAssessment;
import org.pmokit.rules.risk.RiskBand;
import org.pmokit.rules.risk.RiskResult;
import org.pmokit.rules.risk.RiskRules;
import org.pmokit.rules.risk.RiskScoring;

/**
 * The risk pack on the CRM upgrade at its status date 2026-04-30, with the default policy.
 *
 * <p>BAC = 8,000,000.00 (the baseline), so the cost thresholds are 80,000 / 240,000 / 400,000 /
 * 800,000 (1%, 3%, 5%, 10%). By hand:
 *
 * <pre>
 * risk  p    cost        days level  p-level  cost-level  day-level  impact  score  band    EMV
 * RK1   0.3  500,000.00  10   4      2        4 (6.25%)   3          4       8      medium  -150,000.00
 * RK2   0.4  300,000.00  15   3      3        3 (3.75%)   4          4       12     high    -120,000.00
 * RK3   0.2  1,000,000   20   5      2        5 (12.5%)   4          5       10     medium  -200,000.00
 * RK4   0.5  150,000.00  8    3      3        2 (1.875%)  3          3       9      medium   -75,000.00
 * OP1   0.3  200,000.00  -    2      2        2 (2.5%)    -          2       4      low      +60,000.00
 * </pre>
 *
 * <p>Every risk is open. Open threats RK1-RK4: EMV = -(150,000 + 120,000 + 200,000 + 75,000) =
 * -545,000.00; OP1: +60,000.00; net -485,000.00. The contingency reserve 1,400,000.00 is not below
 * |-545,000.00|, so RISK-006 is silent.
 */
class CrmUpgrade2026RiskRulesTest {

    private static final Project CRM = CrmUpgrade2026.project();
    private static final RiskAssessment ASSESSMENT = RiskAssessment.of(CRM, RiskScoring.defaults());
    private static final Evaluation EVALUATION = RuleSet.of(RiskRules.pack()).evaluate(CRM, EvaluationContext.of(CRM));

    private static Money cny(String amount) {
        return Money.of("CNY", amount);
    }

    private static RiskResult result(String id) {
        return ASSESSMENT.result(RiskId.of(id)).orElseThrow();
    }

    @Test
    void emv_perRisk_isExact() {
        assertThat(result("RK1").emv()).isEqualTo(cny("-150000.00")); // 0.3 x 500,000.00
        assertThat(result("RK2").emv()).isEqualTo(cny("-120000.00")); // 0.4 x 300,000.00
        assertThat(result("RK3").emv()).isEqualTo(cny("-200000.00")); // 0.2 x 1,000,000.00
        assertThat(result("RK4").emv()).isEqualTo(cny("-75000.00")); // 0.5 x 150,000.00
        assertThat(result("OP1").emv()).isEqualTo(cny("60000.00")); // 0.3 x 200,000.00
    }

    @Test
    void emvTotals_ofTheOpenRisks() {
        assertThat(ASSESSMENT.emvThreats()).isEqualTo(cny("-545000.00"));
        assertThat(ASSESSMENT.emvOpportunities()).isEqualTo(cny("60000.00"));
        assertThat(ASSESSMENT.emvTotal()).isEqualTo(cny("-485000.00"));
        assertThat(EVALUATION.metrics())
                .containsEntry("risk.emv.total", new MetricValue.Amount(cny("-485000.00")))
                .containsEntry("risk.emv.threats", new MetricValue.Amount(cny("-545000.00")))
                .containsEntry("risk.emv.opportunities", new MetricValue.Amount(cny("60000.00")));
    }

    @Test
    void scores_andBands() {
        assertThat(ASSESSMENT.budgetAtCompletion()).contains(cny("8000000.00"));
        assertThat(ASSESSMENT.results()).extracting(r -> r.id().value()).containsExactly("RK1", "RK2", "RK3", "RK4", "OP1");
        assertThat(ASSESSMENT.results()).extracting(RiskResult::probabilityLevel).containsExactly(2, 3, 2, 3, 2);
        assertThat(ASSESSMENT.results()).extracting(RiskResult::impactLevel).containsExactly(4, 4, 5, 3, 2);
        assertThat(ASSESSMENT.results()).extracting(RiskResult::score).containsExactly(8, 12, 10, 9, 4);
        assertThat(ASSESSMENT.results()).extracting(RiskResult::band).containsExactly(
                RiskBand.MEDIUM, RiskBand.HIGH, RiskBand.MEDIUM, RiskBand.MEDIUM, RiskBand.LOW);
        assertThat(EVALUATION.metrics())
                .containsEntry("risk.count.high", new MetricValue.Quantity(1, "risks"))
                .containsEntry("risk.count.medium", new MetricValue.Quantity(3, "risks"))
                .containsEntry("risk.count.low", new MetricValue.Quantity(1, "risks"))
                .containsEntry("risk.count.critical", new MetricValue.Quantity(0, "risks"));
    }

    @Test
    void exposure_byCategory() {
        assertThat(EVALUATION.metrics())
                .containsEntry("risk.exposure.TECHNICAL", new MetricValue.Amount(cny("150000.00")))
                .containsEntry("risk.exposure.VENDOR", new MetricValue.Amount(cny("120000.00")))
                .containsEntry("risk.exposure.COMPLIANCE", new MetricValue.Amount(cny("200000.00")))
                .containsEntry("risk.exposure.RESOURCE", new MetricValue.Amount(cny("75000.00")))
                .containsEntry("risk.exposure.FINANCIAL", new MetricValue.Amount(cny("60000.00")))
                .containsEntry("risk.exposure.SECURITY", new MetricValue.Amount(cny("0.00")));
        assertThat(ASSESSMENT.exposure()).containsEntry(RiskCategory.TECHNICAL, cny("150000.00"));
    }

    @Test
    void heatMaps() {
        var threats = ASSESSMENT.heatMap(RiskKind.THREAT);
        assertThat(threats.cell(2, 4).risks()).containsExactly(RiskId.of("RK1"));
        assertThat(threats.cell(3, 4).risks()).containsExactly(RiskId.of("RK2"));
        assertThat(threats.cell(2, 5).risks()).containsExactly(RiskId.of("RK3"));
        assertThat(threats.cell(3, 3).risks()).containsExactly(RiskId.of("RK4"));
        assertThat(threats.count()).isEqualTo(4);
        assertThat(ASSESSMENT.heatMap(RiskKind.OPPORTUNITY).cell(2, 2).risks()).containsExactly(RiskId.of("OP1"));
    }

    @Test
    void rk4_hasNoOwner() {
        assertThat(EVALUATION.findingsOf("RISK-001")).singleElement().satisfies(f -> {
            assertThat(f.subject()).isEqualTo("risks[RK4]");
            assertThat(f.message()).isEqualTo(Text.of(
                    "Threat RK4 (Key data scientists leave) is open but has no owner.",
                    "威胁 RK4（Key data scientists leave）尚未关闭，但没有风险责任人。"));
        });
    }

    @Test
    void rk2AndRk4_areOverdueForReview() {
        // RK2 last reviewed 2026-03-01 (60 days); RK4 never reviewed, identified 2026-03-02 (59 days)
        assertThat(EVALUATION.findingsOf("RISK-003")).extracting(Finding::subject,
                f -> f.measured().orElseThrow().english())
                .containsExactly(tuple("risks[RK2]", "60 days"),
                        tuple("risks[RK4]", "59 days"));
    }

    @Test
    void theOtherRules_areSilent() {
        // RK2, the one high threat, has TRANSFER and a response; no risk has an identification instant;
        // every strategy suits its kind; the reserve 1,400,000.00 covers 545,000.00.
        for (String id : List.of("RISK-002", "RISK-004", "RISK-005", "RISK-006")) {
            assertThat(EVALUATION.findingsOf(id)).as(id).isEmpty();
        }
        assertThat(EVALUATION.findings()).hasSize(3);
        assertThat(EVALUATION.status(Area.RISK).status()).isEqualTo(RagStatus.AMBER);
    }
}
