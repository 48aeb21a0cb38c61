package org.pmokit.rules.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.pmokit.rules.risk.RiskFixtures.cny;
import static org.pmokit.rules.risk.RiskFixtures.opportunity;
import static org.pmokit.rules.risk.RiskFixtures.threat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.RiskStrategy;
import org.pmokit.rules.Finding;
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

    private static Finding finding(String subject, String english, String chinese, AtomicInteger written) {
        return UnownedRiskRule.INFO.finding(subject, Text.lazy(() -> {
            written.incrementAndGet();
            return Text.of(english, chinese);
        }), Text.of("r", "措施"), Optional.empty(), Optional.empty());
    }

    @Test
    void sorted_bySubject_thenEnglish_thenChinese() {
        AtomicInteger written = new AtomicInteger();
        List<Finding> found = new ArrayList<>(List.of(finding("risks[RX6]", "b", "乙", written),
                finding("risks[RX10]", "z", "甲", written), finding("risks[RX6]", "a", "丙", written),
                finding("risks[RX6]", "a", "乙", written)));

        List<Finding> sorted = Words.sorted(found);

        assertThat(sorted).extracting(f -> f.subject() + " " + f.message().english() + " " + f.message().chinese())
                .containsExactly("risks[RX10] z 甲", "risks[RX6] a 丙", "risks[RX6] a 乙", "risks[RX6] b 乙");
        assertThatThrownBy(() -> sorted.add(sorted.get(0))).isInstanceOf(UnsupportedOperationException.class);
    }

    // One finding per risk: the subjects differ, so sorting does not write a lazy message.
    @Test
    void sorted_writesNoMessage_whenTheSubjectsDiffer() {
        AtomicInteger written = new AtomicInteger();
        List<Finding> found = new ArrayList<>(List.of(finding("risks[RX6]", "a", "甲", written),
                finding("risks[RX10]", "b", "乙", written), finding("risks[RK1]", "c", "丙", written)));

        assertThat(Words.sorted(found)).extracting(Finding::subject)
                .containsExactly("risks[RK1]", "risks[RX10]", "risks[RX6]");
        assertThat(written).hasValue(0);
    }

    @Test
    void sorted_ofNothing_isEmpty() {
        assertThat(Words.sorted(new ArrayList<>())).isEmpty();
    }

    @Test
    void strategy_isTheSameTextEveryTime() {
        for (RiskStrategy s : RiskStrategy.values()) {
            assertThat(Words.strategy(s)).isSameAs(Words.strategy(s));
        }
    }
}
