package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The Jackson configuration of the project document: two parser factories per set of
 * {@link JsonLimits} (the limits live in the factory), for {@link DocReader}, and one compact and
 * one pretty writer for everyone, whose generators {@link ModelWriter} writes to. Factories and
 * {@link ObjectWriter}s are immutable and thread-safe.
 *
 * <p>Parsing is strict: no JSON extension is enabled (no comments, single quotes, {@code NaN},
 * leading zeros or plus signs); duplicate names are refused (by the exact parser itself, by the
 * reader on the fast one). Only the streaming parser is used for reading, so no document can name
 * a class: there is no data binding, polymorphic or otherwise. The writers'
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
     * Builds the parser factory of the exact reading for a set of limits: characters in, lines and
     * character columns in every location, duplicate field names refused by the parser at the
     * second name. Its parsers take fresh buffers rather than recycled ones: the parser checks the
     * length of a field name as its buffer fills, so with a recycled buffer of another size the
     * same over-long name would be reported at another place.
     *
     * @param limits the limits
     * @return the factory
     */
    static JsonFactory exactParsers(JsonLimits limits) {
        return parsers(limits, true);
    }

    /**
     * Builds the parser factory of the fast reading for a set of limits: UTF-8 bytes in, without
     * the parser's detection of duplicate names (the reader detects them) and without a document
     * length limit (the bytes are counted before, in characters).
     *
     * @param limits the limits
     * @return the factory
     */
    static JsonFactory fastParsers(JsonLimits limits) {
        return parsers(limits, false);
    }

    private static JsonFactory parsers(JsonLimits limits, boolean exact) {
        StreamReadConstraints.Builder constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .maxNameLength(JsonLimits.MAX_NAME_LENGTH);
        if (exact) {
            constraints.maxDocumentLength(limits.maxDocumentLength());
        }
        JsonFactoryBuilder factory = new JsonFactoryBuilder();
        if (exact) {
            factory.recyclerPool(JsonRecyclerPools.nonRecyclingPool());
        }
        return factory
                .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, exact)
                .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
                .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
                .streamReadConstraints(constraints.build())
                .build();
    }
}
