package org.pmokit.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every fixed text of a report exists in English and in Simplified Chinese. */
class LabelTest {

    /** Every Chinese label has Chinese characters, except the acronym SMART, which GLOSSARY.md keeps. */
    @Test
    void everyLabel_hasBothLanguages_theChineseInChinese() {
        assertThat(Label.SMART.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("SMART");
        for (Label l : Label.values()) {
            if (l == Label.SMART) {
                continue;
            }
            assertThat(l.in(ReportLanguage.ENGLISH)).as(l.name()).isNotBlank().isEqualTo(l.text().english());
            assertThat(l.in(ReportLanguage.SIMPLIFIED_CHINESE)).as(l.name()).isNotBlank()
                    .isEqualTo(l.text().chinese())
                    .matches(s -> s.codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                            == Character.UnicodeScript.HAN), "has Chinese characters");
        }
    }

    @Test
    void glossaryTerms() {
        assertThat(Label.CRITICAL_PATH.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("关键路径");
        assertThat(Label.TOTAL_FLOAT.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("总浮动时间");
        assertThat(Label.FREE_FLOAT.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("自由浮动时间");
        assertThat(Label.GANTT.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("甘特图");
        assertThat(Label.EMV.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("预期货币价值");
        assertThat(Label.CONTINGENCY_RESERVE.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("应急储备");
        assertThat(Label.MANAGEMENT_RESERVE.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("管理储备");
        assertThat(Label.WBS.in(ReportLanguage.SIMPLIFIED_CHINESE)).isEqualTo("工作分解结构");
    }
}
