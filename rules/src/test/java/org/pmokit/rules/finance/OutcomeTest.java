package org.pmokit.rules.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.pmokit.rules.MetricValue;
import org.pmokit.rules.Text;

class OutcomeTest {

    private static final Text WHY = Text.of("nothing planned yet", "尚无计划工作");

    @Test
    void defined_hasTheValueAndNoReason() {
        Outcome<BigDecimal> o = Outcome.of(BigDecimal.ONE);
        assertThat(o.isDefined()).isTrue();
        assertThat(o.toOptional()).contains(BigDecimal.ONE);
        assertThat(o.undefinedReason()).isEmpty();
    }

    @Test
    void undefined_hasTheReasonAndNoValue() {
        Outcome<BigDecimal> o = Outcome.undefined(WHY);
        assertThat(o.isDefined()).isFalse();
        assertThat(o.toOptional()).isEmpty();
        assertThat(o.undefinedReason()).contains(WHY);
        assertThat(Outcome.<BigDecimal>undefined("nothing planned yet", "尚无计划工作")).isEqualTo(o);
    }

    @Test
    void map_andFlatMap_keepTheReasonOfAnUndefinedResult() {
        Outcome<BigDecimal> undefined = Outcome.undefined(WHY);
        assertThat(undefined.map(BigDecimal::negate).undefinedReason()).contains(WHY);
        assertThat(undefined.flatMap(v -> Outcome.of(v.negate())).undefinedReason()).contains(WHY);
        assertThat(Outcome.of(BigDecimal.ONE).map(BigDecimal::negate).toOptional()).contains(BigDecimal.ONE.negate());
        assertThat(Outcome.of(BigDecimal.ONE).flatMap(v -> Outcome.<BigDecimal>undefined(WHY)).undefinedReason()).contains(WHY);
    }

    @Test
    void toMetric_convertsTheValue_orPublishesTheReason() {
        assertThat(Outcome.of(new BigDecimal("0.175")).toMetric(v -> new MetricValue.Ratio(v.doubleValue())))
                .isEqualTo(new MetricValue.Ratio(0.175));
        assertThat(Outcome.<BigDecimal>undefined(WHY).toMetric(v -> new MetricValue.Ratio(v.doubleValue())))
                .isEqualTo(new MetricValue.Undefined(WHY));
    }

    @Test
    void nulls_areRefused() {
        assertThatThrownBy(() -> Outcome.of(null)).isInstanceOf(NullPointerException.class).hasMessage("value");
        assertThatThrownBy(() -> Outcome.undefined((Text) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("reason");
    }
}
