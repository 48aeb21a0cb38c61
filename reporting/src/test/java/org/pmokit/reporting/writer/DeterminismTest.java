package org.pmokit.reporting.writer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.pmokit.reporting.Fixtures;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;

/**
 * Same input, same bytes: two reports built independently from the same document, under another
 * default locale and time zone, write identical documents in every format and language.
 */
class DeterminismTest {

    @Test
    void everyFormatAndLanguage_writesTheSameBytes_whateverTheDefaultLocale(@TempDir Path dir) throws Exception {
        ProjectReport first = Fixtures.crmReport();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        ProjectReport second;
        try {
            Locale.setDefault(Locale.forLanguageTag("de-DE"));
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            second = Fixtures.crmReport();
            for (ReportLanguage language : ReportLanguage.values()) {
                for (ReportFormat format : ReportFormat.values()) {
                    ReportWriter w = ReportWriters.of(format, language);
                    w.writeFiles(second, dir, "b-" + language.tag());
                    w.write(PortfolioReport.of(List.of(second, second)), dir.resolve("pb-" + language.tag() + "." + format.extension()));
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(second).isNotSameAs(first);
        for (ReportLanguage language : ReportLanguage.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                ReportWriter w = ReportWriters.of(format, language);
                List<Path> a = w.writeFiles(first, dir, "a-" + language.tag());
                for (Path file : a) {
                    Path other = dir.resolve(file.getFileName().toString().replaceFirst("^a-", "b-"));
                    assertThat(Files.mismatch(file, other)).as(file.toString()).isEqualTo(-1L);
                }
                String name = language.tag() + "." + format.extension();
                w.write(PortfolioReport.of(List.of(first, first)), dir.resolve("pa-" + name));
                assertThat(Files.mismatch(dir.resolve("pa-" + name), dir.resolve("pb-" + name))).as(name).isEqualTo(-1L);
            }
        }
    }

    @Test
    void writingTwice_givesTheSameText() {
        ProjectReport r = Fixtures.report(Fixtures.hostile());
        for (ReportFormat format : ReportFormat.values()) {
            ReportWriter w = ReportWriters.of(format, ReportLanguage.SIMPLIFIED_CHINESE);
            assertThat(w.toString(r)).isEqualTo(w.toString(r));
        }
    }
}
