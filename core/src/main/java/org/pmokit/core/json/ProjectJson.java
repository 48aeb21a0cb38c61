package org.pmokit.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.ProjectValidator;
import org.pmokit.core.validation.ValidationResult;

/**
 * Reads and writes the project document, the JSON form of a {@link Project} (see
 * {@code PROJECT_DOCUMENT.md} and the JSON Schema {@code org/pmokit/core/json/project-document.schema.json}).
 *
 * <pre>{@code
 * ProjectJson json = ProjectJson.standard();
 * Project project = json.read(Path.of("crm-upgrade-2026.json"));
 * String text = json.writePretty(project);
 * }</pre>
 *
 * <p><b>Reading</b> is strict by default: the document must be well-formed JSON (no comments,
 * {@code NaN}, {@code Infinity}, duplicate keys or content after it), of the document's shape (no
 * unknown field, every value of its JSON type, no {@code null}), with upper-case enumeration
 * constants as written, dates {@code yyyy-MM-dd} and instants with an offset. Amounts are strings
 * in the project's currency ({@code "2400000.00"}); a JSON number is accepted and written back as a
 * string. No number passes through {@code double}: every digit is kept. {@code schemaVersion} is
 * optional (absent means 1); a newer version than {@value #SCHEMA_VERSION} is refused, naming both.
 * A {@linkplain Builder#lenient(boolean) lenient} reader skips unknown fields instead and reports
 * them in {@link ReadResult#ignoredFields()}. Every read enforces {@link JsonLimits}.
 *
 * <p>Problems come in two kinds:
 * <ul>
 *   <li>a <b>structural</b> problem stops the read at the first one:
 *       {@link #read(String) read} throws a {@link ProjectFormatException} with the JSON pointer,
 *       line and column of the problem and what was expected and found:
 *       {@code /activities/3/duration (line 42, column 19): expected an integer, found "ten"};</li>
 *   <li><b>values</b> that the model refuses (a negative duration, a probability of 1.5, an amount
 *       with too many decimals, a missing required field) are all collected: {@code read} throws
 *       one {@link InvalidProjectException}, a {@code ProjectFormatException} that carries every
 *       {@link org.pmokit.core.validation.Violation} with its path ({@code activities[A12].duration}).</li>
 * </ul>
 * {@code read} does not run {@link ProjectValidator}: references, cycles and dates between entities
 * are the validator's job. {@link #readAndValidate(String) readAndValidate} does both and returns a
 * {@link ReadResult} with the valid project or every problem, instead of throwing. Content never
 * escapes as another exception; only I/O errors of a stream or file do, as
 * {@link UncheckedIOException}. Streams passed in are read to their end (anything after the
 * document is an error) and are not closed; files are opened and closed here.
 *
 * <p><b>Writing</b> gives the document that reads back to an equal project, and for a document that
 * this class wrote, or that follows its conventions (see {@link #write(Project)}), the same JSON.
 * Output is UTF-8, without a line break at the end.
 *
 * <p><b>How</b> it reads: Jackson's streaming parser hands the tokens to a reader of the document's
 * records, which checks the shape field by field; the records are then turned into the model. A
 * document in bytes (also a file, read whole when it is within the document length limit) is first
 * parsed as UTF-8 bytes, the fast way, when it is strict UTF-8 within the length limit. Should that
 * reading meet any problem, or (lenient) an unknown field, the document is read again the exact way,
 * as strings and streams always are: decoded to characters, so that lines and character columns of
 * every place are known and the first problem is reported exactly where it is. Both ways give the
 * same records for a document that the fast way reads.
 *
 * <p>This class is immutable and thread-safe; build one per configuration and share it. Each
 * instance holds its pre-configured Jackson parser factories; all share one writer.
 */
public final class ProjectJson {

    /** The version of the document format this library reads and writes. */
    public static final int SCHEMA_VERSION = 1;

    private static final ProjectJson STANDARD = new Builder().build();

    private final boolean lenient;
    private final JsonLimits limits;
    private final JsonFactory exactParsers;
    private final JsonFactory fastParsers;

    private ProjectJson(boolean lenient, JsonLimits limits) {
        this.lenient = lenient;
        this.limits = limits;
        this.exactParsers = JsonConfig.exactParsers(limits);
        this.fastParsers = JsonConfig.fastParsers(limits);
    }

    /**
     * Returns the strict reader and writer with the default limits.
     *
     * @return the standard instance
     */
    public static ProjectJson standard() {
        return STANDARD;
    }

    /**
     * Returns a builder, strict and with the default limits until told otherwise.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns whether unknown fields are skipped rather than refused.
     *
     * @return true if lenient
     */
    public boolean isLenient() {
        return lenient;
    }

    /**
     * Returns the limits every read enforces.
     *
     * @return the limits
     */
    public JsonLimits limits() {
        return limits;
    }

    // --- read ---------------------------------------------------------------------------------

