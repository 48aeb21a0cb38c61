package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pmokit.core.money.Money;

class MetricValueTest {

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void ratio_refusesANonFiniteValue(double value) {
        assertThatThrownBy(() -> new MetricValue.Ratio(value))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a ratio must be finite; use Undefined: " + value);
    }

    @Test
    void ratio_messagesNameTheValue() {
        assertThatThrownBy(() -> new MetricValue.Ratio(0.0 / 0.0)).hasMessage("a ratio must be finite; use Undefined: NaN");
        assertThatThrownBy(() -> new MetricValue.Ratio(1.0 / 0.0))
                .hasMessage("a ratio must be finite; use Undefined: Infinity");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.0, 0.95, 1.0, -3.5, Double.MAX_VALUE, -Double.MAX_VALUE, Double.MIN_VALUE})
    void ratio_acceptsAnyFiniteValue(double value) {
        assertThat(new MetricValue.Ratio(value).value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(doubles = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY})
    void quantity_refusesANonFiniteValue(double value) {
        assertThatThrownBy(() -> new MetricValue.Quantity(value, "days"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a quantity must be finite; use Undefined: " + value);
    }

    @Test
    void quantity_messagesNameTheValue() {
        assertThatThrownBy(() -> new MetricValue.Quantity(Double.NEGATIVE_INFINITY, "days"))
                .hasMessage("a quantity must be finite; use Undefined: -Infinity");
    }

    @Test
    void quantity_keepsValueAndUnit() {
        MetricValue.Quantity q = new MetricValue.Quantity(12, "days");

        assertThat(q.value()).isEqualTo(12.0);
        assertThat(q.unit()).isEqualTo("days");
        assertThat(q).isEqualTo(new MetricValue.Quantity(12.0, "days")).isNotEqualTo(new MetricValue.Quantity(12, "risks"));
    }

    @Test
    void parts_mustNotBeNull() {
        assertThatThrownBy(() -> new MetricValue.Quantity(1, null)).isInstanceOf(NullPointerException.class)
                .hasMessage("unit");
        assertThatThrownBy(() -> new MetricValue.Amount(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("money");
        assertThatThrownBy(() -> new MetricValue.Date(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("date");
        assertThatThrownBy(() -> new MetricValue.Undefined(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
    }

    @Test
    void everyKind_comparesByValue() {
        assertThat(new MetricValue.Amount(Money.of("CNY", "100.00")))
                .isEqualTo(new MetricValue.Amount(Money.of("CNY", "100.00")));
        assertThat(new MetricValue.Ratio(0.95)).isEqualTo(new MetricValue.Ratio(0.95));
        assertThat(new MetricValue.Date(LocalDate.of(2025, 1, 1))).isEqualTo(new MetricValue.Date(LocalDate.of(2025, 1, 1)));
        Text why = Text.of("nothing planned yet", "尚无计划工作");
        assertThat(new MetricValue.Undefined(why)).isEqualTo(new MetricValue.Undefined(why));
        assertThat(new MetricValue.Undefined(why).reason().in(Locale.CHINA)).isEqualTo("尚无计划工作");
    }
}
