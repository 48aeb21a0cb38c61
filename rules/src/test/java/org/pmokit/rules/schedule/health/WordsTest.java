package org.pmokit.rules.schedule.health;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void percent_hasOneDecimal_roundedHalfEven() {
        assertThat(Words.percent(2, 16)).isEqualTo("12.5%");
        assertThat(Words.percent(1, 23)).isEqualTo("4.3%");   // 4.3478...
        assertThat(Words.percent(1, 16)).isEqualTo("6.2%");   // 6.25 -> half-even 6.2
        assertThat(Words.percent(3, 16)).isEqualTo("18.8%");  // 18.75 -> 18.8
        assertThat(Words.percent(0, 0)).isEqualTo("0.0%");
    }

    @Test
    void policyPercent_isAsPreciseAsWritten() {
        assertThat(Words.policyPercent(new BigDecimal("0.05"))).isEqualTo("5%");
        assertThat(Words.policyPercent(new BigDecimal("0.90"))).isEqualTo("90%");
        assertThat(Words.policyPercent(new BigDecimal("0.125"))).isEqualTo("12.5%");
    }

    @Test
    void index_hasTwoDecimals() {
        assertThat(Words.index(79, 98)).isEqualTo("0.81");
        assertThat(Words.index(12, 15)).isEqualTo("0.80");
        assertThat(Words.plain(new BigDecimal("0.950"))).isEqualTo("0.95");
    }

    @Test
    void days_andActivities_agreeInNumber() {
        assertThat(Words.days(1)).isEqualTo("1 working day");
        assertThat(Words.days(0)).isEqualTo("0 working days");
        assertThat(Words.days(-1)).isEqualTo("-1 working days");
        assertThat(Words.activities(1)).isEqualTo("1 activity");
        assertThat(Words.activities(2)).isEqualTo("2 activities");
    }

    @Test
    void lists_showTheFirstTen_andCountTheRest() {
        List<String> twelve = IntStream.rangeClosed(1, 12).mapToObj(i -> "A" + i).toList();
        assertThat(Words.english(twelve)).isEqualTo("A1, A2, A3, A4, A5, A6, A7, A8, A9, A10 and 2 more");
        assertThat(Words.chinese(twelve)).isEqualTo("A1、A2、A3、A4、A5、A6、A7、A8、A9、A10 等 12 项");
        assertThat(Words.english(List.of("A1", "A2"))).isEqualTo("A1, A2");
        assertThat(Words.chinese(List.of("A1", "A2"))).isEqualTo("A1、A2");
    }
}
