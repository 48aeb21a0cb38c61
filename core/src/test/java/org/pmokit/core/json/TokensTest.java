package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void quote_escapesAsJsonDoes() {
        assertThat(Tokens.quote("ten")).isEqualTo("\"ten\"");
        assertThat(Tokens.quote("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    }

    @Test
    void longTexts_areCut_sayingHowLongTheyWere() {
        assertThat(Tokens.quote("x".repeat(61))).isEqualTo("\"" + "x".repeat(60) + "\"... (61 characters)");
        assertThat(Tokens.abbreviate("1".repeat(60))).isEqualTo("1".repeat(60));
        assertThat(Tokens.abbreviate("1".repeat(100))).isEqualTo("1".repeat(60) + "... (100 characters)");
    }
}
