package org.pmokit.rules.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.pmokit.rules.goals.Fixtures.dec;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.Kpi;

class ShowTest {

    private static Kpi unit(String unit) {
        return new Kpi("k", Optional.empty(), Optional.ofNullable(unit), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of());
    }

    @Test
    void quantity_writesThePercentSignWithoutASpace_andOtherUnitsAfterOne() {
        assertThat(Show.quantity(dec("82"), unit("%"))).isEqualTo("82%");
        assertThat(Show.quantity(dec("2.92E+7"), unit("CNY"))).isEqualTo("29200000 CNY");
        assertThat(Show.quantity(dec("3"), unit(null))).isEqualTo("3");
    }

    @ParameterizedTest
    @CsvSource({"78.266016, 2, 78.27", "78.265, 2, 78.26", "37175392.2694, 1, 37175392.3", "300000.00, 1, 300000",
        "-0.508, 2, -0.51", "0.0001, 2, 0"})
    void rounded_roundsHalfEven_andDropsTrailingZeros(String value, int scale, String expected) {
        assertThat(Show.rounded(dec(value), scale)).isEqualTo(expected);
    }

    @Test
    void percent_showsOneDecimal_andPolicyPercent_asWritten() {
        assertThat(Show.percent(dec("0.75"))).isEqualTo("75.0%");
        assertThat(Show.percent(dec("0.50005"))).isEqualTo("50.0%");
        assertThat(Show.policyPercent(dec("0.50"))).isEqualTo("50%");
        assertThat(Show.policyPercent(dec("0.125"))).isEqualTo("12.5%");
    }

    @Test
    void quote_usesQuotesOfEachLanguage() {
        assertThat(Show.quote(" 提升客户服务体验 ").english()).isEqualTo("\"提升客户服务体验\"");
        assertThat(Show.quote("提升客户服务体验").chinese()).isEqualTo("“提升客户服务体验”");
    }
}
