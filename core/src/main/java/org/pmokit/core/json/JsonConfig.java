package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration of the project document, built once: a reader per set of
 * {@link JsonLimits} (the limits live in the parser factory) and one compact and one pretty writer
 * for everyone, whose generators {@link ModelWriter} writes to. {@link ObjectReader} and
 * {@link ObjectWriter} are immutable and thread-safe.
 *
 * <p>Reading is strict: duplicate keys, unknown fields, trailing content and {@code null}s fail;
 * no JSON extension is enabled (no comments, single quotes, {@code NaN}, leading zeros or plus
 * signs); numbers are read as exact decimals; nothing is coerced (see {@link StrictDeserializers});
 * no polymorphic or default typing is ever enabled, so no document can name a class. The writers'
 * generators write decimals in plain digits, characters beyond the BMP as UTF-8 rather than escaped
 * surrogates, and pretty output as the agreed example is laid out (two spaces, {@code "name": value},
 * {@code []} for an empty array, {@code \n} line ends on every platform).
 */
final class JsonConfig {

    /** Compact output: the settings of the generators {@link ModelWriter} writes to. */
    static final ObjectWriter COMPACT;
    /** Pretty output: the compact settings with the pretty printer. */
    static final ObjectWriter PRETTY;

    static {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                // Characters beyond the BMP (emoji) as UTF-8 bytes, as in the String form, not as escaped surrogates.
                .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
                .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
                .build();
        // Only the generators of these writers are used: ModelWriter writes the document itself.
        COMPACT = JsonMapper.builder(factory).build().writer();
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator(""))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        PRETTY = COMPACT.with(printer);
    }

    private JsonConfig() {
    }

    /**
     * Builds the reader for a set of limits.
     *
     * @param limits the limits
     * @return the reader of {@link Doc.Project}
     */
    static ObjectReader reader(JsonLimits limits) {
        JsonFactory factory = JsonFactory.builder()
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxDocumentLength(limits.maxDocumentLength())
                        .maxNestingDepth(limits.maxNestingDepth())
                        .maxStringLength(limits.maxStringLength())
                        .maxNumberLength(limits.maxNumberLength())
                        .maxNameLength(JsonLimits.MAX_NAME_LENGTH)
                        .build())
                .build();
        com.fasterxml.jackson.databind.Module strict = new com.fasterxml.jackson.databind.Module() {
            @Override
            public String getModuleName() {
                return "pmokit-document-reading";
            }

            @Override
            public Version version() {
                return Version.unknownVersion();
            }

            @Override
            public void setupModule(SetupContext context) {
                context.addDeserializers(StrictDeserializers.lookup(limits));
                context.addBeanDeserializerModifier(StrictDeserializers.nullRejecting());
            }
        };
        JsonMapper mapper = JsonMapper.builder(factory)
                .addModule(new JavaTimeModule())
                .addModule(strict) // after the time module: its deserializers win
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
                .build();
        return mapper.readerFor(Doc.Project.class);
    }
}
