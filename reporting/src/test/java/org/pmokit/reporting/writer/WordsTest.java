package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.pmokit.core.money.Money;
import org.pmokit.core.project.Phase;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

/** How values read in the text formats, in both languages. */
class WordsTest {

    private static final Words EN = new Words(ReportLanguage.ENGLISH);
    private static final Words ZH = new Words(ReportLanguage.SIMPLIFIED_CHINESE);

    /**
     * Half-even on the exact value of the double: 0.0005 is 0.000500000000000000010408... so it rounds up
     * to 0.001; 0.125 is exact and rounds to the even 0.12; SV% = -675,000 / 3,910,000 = -17.26% reads -17.3%.
     */
    @Test
    void numbers_roundHalfEvenOnTheExactValue() {
        assertThat(Words.ratio(3_235_000.0 / 3_455_000)).isEqualTo("0.936");
        assertThat(Words.ratio(0.0005)).isEqualTo("0.001");
        assertThat(Words.fixed(0.125, 2)).isEqualTo("0.12");
        assertThat(Words.percent(-675_000.0 / 3_910_000)).isEqualTo("-17.3%");
        assertThat(Words.percent(0.175)).isEqualTo("17.5%");
        assertThat(Words.upTo(184, 2)).isEqualTo("184");
        assertThat(Words.upTo(71.5, 2)).isEqualTo("71.5");
        assertThat(Words.upTo(1e20, 2)).isEqualTo("100000000000000000000");
    }

    @Test
    void metrics_inBothLanguages() {
        MetricValue days = new MetricValue.Quantity(7, "days");
        assertThat(EN.metric(days, false)).isEqualTo("7 working days");
        assertThat(ZH.metric(days, false)).isEqualTo("7 个工作日");
        assertThat(EN.metric(new MetricValue.Quantity(3, "periods"), false)).isEqualTo("3 periods");
        assertThat(EN.metric(new MetricValue.Quantity(2.5, "%"), false)).isEqualTo("2.5 %");
        assertThat(EN.metric(new MetricValue.Amount(Money.of("CNY", "-485000.00")), false)).isEqualTo("CNY -485,000.00");
        assertThat(EN.metric(new MetricValue.Ratio(0.175), true)).isEqualTo("17.5%");
        assertThat(EN.metric(new MetricValue.Ratio(0.175), false)).isEqualTo("0.175");
        assertThat(EN.metric(new MetricValue.Date(LocalDate.of(2026, 10, 19)), false)).isEqualTo("2026-10-19");
        MetricValue undefined = new MetricValue.Undefined(Text.of("no estimates to complete given", "未提供完工尚需估算"));
        assertThat(EN.metric(undefined, false)).isEqualTo("undefined: no estimates to complete given");
        assertThat(ZH.metric(undefined, false)).isEqualTo("无法计算：未提供完工尚需估算");
    }

    @Test
    void termsDatesAndInstants() {
        assertThat(EN.term(Phase.BUILD)).isEqualTo("Build");
        assertThat(ZH.term(Phase.BUILD)).isEqualTo("开发实施");
        assertThat(EN.yesNo(true)).isEqualTo("yes");
        assertThat(ZH.yesNo(false)).isEqualTo("否");
        assertThat(EN.comma()).isEqualTo(", ");
        assertThat(ZH.comma()).isEqualTo("、");
        assertThat(Words.instant(OffsetDateTime.of(2026, 2, 5, 10, 30, 0, 0, ZoneOffset.ofHours(8))))
                .isEqualTo("2026-02-05T10:30:00+08:00");
    }
}
