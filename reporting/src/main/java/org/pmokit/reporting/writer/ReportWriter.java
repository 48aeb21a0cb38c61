package org.pmokit.reporting.writer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;

/**
 * Writes project and portfolio reports in one format and one language. The same report always gives
 * the same characters. Files are written in UTF-8.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ReportWriter {

    /**
     * Returns the format this writer writes.
     *
     * @return the format
     */
    ReportFormat format();

    /**
     * Returns the language this writer writes in.
     *
     * @return the language
     */
    ReportLanguage language();

    /**
     * Writes a project report as one document. A CSV writer writes its findings table here; see
     * {@link #writeFiles(ProjectReport, Path, String)} for all its tables.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the output fails
     */
    void write(ProjectReport report, Appendable out) throws IOException;

    /**
     * Writes a portfolio report as one document.
     *
     * @param report the report
     * @param out where to write
     * @throws IOException if the output fails
     */
    void write(PortfolioReport report, Appendable out) throws IOException;

    /**
     * Returns a project report as one document, as {@link #write(ProjectReport, Appendable)} writes it.
     *
     * @param report the report
     * @return the document
     */
    default String toString(ProjectReport report) {
        StringBuilder out = new StringBuilder(16_384);
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Returns a portfolio report as one document.
     *
     * @param report the report
     * @return the document
     */
    default String toString(PortfolioReport report) {
        StringBuilder out = new StringBuilder(16_384);
        try {
            write(report, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * Writes a project report into a file, replacing it, as {@link #write(ProjectReport, Appendable)}.
     *
     * @param report the report
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    default void write(ProjectReport report, Path file) throws IOException {
        Objects.requireNonNull(report, "report");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        }
    }

    /**
     * Writes a portfolio report into a file, replacing it.
     *
     * @param report the report
     * @param file the file
     * @throws IOException if the file cannot be written
     */
    default void write(PortfolioReport report, Path file) throws IOException {
        Objects.requireNonNull(report, "report");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(report, out);
        }
    }

    /**
     * Writes every document of a project report into a folder: {@code <baseName>.<extension>}, or for
     * CSV one file per table, {@code <baseName>-findings.csv}, {@code <baseName>-activities.csv} and
     * {@code <baseName>-risks.csv}.
     *
     * @param report the report
     * @param directory the folder, which must exist
     * @param baseName the start of the file names, such as {@code crm-upgrade-2026}
     * @return the files written, in that order
     * @throws IOException if a file cannot be written
     */
    default List<Path> writeFiles(ProjectReport report, Path directory, String baseName) throws IOException {
        Path file = directory.resolve(baseName + "." + format().extension());
        write(report, file);
        return List.of(file);
    }
}
