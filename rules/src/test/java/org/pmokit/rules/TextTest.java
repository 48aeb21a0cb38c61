package org.pmokit.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final Text GREEN = Text.of("green", "绿");

    /** Any locale of the Chinese language gets the (Simplified) Chinese text, whatever its script or region. */
    @ParameterizedTest
    @ValueSource(strings = {"zh", "zh-CN", "zh-TW", "zh-HK", "zh-SG", "zh-Hans", "zh-Hant-TW"})
    void in_givesChinese_forEveryChineseLocale(String tag) {
        assertThat(GREEN.in(Locale.forLanguageTag(tag))).isEqualTo("绿");
    }

    @Test
    void in_givesChinese_forTheChineseLocaleConstants() {
        assertThat(GREEN.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.CHINESE)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.TRADITIONAL_CHINESE)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.CHINA)).isEqualTo("绿");
        assertThat(GREEN.in(Locale.TAIWAN)).isEqualTo("绿");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-US", "en-GB", "fr-FR", "ja-JP", "ko-KR", "de", "und"})
    void in_givesEnglish_forEveryOtherLocale(String tag) {
        assertThat(GREEN.in(Locale.forLanguageTag(tag))).isEqualTo("green");
    }

    @Test
    void in_givesEnglish_forTheRootLocale() {
        assertThat(GREEN.in(Locale.ROOT)).isEqualTo("green");
    }

    @Test
    void in_refusesNull() {
        assertThatThrownBy(() -> GREEN.in(null)).isInstanceOf(NullPointerException.class).hasMessage("locale");
    }

    @Test
    void of_isTheConstructor() {
        assertThat(Text.of("a", "甲")).isEqualTo(new Text("a", "甲"));
        assertThat(Text.of("a", "甲").english()).isEqualTo("a");
        assertThat(Text.of("a", "甲").chinese()).isEqualTo("甲");
    }

    @Test
    void toString_isTheEnglishText() {
        assertThat(GREEN).hasToString("green");
    }

    @Test
    void constructor_refusesAMissingLanguage() {
        assertThatThrownBy(() -> Text.of(null, "绿")).isInstanceOf(NullPointerException.class).hasMessage("english");
        assertThatThrownBy(() -> Text.of("green", null)).isInstanceOf(NullPointerException.class).hasMessage("chinese");
    }
}
