package org.pmokit.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.pmokit.reporting.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --format} and {@code --out} options: what to write, and where. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "md", converter = FormatConverter.class,
            description = "Report format: json, md, html or csv (default: ${DEFAULT-VALUE}). On standard output, csv is"
                    + " the findings table; with --out, csv writes the findings, activities and risks tables.")
    private ReportFormat format = ReportFormat.MARKDOWN;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Folder to write the reports to, created if missing (default: standard output).")
    private Path out;

    /** Returns the format. */
    ReportFormat format() {
        return format;
    }

    /** Returns the folder to write to, or empty for standard output. */
    Optional<Path> out() {
        return Optional.ofNullable(out);
    }

    /** Converts a file extension to the format: {@code json}, {@code md}, {@code html}, {@code csv}. */
    static final class FormatConverter implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            return Arrays.stream(ReportFormat.values()).filter(f -> f.extension().equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected one of " + Arrays.stream(ReportFormat.values())
                            .map(ReportFormat::extension).collect(Collectors.joining(", ")) + ", found '" + value + "'"));
        }
    }
}
