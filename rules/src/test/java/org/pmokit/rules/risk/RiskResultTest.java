package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.RiskStatus;

class RiskResultTest {

    @Test
    void score_isTheProductOfTheLevels() {
        RiskResult r = new RiskResult(threat("R1").build(), 4, 5, RiskBand.CRITICAL, cny("-1.00"));

        assertThat(r.score()).isEqualTo(20);
        assertThat(r.id().value()).isEqualTo("R1");
        assertThat(r.isThreat()).isTrue();
        assertThat(new RiskResult(opportunity("O1").build(), 1, 1, RiskBand.MINIMAL, cny("0.00")).isThreat()).isFalse();
    }

    @ParameterizedTest(name = "{0} -> open {1}")
    @CsvSource({"OPEN, true", "MITIGATING, true", "OCCURRED, false", "CLOSED, false"})
    void isOpen_forOpenAndMitigatingRisks(RiskStatus status, boolean open) {
        assertThat(new RiskResult(threat("R1").status(status).build(), 1, 1, RiskBand.MINIMAL, cny("0.00")).isOpen())
                .isEqualTo(open);
    }

    @Test
    void refusesALevelOutsideOneToFive() {
        assertThatThrownBy(() -> new RiskResult(threat("R1").build(), 6, 1, RiskBand.LOW, cny("0.00")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("probability level must be 1 to 5: 6");
    }
}
