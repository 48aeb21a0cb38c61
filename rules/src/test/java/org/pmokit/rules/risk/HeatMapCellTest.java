package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pmokit.core.project.RiskId;

class HeatMapCellTest {

    @Test
    void countsItsRisks_andCopiesThem() {
        List<RiskId> ids = new ArrayList<>(List.of(RiskId.of("R1"), RiskId.of("R2")));
        HeatMapCell cell = new HeatMapCell(3, 4, ids);
        ids.clear();

        assertThat(cell.count()).isEqualTo(2);
        assertThat(cell.score()).isEqualTo(12);
    }

    @Test
    void refusesALevelOutsideOneToFive() {
        assertThatThrownBy(() -> new HeatMapCell(1, 0, List.of())).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("impact level must be 1 to 5: 0");
    }
}