    /**
     * Reads a project document from a string.
     *
     * @param json the document
     * @return the project, not yet validated
     * @throws ProjectFormatException at the first structural problem
     * @throws InvalidProjectException with every value the model refuses
     */
    public Project read(String json) {
        return project(parse(json));
    }

    /**
     * Reads a project document from UTF-8 bytes.
     *
     * @param json the document
     * @return the project, not yet validated
     * @throws ProjectFormatException at the first structural problem, including bytes that are not UTF-8
     * @throws InvalidProjectException with every value the model refuses
     */
    public Project read(byte[] json) {
        return project(parse(json));
    }

    /**
     * Reads a project document from a UTF-8 stream, which is not closed.
     *
     * @param json the stream
     * @return the project, not yet validated
     * @throws ProjectFormatException at the first structural problem, including bytes that are not UTF-8
     * @throws InvalidProjectException with every value the model refuses
     * @throws UncheckedIOException if the stream fails
     */
    public Project read(InputStream json) {
        return project(parse(json));
    }

    /**
     * Reads a project document from a UTF-8 file.
     *
     * @param file the file
     * @return the project, not yet validated
     * @throws ProjectFormatException at the first structural problem, including bytes that are not UTF-8
     * @throws InvalidProjectException with every value the model refuses
     * @throws UncheckedIOException if the file cannot be read
     */
    public Project read(Path file) {
        return project(parse(file));
    }

    /**
     * Reads a project document from a string and validates it.
     *
     * @param json the document
     * @return the valid project, or every problem
     */
    public ReadResult readAndValidate(String json) {
        return validated(parse(json));
    }

    /**
     * Reads a project document from UTF-8 bytes and validates it.
     *
     * @param json the document
     * @return the valid project, or every problem
     */
    public ReadResult readAndValidate(byte[] json) {
        return validated(parse(json));
    }

    /**
     * Reads a project document from a UTF-8 stream, which is not closed, and validates it.
     *
     * @param json the stream
     * @return the valid project, or every problem
     * @throws UncheckedIOException if the stream fails
     */
    public ReadResult readAndValidate(InputStream json) {
        return validated(parse(json));
    }

    /**
     * Reads a project document from a UTF-8 file and validates it.
     *
     * @param file the file
     * @return the valid project, or every problem
     * @throws UncheckedIOException if the file cannot be read
     */
    public ReadResult readAndValidate(Path file) {
        return validated(parse(file));
    }

    /** What a read found: the bound document or the structural problem, and the skipped fields. */
    private record Parsed(Doc.Project document, ProjectFormatException error, List<IgnoredField> ignoredFields) {
    }

    private Parsed parse(String json) {
        return parseExactly(new StringReader(Objects.requireNonNull(json, "json")));
    }

    private Parsed parse(byte[] json) {
        Objects.requireNonNull(json, "json");
        if (Utf8Scan.isPlainUtf8(json, limits.maxDocumentLength())) {
            Doc.Project document = parseFast(json);
            if (document != null) {
                return new Parsed(document, null, List.of());
            }
        }
        return parseExactly(new Utf8Reader(new ByteArrayInputStream(json)));
    }

    private Parsed parse(InputStream json) {
        return parseExactly(new Utf8Reader(Objects.requireNonNull(json, "json")));
    }

