package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.project;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Project;
import org.pmokit.core.project.RiskCategory;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskKind;
import org.pmokit.core.project.RiskStatus;

class RiskAssessmentTest {

    /*
     * BAC 1,000,000.00.
     * T1 open threat, p 0.3 x 500,000.00 -> EMV -150,000.00; p level 2, cost 50% -> impact 5: score 10, medium.
     * T2 mitigating threat, p 0.4 x 300,000.00 -> EMV -120,000.00; p level 3, cost 30% -> 5: score 15, high.
     * T3 closed threat, p 0.9 x 1,000,000.00 -> EMV -900,000.00, but closed: in no total.
     * O1 open opportunity, p 0.3 x 200,000.00 -> EMV +60,000.00; p level 2, cost 20% -> 5: score 10, medium.
     * O2 open opportunity in TECHNICAL, p 0.05, no cost, level 1 -> EMV 0.00, score 1, minimal.
     * Totals over open risks: threats -270,000.00, opportunities +60,000.00, net -210,000.00.
     * Exposure (sum of |EMV|): TECHNICAL 150,000 + 0 = 150,000.00; VENDOR 120,000.00; FINANCIAL 60,000.00.
     */
    private static final Project PROJECT = project(
            threat("T1").category(RiskCategory.TECHNICAL).probability("0.3").cost("500000.00").build(),
            threat("T2").category(RiskCategory.VENDOR).probability("0.4").cost("300000.00")
                    .status(RiskStatus.MITIGATING).build(),
            threat("T3").category(RiskCategory.VENDOR).probability("0.9").cost("1000000.00")
                    .status(RiskStatus.CLOSED).build(),
            opportunity("O1").category(RiskCategory.FINANCIAL).probability("0.3").cost("200000.00").build(),
            opportunity("O2").category(RiskCategory.TECHNICAL).probability("0.05").level(1).build());

    private static final RiskAssessment A = RiskAssessment.of(PROJECT, RiskScoring.defaults());

    @Test
    void scoresEveryRisk_inTheProjectsOrder() {
        assertThat(A.results()).extracting(r -> r.id().value()).containsExactly("T1", "T2", "T3", "O1", "O2");
        assertThat(A.results()).extracting(RiskResult::score).containsExactly(10, 15, 25, 10, 1);
        assertThat(A.results()).extracting(RiskResult::band)
                .containsExactly(RiskBand.MEDIUM, RiskBand.HIGH, RiskBand.CRITICAL, RiskBand.MEDIUM, RiskBand.MINIMAL);
        assertThat(A.result(RiskId.of("T3")).orElseThrow().emv()).isEqualTo(cny("-900000.00"));
        assertThat(A.result(RiskId.of("X9"))).isEmpty();
        assertThat(A.budgetAtCompletion()).contains(cny("1000000.00"));
    }

    @Test
    void open_leavesOutOccurredAndClosedRisks() {
        assertThat(A.open()).extracting(r -> r.id().value()).containsExactly("T1", "T2", "O1", "O2");
    }

    @Test
    void emvTotals_coverTheOpenRisks() {
        assertThat(A.emvThreats()).isEqualTo(cny("-270000.00"));
        assertThat(A.emvOpportunities()).isEqualTo(cny("60000.00"));
        assertThat(A.emvTotal()).isEqualTo(cny("-210000.00"));
    }

    @Test
    void exposure_isTheSumOfAbsoluteEmv_perCategory() {
        assertThat(A.exposure()).containsEntry(RiskCategory.TECHNICAL, cny("150000.00"))
                .containsEntry(RiskCategory.VENDOR, cny("120000.00"))
                .containsEntry(RiskCategory.FINANCIAL, cny("60000.00"))
                .containsEntry(RiskCategory.COMPLIANCE, cny("0.00"))
                .hasSize(RiskCategory.values().length);
    }

    @Test
    void countsByBand_coverTheOpenRisks_everyBand() {
        assertThat(A.countsByBand()).containsEntry(RiskBand.CRITICAL, 0).containsEntry(RiskBand.HIGH, 1)
                .containsEntry(RiskBand.MEDIUM, 2).containsEntry(RiskBand.LOW, 0).containsEntry(RiskBand.MINIMAL, 1);
    }

    @Test
    void heatMaps_holdTheOpenRisks_perKind() {
        HeatMap threats = A.heatMap(RiskKind.THREAT);
        HeatMap opportunities = A.heatMap(RiskKind.OPPORTUNITY);

        assertThat(threats.cell(2, 5).risks()).containsExactly(RiskId.of("T1"));
        assertThat(threats.cell(3, 5).risks()).containsExactly(RiskId.of("T2"));
        assertThat(threats.cell(5, 5).count()).isZero(); // T3 is closed
        assertThat(threats.count()).isEqualTo(2);
        assertThat(opportunities.cell(2, 5).risks()).containsExactly(RiskId.of("O1"));
        assertThat(opportunities.cell(1, 1).risks()).containsExactly(RiskId.of("O2"));
        assertThat(opportunities.count()).isEqualTo(2);
    }

    @Test
    void aProjectWithoutRisks_hasZeroTotals_andEmptyMaps() {
        RiskAssessment none = RiskAssessment.of(project(), RiskScoring.defaults());

        assertThat(none.results()).isEmpty();
        assertThat(none.emvTotal()).isEqualTo(Money.zero(none.currency()));
        assertThat(none.heatMap(RiskKind.THREAT).count()).isZero();
        assertThat(none.countsByBand().values()).containsOnly(0);
    }

    @Test
    void countAndExposureOfOne_areWhatTheMapsHold() {
        for (RiskBand band : RiskBand.values()) {
            assertThat(A.count(band)).isEqualTo(A.countsByBand().get(band));
        }
        for (RiskCategory category : RiskCategory.values()) {
            assertThat(A.exposure(category)).isEqualTo(A.exposure().get(category));
        }
        assertThat(A.count(RiskBand.MEDIUM)).isEqualTo(2);
        assertThat(A.exposure(RiskCategory.VENDOR)).isEqualTo(cny("120000.00"));
        assertThat(A.exposure()).isSameAs(A.exposure());
        assertThat(A.countsByBand()).isSameAs(A.countsByBand());
    }

    @Test
    void lists_cannotBeChanged() {
        assertThatThrownBy(() -> A.results().set(0, A.results().get(1))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> A.open().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> A.exposure().put(RiskCategory.VENDOR, cny("1.00")))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(RiskAssessment.of(project(), RiskScoring.defaults()).results()).isEmpty();
    }
}
