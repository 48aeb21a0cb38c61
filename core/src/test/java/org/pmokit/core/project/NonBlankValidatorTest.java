package org.pmokit.core.project;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NonBlankValidatorTest {

    private final NonBlankValidator validator = new NonBlankValidator();

    @Test
    void isValid_acceptsAnAbsentValue() {
        assertThat(validator.isValid(null, null)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "  ", "\t", "\n\r", "\u00A0", "\u2007", "\u202F", "\u3000", " \u3000\t"})
    void isValid_refusesEmptyOrOnlySpace_includingNoBreakAndIdeographicSpace(String value) {
        assertThat(validator.isValid(value, null)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"a", " a ", "任务", "\u3000任务", "0", ".", "\u00A0x"})
    void isValid_acceptsTextWithAVisibleCharacter(String value) {
        assertThat(validator.isValid(value, null)).isTrue();
    }

    @Test
    void isValid_acceptsAnyCharSequence() {
        assertThat(validator.isValid(new StringBuilder(" b"), null)).isTrue();
        assertThat(validator.isValid(new StringBuilder("  "), null)).isFalse();
    }
}
