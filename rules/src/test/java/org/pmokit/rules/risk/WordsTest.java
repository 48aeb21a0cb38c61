package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Text;

class WordsTest {

    @Test
    void money_groupsDigits_atTheCurrencysScale() {
        assertThat(Words.money(cny("1400000.00"))).isEqualTo("CNY 1,400,000.00");
        assertThat(Words.money(cny("-545000.00"))).isEqualTo("CNY -545,000.00");
        assertThat(Words.money(Money.of("JPY", "1250"))).isEqualTo("JPY 1,250");
    }

    @Test
    void risk_namesTheKind_theIdAndTheTitle() {
        assertThat(Words.risk(threat("RK4").title("Key data scientists leave").build()))
                .isEqualTo(Text.of("Threat RK4 (Key data scientists leave)", "威胁 RK4（Key data scientists leave）"));
        assertThat(Words.risk(opportunity("OP1").title("Reuse").build()))
                .isEqualTo(Text.of("Opportunity OP1 (Reuse)", "机会 OP1（Reuse）"));
        assertThat(Words.subject(threat("RK4").build())).isEqualTo("risks[RK4]");
    }

    @Test
    void strategy_usesTheGlossaryTerms() {
        assertThat(Words.strategy(RiskStrategy.AVOID).chinese()).isEqualTo("规避");
        assertThat(Words.strategy(RiskStrategy.MITIGATE).chinese()).isEqualTo("减轻");
        assertThat(Words.strategy(RiskStrategy.TRANSFER).chinese()).isEqualTo("转移");
        assertThat(Words.strategy(RiskStrategy.ACCEPT).chinese()).isEqualTo("接受");
        assertThat(Words.strategy(RiskStrategy.ESCALATE).chinese()).isEqualTo("上报");
        assertThat(Words.strategy(RiskStrategy.EXPLOIT)).isEqualTo(Text.of("exploit", "开拓"));
    }

    @Test
    void duration_inHoursAndMinutes() {
        assertThat(Words.duration(Duration.ofMinutes(450))).isEqualTo(Text.of("7 h 30 min", "7 小时 30 分钟"));
        assertThat(Words.duration(Duration.ofHours(25).plusSeconds(59))).isEqualTo(Text.of("25 h", "25 小时"));
    }
}
