package org.pmokit.reporting.writer;

import java.util.Objects;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;

/**
 * The report writers of PMO Kit, one per format and language.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportWriters {

    private ReportWriters() {
    }

    /**
     * Returns the writer of a format in a language.
     *
     * @param format the format
     * @param language the language
     * @return the writer
     */
    public static ReportWriter of(ReportFormat format, ReportLanguage language) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(language, "language");
        return switch (format) {
            case JSON -> json(language);
            case MARKDOWN -> markdown(language);
            case HTML -> html(language);
            case CSV -> csv(language);
        };
    }

    /**
     * Returns the JSON writer (docs/REPORT_SCHEMA.md).
     *
     * @param language the language of labels, messages and reasons
     * @return the writer
     */
    public static ReportWriter json(ReportLanguage language) {
        return new JsonReportWriter(language);
    }

    /**
     * Returns the Markdown writer.
     *
     * @param language the language
     * @return the writer
     */
    public static ReportWriter markdown(ReportLanguage language) {
        return new MarkdownReportWriter(language);
    }

    /**
     * Returns the HTML writer: one self-contained page with inline CSS and SVG charts.
     *
     * @param language the language
     * @return the writer
     */
    public static ReportWriter html(ReportLanguage language) {
        return new HtmlReportWriter(language);
    }

    /**
     * Returns the CSV writer.
     *
     * @param language the language of headers and terms
     * @return the writer
     */
    public static CsvReportWriter csv(ReportLanguage language) {
        return new CsvReportWriter(language, false);
    }
}
