package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.Risk;
import org.pmokit.core.project.RiskId;
import org.pmokit.core.project.RiskKind;

class HeatMapTest {

    private static RiskResult scored(Risk risk) {
        return RiskScoring.defaults().assess(risk, Currency.getInstance("CNY"), Optional.empty());
    }

    @Test
    void of_countsAndNamesTheRisksPerCell_ofOneKind() {
        // p 0.6 -> 4 and level 4: cell (4, 4); p 0.05 -> 1 and level 2: cell (1, 2)
        List<RiskResult> results = List.of(
                scored(threat("T9").probability("0.6").level(4).build()),
                scored(threat("T1").probability("0.6").level(4).build()),
                scored(threat("T5").probability("0.05").level(2).build()),
                scored(opportunity("O1").probability("0.6").level(4).build()));

        HeatMap threats = HeatMap.of(RiskKind.THREAT, results);
        HeatMap opportunities = HeatMap.of(RiskKind.OPPORTUNITY, results);

        assertThat(threats.kind()).isEqualTo(RiskKind.THREAT);
        assertThat(threats.cells()).hasSize(25);
        assertThat(threats.cell(4, 4).risks()).containsExactly(RiskId.of("T1"), RiskId.of("T9"));
        assertThat(threats.cell(4, 4).count()).isEqualTo(2);
        assertThat(threats.cell(4, 4).score()).isEqualTo(16);
        assertThat(threats.cell(1, 2).risks()).containsExactly(RiskId.of("T5"));
        assertThat(threats.cell(5, 5).count()).isZero();
        assertThat(threats.count()).isEqualTo(3);
        assertThat(opportunities.cell(4, 4).risks()).containsExactly(RiskId.of("O1"));
        assertThat(opportunities.count()).isEqualTo(1);
    }

    @Test
    void cells_runByProbabilityLevel_thenImpactLevel() {
        HeatMap empty = HeatMap.of(RiskKind.THREAT, List.of());

        assertThat(empty.cells().get(0)).isEqualTo(new HeatMapCell(1, 1, List.of()));
        assertThat(empty.cells().get(7)).isEqualTo(new HeatMapCell(2, 3, List.of()));
        assertThat(empty.cells().get(24)).isEqualTo(new HeatMapCell(5, 5, List.of()));
    }

    @Test
    void refusesCellsOutOfOrder_andLevelsOutsideOneToFive() {
        List<HeatMapCell> cells = new java.util.ArrayList<>(HeatMap.of(RiskKind.THREAT, List.of()).cells());
        cells.set(0, new HeatMapCell(1, 2, List.of()));

        assertThatThrownBy(() -> new HeatMap(RiskKind.THREAT, cells)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("heat map cell 0 must be (1, 1): (1, 2)");
        assertThatThrownBy(() -> new HeatMap(RiskKind.THREAT, cells.subList(0, 24)))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a heat map has 25 cells: 24");
        assertThatThrownBy(() -> HeatMap.of(RiskKind.THREAT, List.of()).cell(6, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("probability level must be 1 to 5: 6");
    }
}
