package org.pmokit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.pmokit.reporting.PortfolioReport;
import org.pmokit.reporting.ProjectReport;
import org.pmokit.reporting.ReportFormat;
import org.pmokit.reporting.ReportLanguage;
import org.pmokit.reporting.writer.ReportWriter;
import org.pmokit.reporting.writer.ReportWriters;

/**
 * Writes the reports of evaluated projects with the reporting module, in one format and language:
 * as text for standard output, or as files in a folder ({@code <base>.<extension>}; for CSV one file
 * per table).
 */
final class Reports {

    /** The base name of the portfolio report's file. */
    static final String PORTFOLIO = "portfolio";

    private final ReportWriter writer;

    /**
     * Creates the writer of a format and language.
     *
     * @param format the format
     * @param locale the language: English or Simplified Chinese
     */
    Reports(ReportFormat format, Locale locale) {
        this.writer = ReportWriters.of(format, ReportLanguage.of(locale));
    }

    /** The report of one project, as one document (for CSV, its findings table). */
    String project(Evaluated evaluated) {
        return writer.toString(report(evaluated));
    }

    /** The portfolio report of the projects, in their order. */
    String portfolio(List<Evaluated> evaluated) {
        return writer.toString(portfolioReport(evaluated));
    }

    /**
     * Writes the report of one project into a folder, created if missing.
     *
     * @return the files written
     * @throws InvalidInputException if the folder or a file cannot be written
     */
    List<Path> writeProject(Evaluated evaluated, Path dir) {
        try {
            Files.createDirectories(dir);
            return writer.writeFiles(report(evaluated), dir, evaluated.baseName());
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
    }

    /**
     * Writes the portfolio report into a folder, created if missing, as {@value #PORTFOLIO}.{@code ext}.
     *
     * @return the file written
     * @throws InvalidInputException if the folder or the file cannot be written
     */
    Path writePortfolio(List<Evaluated> evaluated, Path dir) {
        Path file = dir.resolve(PORTFOLIO + "." + writer.format().extension());
        try {
            Files.createDirectories(dir);
            writer.write(portfolioReport(evaluated), file);
            return file;
        } catch (IOException e) {
            throw cannotWrite(dir, e);
        }
    }

    private static ProjectReport report(Evaluated evaluated) {
        return ProjectReport.of(evaluated.project(), evaluated.evaluation(), evaluated.context());
    }

    private static PortfolioReport portfolioReport(List<Evaluated> evaluated) {
        return PortfolioReport.of(evaluated.stream().map(Reports::report).toList());
    }

    private static InvalidInputException cannotWrite(Path dir, IOException e) {
        return new InvalidInputException("--out " + dir + ": cannot write the reports: " + e);
    }
}
