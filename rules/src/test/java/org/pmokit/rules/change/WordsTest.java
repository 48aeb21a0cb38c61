package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pmokit.core.project.ChangeStatus;
import org.pmokit.rules.Text;

class WordsTest {

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource({
        "0.04375, 0.01, +4.4%",
        "0.0104,  0.01, +1.04%",
        "0.0099,  0.01, +0.99%",
        "-0.0099, 0.01, -0.99%",
        "0.01,    0.01, +1%",
        "0.0100000125, 0.01, +1.000001%",
        "0,       0.01, 0%",
        "0.0124,  0.0123, +1.24%",
        "0.0122,  0.0123, +1.2%",
        "0.06,    0.05, +6%",
    })
    void signedPercentAgainst_showsAsFewDecimalsAsKeepTheComparisonTrue(String fraction, String threshold, String shown) {
        assertThat(Words.signedPercentAgainst(new BigDecimal(fraction), new BigDecimal(threshold))).isEqualTo(shown);
    }

    /** The shown percentage compares with the threshold exactly as the value does. */
    @Property(tries = 1000)
    void signedPercent_neverContradictsTheComparison(
            @ForAll @BigRange(min = "-1", max = "1") @Scale(12) BigDecimal fraction,
            @ForAll @BigRange(min = "0", max = "0.2") @Scale(4) BigDecimal threshold) {
        String shown = Words.signedPercentAgainst(fraction, threshold);
        BigDecimal parsed = new BigDecimal(shown.substring(0, shown.length() - 1).replace("+", ""));

        assertThat(Integer.signum(parsed.abs().compareTo(threshold.movePointRight(2))))
                .isEqualTo(Integer.signum(fraction.abs().movePointRight(2).compareTo(threshold.movePointRight(2))));
        assertThat(shown.startsWith("+")).isEqualTo(parsed.signum() > 0);
    }

    @ParameterizedTest
    @CsvSource({"8, +8 working days, +8 个工作日", "1, +1 working day, +1 个工作日", "-1, -1 working day, -1 个工作日",
        "0, 0 working days, 0 个工作日", "-12, -12 working days, -12 个工作日"})
    void workingDays_signed(int days, String english, String chinese) {
        assertThat(Words.workingDays(days)).isEqualTo(Text.of(english, chinese));
    }

    @ParameterizedTest
    @CsvSource({"DRAFT, a draft, 草稿", "ASSESSED, assessed, 已评估", "CLOSED, closed, 已关闭"})
    void status_inBothLanguages(ChangeStatus status, String english, String chinese) {
        assertThat(Words.status(status)).isEqualTo(Text.of(english, chinese));
    }

    @ParameterizedTest
    @CsvSource({"CNY 350000.00, '+CNY 350,000.00'", "CNY -5.00, -CNY 5.00", "CNY 0.00, CNY 0.00"})
    void signedMoney(String money, String shown) {
        assertThat(Words.signedMoney(org.pmokit.core.money.Money.parse(money))).isEqualTo(shown);
    }

    @ParameterizedTest
    @CsvSource({"'  Wang FANG ', wang fang", "Li Na, li na"})
    void person_foldsCaseAndSpaces(String name, String folded) {
        assertThat(Words.person(name)).isEqualTo(folded);
    }
}
