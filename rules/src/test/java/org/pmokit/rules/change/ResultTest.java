package org.pmokit.rules.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;
import org.pmokit.rules.Text;

class ResultTest {

    private static final Refusal NO = Refusal.of(Refusal.Reason.UNKNOWN_CHANGE, "no such change", "没有该变更");

    @Test
    void accepted_hasTheValue() {
        Result<String> r = Result.accepted("x");

        assertThat(r.isAccepted()).isTrue();
        assertThat(r.toOptional()).contains("x");
        assertThat(r.why()).isEmpty();
        assertThat(r.orElseThrow()).isEqualTo("x");
        assertThat(r.map(String::length)).isEqualTo(Result.accepted(1));
        assertThat(r.flatMap(s -> Result.refused(NO))).isEqualTo(Result.refused(NO));
    }

    @Test
    void refused_passesThrough_andThrowsWithItsMessage() {
        Result<String> r = Result.refused(NO);

        assertThat(r.isAccepted()).isFalse();
        assertThat(r.toOptional()).isEmpty();
        assertThat(r.why()).contains(NO);
        assertThat(r.map(String::length).why()).contains(NO);
        assertThat(r.flatMap(s -> Result.accepted(1)).why()).contains(NO);
        assertThatIllegalStateException().isThrownBy(r::orElseThrow).withMessage("no such change");
    }

    @Test
    void refusal_textAndParts() {
        assertThat(NO.message()).isEqualTo(Text.of("no such change", "没有该变更"));
        assertThat(NO).hasToString("UNKNOWN_CHANGE: no such change");
        assertThatNullPointerException().isThrownBy(() -> new Refusal(null, NO.message())).withMessage("reason");
        assertThatNullPointerException().isThrownBy(() -> Result.accepted(null)).withMessage("value");
        assertThatNullPointerException().isThrownBy(() -> Result.refused(null)).withMessage("refusal");
    }
}