    /**
     * Reads a file whole, as bytes, when it is a regular file within the document length limit;
     * a larger one (or a file that grows while it is read, or no regular file) is read as a stream.
     */
    private Parsed parse(Path file) {
        Objects.requireNonNull(file, "file");
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.isRegularFile(file) ? Files.size(file) : Long.MAX_VALUE;
            if (size <= Math.min(limits.maxDocumentLength(), MAX_WHOLE_FILE)) {
                byte[] bytes = in.readNBytes((int) size + 1);
                if (bytes.length <= size) {
                    return parse(bytes);
                }
                return parse(new SequenceInputStream(new ByteArrayInputStream(bytes), in));
            }
            return parse(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The largest file read whole: the largest array, less a margin. */
    private static final long MAX_WHOLE_FILE = Integer.MAX_VALUE - 16;

    /**
     * Reads UTF-8 bytes the fast way.
     *
     * @return the document, or null if the reading met anything that the exact way must report or place
     */
    private Doc.Project parseFast(byte[] json) {
        try (JsonParser parser = fastParsers.createParser(json)) {
            return new DocReader(parser, lenient, limits, false).read();
        } catch (IOException | RuntimeException e) {
            return null; // the exact reading says what and where
        }
    }

    /** Reads characters the exact way. */
    private Parsed parseExactly(Reader source) {
        JsonParser parser;
        try {
            parser = exactParsers.createParser(new TextReader(source, limits.maxDocumentLength()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DocReader reader = new DocReader(parser, lenient, limits, true);
        try {
            return new Parsed(reader.read(), null, reader.ignoredFields());
        } catch (IOException | RuntimeException e) {
            return new Parsed(null, Problems.translate(e, parser, reader.isDocumentComplete(), limits),
                    reader.ignoredFields());
        } finally {
            try {
                parser.close();
            } catch (IOException e) {
                // Closing releases buffers only; the source is not closed.
            }
        }
    }

    private Project project(Parsed parsed) {
        if (parsed.error() != null) {
            throw parsed.error();
        }
        DocToModel.Outcome outcome = DocToModel.map(parsed.document(), limits);
        if (outcome.project() == null) {
            throw new InvalidProjectException(outcome.violations());
        }
        return outcome.project();
    }

    private ReadResult validated(Parsed parsed) {
        if (parsed.error() != null) {
            return new ReadResult(Optional.empty(), Optional.of(parsed.error()), List.of(), parsed.ignoredFields());
        }
        DocToModel.Outcome outcome = DocToModel.map(parsed.document(), limits);
        if (outcome.project() == null) {
            return new ReadResult(Optional.empty(), Optional.empty(), outcome.violations(), parsed.ignoredFields());
        }
        ValidationResult validation = ProjectValidator.standard().validate(outcome.project());
        return validation.isValid()
                ? new ReadResult(Optional.of(outcome.project()), Optional.empty(), List.of(), parsed.ignoredFields())
                : new ReadResult(Optional.empty(), Optional.empty(), validation.violations(), parsed.ignoredFields());
    }

    // --- write --------------------------------------------------------------------------------

    /**
     * Writes a project as a compact document, on one line.
     *
     * <p>Reading the result gives an equal project. Parts the project does not have are left out:
     * optional values it lacks, empty lists inside entities and an empty {@code cashFlows} (the
     * top-level lists of the agreed example and a change request's {@code decisions} are always
     * written), the type and lag of a finish-to-start link
     * without lag, and the covered years of a custom calendar when they are the years of its dates.
     * {@code schemaVersion} comes first.
     *
     * @param project the project
     * @return the document
     * @throws IllegalArgumentException if a decimal of the project is too large or too small to write
     *         in plain digits (a scale beyond 9,999 either way)
     */
    public String write(Project project) {
        return write(JsonConfig.COMPACT, project);
    }

    /**
     * Writes a project as an indented document, laid out as the agreed example: two spaces per
     * level, {@code "name": value}, {@code \n} line ends. See {@link #write(Project)}.
     *
     * @param project the project
     * @return the document
     * @throws IllegalArgumentException if a decimal cannot be written in plain digits
     */
    public String writePretty(Project project) {
        return write(JsonConfig.PRETTY, project);
    }

    /**
     * Writes a project as a compact UTF-8 document to a stream, which is flushed and not closed.
     * See {@link #write(Project)}.
     *
     * @param project the project
     * @param out the stream
     * @throws IllegalArgumentException if a decimal cannot be written in plain digits
     * @throws UncheckedIOException if the stream fails
     */
    public void write(Project project, OutputStream out) {
        write(JsonConfig.COMPACT, project, out);
    }

    /**
     * Writes a project as an indented UTF-8 document to a stream, which is flushed and not closed.
     * See {@link #writePretty(Project)}.
     *
     * @param project the project
     * @param out the stream
     * @throws IllegalArgumentException if a decimal cannot be written in plain digits
     * @throws UncheckedIOException if the stream fails
     */
    public void writePretty(Project project, OutputStream out) {
        write(JsonConfig.PRETTY, project, out);
    }

    private static String write(ObjectWriter writer, Project project) {
        Objects.requireNonNull(project, "project");
        try {
            return ModelWriter.write(writer, project);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("project " + project.id() + " cannot be written: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
    }

    private static void write(ObjectWriter writer, Project project, OutputStream out) {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(out, "out");
        try {
            ModelWriter.write(writer, project, out);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("project " + project.id() + " cannot be written: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Returns the mode and the limits, as in {@code ProjectJson[strict, JsonLimits[...]]}.
     *
     * @return the text form
     */
    @Override
    public String toString() {
        return "ProjectJson[" + (lenient ? "lenient" : "strict") + ", " + limits + "]";
    }

    /** Builds a {@link ProjectJson}; not thread-safe. */
    public static final class Builder {
        private boolean lenient;
        private JsonLimits limits = JsonLimits.defaults();

        private Builder() {
        }

        /**
         * Sets whether unknown fields are skipped (and reported in {@link ReadResult#ignoredFields()})
         * rather than refused. Strict by default.
         *
         * @param value true to skip unknown fields
         * @return this builder
         */
        public Builder lenient(boolean value) {
            this.lenient = value;
            return this;
        }

        /**
         * Sets the limits every read enforces.
         *
         * @param value the limits
         * @return this builder
         */
        public Builder limits(JsonLimits value) {
            this.limits = Objects.requireNonNull(value, "limits");
            return this;
        }

        /**
         * Builds the reader and writer; this builds its Jackson parser factories, so keep the result.
         *
         * @return the instance
         */
        public ProjectJson build() {
            return new ProjectJson(lenient, limits);
        }
    }
}
