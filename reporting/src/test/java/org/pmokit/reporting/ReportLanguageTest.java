package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.pmokit.rules.Text;

/** The caller's choice of language: by tag or locale, never the default locale. */
class ReportLanguageTest {

    @Test
    void parse_acceptsTheTagsInAnyCase_andUnderscore() {
        assertThat(ReportLanguage.parse("en")).isEqualTo(ReportLanguage.ENGLISH);
        assertThat(ReportLanguage.parse("zh-CN")).isEqualTo(ReportLanguage.SIMPLIFIED_CHINESE);
        assertThat(ReportLanguage.parse("zh_cn")).isEqualTo(ReportLanguage.SIMPLIFIED_CHINESE);
        assertThat(ReportLanguage.parse("EN")).isEqualTo(ReportLanguage.ENGLISH);
        assertThat(ReportLanguage.SIMPLIFIED_CHINESE.tag()).isEqualTo("zh-CN");
    }

    @Test
    void parse_rejectsAnotherLanguage_namingIt() {
        assertThatThrownBy(() -> ReportLanguage.parse("fr")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report language must be en or zh-CN: 'fr'");
        assertThatThrownBy(() -> ReportLanguage.parse("zh-TW")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("report language must be en or zh-CN: 'zh-TW'");
    }

    @Test
    void of_locale() {
        assertThat(ReportLanguage.of(Locale.UK)).isEqualTo(ReportLanguage.ENGLISH);
        assertThat(ReportLanguage.of(Locale.SIMPLIFIED_CHINESE)).isEqualTo(ReportLanguage.SIMPLIFIED_CHINESE);
        assertThat(ReportLanguage.of(Locale.CHINA)).isEqualTo(ReportLanguage.SIMPLIFIED_CHINESE);
        assertThatThrownBy(() -> ReportLanguage.of(Locale.GERMANY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("reports are written in en or zh-CN, not in locale 'de-DE'");
    }

    @Test
    void of_text() {
        Text t = Text.of("red", "红");
        assertThat(ReportLanguage.ENGLISH.of(t)).isEqualTo("red");
        assertThat(ReportLanguage.SIMPLIFIED_CHINESE.of(t)).isEqualTo("红");
    }
}
