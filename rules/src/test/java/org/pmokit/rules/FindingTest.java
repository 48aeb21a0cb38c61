package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
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
    void withMeasure_showsANeutralValueTheSameInBothLanguages_andChangesNothingElse() {
        Finding measured = finding().withMeasure(0.9, "<= 5%");

        assertThat(measured.measured()).contains(Text.of("0.9", "0.9"));
        assertThat(measured.threshold()).contains(Text.of("<= 5%", "<= 5%"));
        assertThat(measured).isEqualTo(new Finding("TEST-001", Severity.WARNING, Area.COST, "project",
                Optional.of(Text.of("0.9", "0.9")), Optional.of(Text.of("<= 5%", "<= 5%")), MESSAGE, REMEDY));
    }

    @Test
    void withMeasure_keepsBothLanguagesOfAText() {
        Finding measured = finding().withMeasure(Text.of("3 days", "3 天"), Text.of("5 days", "5 天"));

        assertThat(measured.measured().map(Text::chinese)).contains("3 天");
        assertThat(measured.threshold().map(Text::chinese)).contains("5 天");
        assertThat(measured.measured().map(t -> t.in(Locale.ENGLISH))).contains("3 days");
    }

    @Test
    void withMeasure_keepsATextPassedAsAnObject() {
        Object days = Text.of("3 days", "3 天");

        Finding measured = finding().withMeasure(days, 5);

        assertThat(measured.measured()).contains(Text.of("3 days", "3 天"));
        assertThat(measured.threshold()).contains(Text.of("5", "5"));
    }

    @Test
    void withMeasure_namesAMissingText() {
        assertThatThrownBy(() -> finding().withMeasure(null, Text.of("5 days", "5 天")))
                .isInstanceOf(NullPointerException.class).hasMessage("measured");
        assertThatThrownBy(() -> finding().withMeasure(Text.of("3 days", "3 天"), null))
                .isInstanceOf(NullPointerException.class).hasMessage("threshold");
    }

    @Test
    void withMeasure_replacesAnEarlierMeasure() {
        assertThat(finding().withMeasure(1, 2).withMeasure(Text.of("3 days", "3 天"), Text.of("5 days", "5 天"))
                .measured()).contains(Text.of("3 days", "3 天"));
    }

    @Test
    void equality_isByValue() {
        assertThat(finding()).isEqualTo(finding()).hasSameHashCodeAs(finding());
        assertThat(finding()).isNotEqualTo(finding().withMeasure(1, 2));
    }

    @Test
    void constructor_namesAMissingPart() {
        Optional<Text> none = Optional.empty();
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
