package org.pmokit.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.pmokit.reporting.ReportLanguage;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** The {@code --lang} option: the language of messages and reports. */
final class LanguageOption {

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "en", converter = Converter.class,
            description = "Language of messages and reports: en or zh-CN (default: ${DEFAULT-VALUE}).")
    private ReportLanguage language = ReportLanguage.ENGLISH;

    /** Returns the chosen language's locale. */
    Locale locale() {
        return language.locale();
    }

    /** Converts the tags of the report languages, {@code en} and {@code zh-CN}, and nothing else. */
    static final class Converter implements ITypeConverter<ReportLanguage> {
        @Override
        public ReportLanguage convert(String value) {
            return Arrays.stream(ReportLanguage.values()).filter(l -> l.tag().equals(value)).findFirst()
                    .orElseThrow(() -> new TypeConversionException("expected " + Arrays.stream(ReportLanguage.values())
                            .map(ReportLanguage::tag).collect(Collectors.joining(" or ")) + ", found '" + value + "'"));
        }
    }
}
