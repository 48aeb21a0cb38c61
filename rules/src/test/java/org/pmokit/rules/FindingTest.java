package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FindingTest {

    private static final Text MESSAGE = Text.of("CPI is 0.90", "CPI 为 0.90");
    private static final Text REMEDY = Text.of("review the cost plan", "复核成本计划");

    private static Finding finding() {
        return new Finding("TEST-001", Severity.WARNING, Area.COST, "project", Optional.empty(), Optional.empty(),
                MESSAGE, REMEDY);
    }

    @Test
    void withSeverity_changesOnlyTheSeverity() {
        Finding changed = finding().withSeverity(Severity.CRITICAL);

        assertThat(changed.severity()).isEqualTo(Severity.CRITICAL);
        assertThat(changed.withSeverity(Severity.WARNING)).isEqualTo(finding());
    }

    @Test
    void withMeasure_showsBothValues_andChangesNothingElse() {
        Finding measured = finding().withMeasure(0.9, 0.95);

        assertThat(measured.measured()).contains("0.9");
        assertThat(measured.threshold()).contains("0.95");
        assertThat(measured).isEqualTo(new Finding("TEST-001", Severity.WARNING, Area.COST, "project",
                Optional.of("0.9"), Optional.of("0.95"), MESSAGE, REMEDY));
    }

    @Test
    void withMeasure_replacesAnEarlierMeasure() {
        assertThat(finding().withMeasure(1, 2).withMeasure("3 days", "5 days").measured()).contains("3 days");
    }

    @Test
    void equality_isByValue() {
        assertThat(finding()).isEqualTo(finding()).hasSameHashCodeAs(finding());
        assertThat(finding()).isNotEqualTo(finding().withMeasure(1, 2));
    }

    @Test
    void constructor_namesAMissingPart() {
        Optional<String> none = Optional.empty();
        assertThatThrownBy(() -> new Finding(null, Severity.INFO, Area.COST, "p", none, none, MESSAGE, REMEDY))
                .isInstanceOf(NullPointerException.class).hasMessage("ruleId");
        assertThatThrownBy(() -> new Finding("TEST-001", null, Area.COST, "p", none, none, MESSAGE, REMEDY))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
        assertThatThrownBy(() -> new Finding("TEST-001", Severity.INFO, null, "p", none, none, MESSAGE, REMEDY))
                .isInstanceOf(NullPointerException.class).hasMessage("area");
        assertThatThrownBy(() -> new Finding("TEST-001", Severity.INFO, Area.COST, null, none, none, MESSAGE, REMEDY))
                .isInstanceOf(NullPointerException.class).hasMessage("subject");
        assertThatThrownBy(() -> new Finding("TEST-001", Severity.INFO, Area.COST, "p", null, none, MESSAGE, REMEDY))
                .isInstanceOf(NullPointerException.class).hasMessage("measured");
        assertThatThrownBy(() -> new Finding("TEST-001", Severity.INFO, Area.COST, "p", none, null, MESSAGE, REMEDY))
                .isInstanceOf(NullPointerException.class).hasMessage("threshold");
        assertThatThrownBy(() -> new Finding("TEST-001", Severity.INFO, Area.COST, "p", none, none, null, REMEDY))
                .isInstanceOf(NullPointerException.class).hasMessage("message");
        assertThatThrownBy(() -> new Finding("TEST-001", Severity.INFO, Area.COST, "p", none, none, MESSAGE, null))
                .isInstanceOf(NullPointerException.class).hasMessage("remedy");
    }

    @Test
    void withSeverity_refusesNull() {
        assertThatThrownBy(() -> finding().withSeverity(null))
                .isInstanceOf(NullPointerException.class).hasMessage("severity");
    }
}
