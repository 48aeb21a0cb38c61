package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.pmokit.reporting.Documents;
import org.pmokit.reporting.Fixtures;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportLanguage;

/**
 * The measured values and thresholds of a Simplified Chinese report of the CRM sample are in
 * Chinese: no English word (a run of Latin letters with a small letter, other than the t of SPI(t))
 * in the findings of the JSON and CSV reports, and none of the English measures with words in them
 * anywhere in the Chinese JSON, CSV, Markdown or HTML report.
 */
class MeasureLanguageReportTest {

    private static final ProjectReport CRM = Fixtures.crmReport();
    private static final ObjectMapper JSON = new ObjectMapper();
    /** A run of Latin letters with a small letter in it: a word, not a code such as CPI or an id such as CR2. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]*[a-z][A-Za-z]*");

    private static boolean hasWord(String text) {
        return WORD.matcher(text.replace("SPI(t)", "SPI")).find();
    }

    /** The measured values and thresholds of the JSON report's findings, in order. */
    private static List<String> measures(ReportLanguage language) throws Exception {
        JsonNode items = JSON.readTree(ReportWriters.json(language).toString(CRM)).path("findings").path("items");
        List<String> out = new ArrayList<>();
        for (JsonNode item : items) {
            for (String field : List.of("measured", "threshold")) {
                if (!item.path(field).isNull()) {
                    out.add(item.path(field).asText());
                }
            }
        }
        return out;
    }

    @Test
    void hasWord_findsWordsButNotCodesOrIds() {
        assertThat(hasWord("no approval by the change control board")).isTrue();
        assertThat(hasWord("11 days")).isTrue();
        assertThat(hasWord("CNY 155,000.00（应急储备的 103.33%）")).isFalse();
        assertThat(hasWord("SPI(t) 0.81, CR2, RK1, <= 2026-03-05")).isFalse();
    }

    @Test
    void chineseJson_measuresHaveNoEnglishWords_whereTheEnglishOnesHave() throws Exception {
        List<String> english = measures(ReportLanguage.ENGLISH);
        List<String> chinese = measures(ReportLanguage.SIMPLIFIED_CHINESE);

        assertThat(chinese).hasSameSizeAs(english).hasSizeGreaterThan(10);
        assertThat(english).filteredOn(MeasureLanguageReportTest::hasWord).hasSizeGreaterThanOrEqualTo(3);
        assertThat(chinese).filteredOn(MeasureLanguageReportTest::hasWord).isEmpty();
        // a language-neutral value is the same in both
        assertThat(chinese).contains("0.827", "0.92");
    }

    @Test
    void chineseCsv_measuredAndThresholdColumnsHaveNoEnglishWords() {
        List<List<String>> rows = Documents.csv(ReportWriters.csv(ReportLanguage.SIMPLIFIED_CHINESE)
                .toString(CRM, CsvTable.FINDINGS));

        assertThat(rows).hasSize(1 + CRM.findings().size());
        List<String> cells = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            cells.add(row.get(4));
            cells.add(row.get(5));
        }
        assertThat(cells).filteredOn(c -> !c.isEmpty()).hasSizeGreaterThan(10);
        assertThat(cells).filteredOn(MeasureLanguageReportTest::hasWord).isEmpty();
    }

    @Test
    void chineseReports_showNoneOfTheEnglishMeasuresWithWords() throws Exception {
        List<String> worded = measures(ReportLanguage.ENGLISH).stream().filter(MeasureLanguageReportTest::hasWord)
                .distinct().toList();
        ReportLanguage zh = ReportLanguage.SIMPLIFIED_CHINESE;
        List<String> documents = List.of(ReportWriters.json(zh).toString(CRM),
                ReportWriters.csv(zh).toString(CRM, CsvTable.FINDINGS), ReportWriters.markdown(zh).toString(CRM),
                ReportWriters.html(zh).toString(CRM));

        assertThat(worded).isNotEmpty();
        for (String document : documents) {
            for (String measure : worded) {
                assertThat(document).doesNotContain(measure);
            }
        }
        // and the English report does show them
        assertThat(ReportWriters.markdown(ReportLanguage.ENGLISH).toString(CRM)).contains(worded.get(0));
    }
}
