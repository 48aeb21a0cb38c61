package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.DoubleRange;
import org.pmokit.core.project.Project;

/**
 * Damaged documents: random byte mutations, truncations and inserted fragments of the sample
 * documents and of small generated ones. Whatever the damage, a read gives a project or a
 * {@link ProjectFormatException} with its place, never another exception or an {@link Error};
 * {@code readAndValidate} never throws and agrees with {@code read}; a document in well-formed
 * UTF-8 reads the same from bytes as from text (the same project or the same message); and a
 * damaged document that is still read gives a project that writes and reads back equal.
 *
 * <p>Each check runs under a 30 s {@code assertTimeoutPreemptively}: a guard against a reader that
 * hangs, not a measure of speed.
 */
class ProjectJsonFuzzTest {

    private static final ProjectJson STRICT = ProjectJson.standard();
    private static final ProjectJson LENIENT = ProjectJson.builder().lenient(true).build();
    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static final List<byte[]> SAMPLES = Documents.samples()
            .map(path -> Documents.text(path).getBytes(StandardCharsets.UTF_8)).toList();

    /** Bytes that mean something to JSON or to UTF-8. */
    private static final byte[] SPECIAL_BYTES = {0x00, (byte) 0xFF, '{', '}', '[', ']', '"', '\\', ':', ',', '-', '.',
        'e', '0', '9', 'n', 't', ' ', '\n', '\t', 0x01, 0x7F, (byte) 0x80, (byte) 0xBF, (byte) 0xC0, (byte) 0xC3,
        (byte) 0xE4, (byte) 0xED, (byte) 0xEF, (byte) 0xBB, (byte) 0xF0, (byte) 0xF4, (byte) 0xFE};

    /** Pieces of JSON, of this document's shape and hostile, to insert anywhere. */
    private static final List<String> FRAGMENTS = List.of("{", "}", "[", "]", "\"", "\\", ":", ",", "null", "true",
            "-", "0", "1e999999999", "-0.0e-0", "NaN", "Infinity", "\"\\u0000\"", "\"\\uD800\"", "\"\\uDC00\\uD800\"",
            "\"x\":1,", ",\"x\":{}", "\"id\":\"A1\",", "\"name\":null,", "\"duration\":-1,", "\"activities\":[{}],",
            "{\"@class\":\"java.lang.ProcessBuilder\",\"command\":[\"rm\"]}", "\"@type\":\"java.net.URL\",",
            "[".repeat(200), "{\"a\":".repeat(100), "\"" + "x".repeat(5_000) + "\"", "9".repeat(100),
            "\uFEFF", "/* c */", "// c\n", "'x'", "\"项目\uD83D\uDE00\"", "\u2028", "\"schemaVersion\":2,",
            "\"calendar\":{\"weekend\":[\"MONDAY\",\"MONDAY\"],\"holidays\":[],\"workdays\":[]},",
            "\"currency\":\"XXX\",", "\"start\":\"2026-02-30\",", "\"at\":\"2026-02-05T10:30:00\",");

    // --- documents and damage -----------------------------------------------------------------

    /** A sample document, or a small generated one, compact or indented. */
    @Provide
    Arbitrary<byte[]> documents() {
        Arbitrary<byte[]> generated = Combinators.combine(ProjectArbitraries.projects(4, 2), Arbitraries.of(true, false))
                .as((project, pretty) -> (pretty ? STRICT.writePretty(project) : STRICT.write(project))
                        .getBytes(StandardCharsets.UTF_8));
        return Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.of(SAMPLES)), Tuple.of(2, generated)));
    }

    /** One change of the bytes, at a relative place. */
    record Mutation(Kind kind, double where, byte[] bytes) {
        enum Kind { FLIP, REPLACE, DELETE, INSERT }

        byte[] apply(byte[] document) {
            int at = Math.min(document.length, (int) (where * document.length));
            return switch (kind) {
                case FLIP -> {
                    byte[] out = document.clone();
                    if (at < out.length) {
                        out[at] ^= (byte) (1 << (bytes[0] & 7));
                    }
                    yield out;
                }
                case REPLACE -> {
                    byte[] out = document.clone();
                    for (int i = 0; i < bytes.length && at + i < out.length; i++) {
                        out[at + i] = bytes[i];
                    }
                    yield out;
                }
                case DELETE -> splice(document, at, Math.min(bytes.length, document.length - at), new byte[0]);
                case INSERT -> splice(document, at, 0, bytes);
            };
        }

        @Override
        public String toString() {
            return kind + " at " + where + " " + Arrays.toString(bytes);
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<Byte> one = Arbitraries.frequencyOf(List.of(Tuple.of(1, Arbitraries.bytes()),
                Tuple.of(2, Arbitraries.of(toList(SPECIAL_BYTES)))));
        Arbitrary<byte[]> bytes = one.list().ofMinSize(1).ofMaxSize(8).map(ProjectJsonFuzzTest::toArray);
        return Combinators.combine(Arbitraries.of(Mutation.Kind.class), Arbitraries.doubles().between(0, 1), bytes)
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<Tuple.Tuple2<Double, String>>> insertions() {
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.of(FRAGMENTS)).as(Tuple::of)
                .list().ofMinSize(1).ofMaxSize(4);
    }

    // --- properties ---------------------------------------------------------------------------

    @Property(tries = 450)
    void randomByteMutations_giveAProjectOrAFormatError(@ForAll("documents") byte[] document,
            @ForAll("mutations") List<Mutation> mutations) {
        byte[] damaged = document;
        for (Mutation m : mutations) {
            damaged = m.apply(damaged);
        }

        readsOrRefuses(damaged);
    }

    @Property(tries = 200)
    void truncations_giveAFormatError(@ForAll("documents") byte[] document, @ForAll @DoubleRange(min = 0, max = 1) double where) {
        byte[] truncated = Arrays.copyOf(document, (int) (where * closingBrace(document)));

        readsOrRefuses(truncated);
        assertThatItIsRefused(truncated);
    }

    @Property(tries = 350)
    void insertedFragments_giveAProjectOrAFormatError(@ForAll("documents") byte[] document,
            @ForAll("insertions") List<Tuple.Tuple2<Double, String>> insertions) {
        byte[] damaged = document;
        for (Tuple.Tuple2<Double, String> insertion : insertions) {
            int at = Math.min(damaged.length, (int) (insertion.get1() * damaged.length));
            damaged = splice(damaged, at, 0, insertion.get2().getBytes(StandardCharsets.UTF_8));
        }

        readsOrRefuses(damaged);
    }

    /**
     * Truncations at every kind of place: after the first occurrences of every byte value that the
     * samples have (inside and after names, strings, numbers, literals, structure, whitespace and
     * multi-byte UTF-8 sequences), and at every length of a small document.
     */
    @Example
    void truncations_atEveryKindOfPlace_giveAFormatError() {
        for (byte[] sample : SAMPLES) {
            int[] seen = new int[256];
            for (int i = 0; i < closingBrace(sample); i++) {
                if (seen[sample[i] & 0xFF]++ < 3) {
                    for (byte[] truncated : List.of(Arrays.copyOf(sample, i), Arrays.copyOf(sample, i + 1))) {
                        readsOrRefuses(truncated);
                        assertThatItIsRefused(truncated);
                    }
                }
            }
        }
        byte[] small = Documents.minimalWith("\"localName\": \"项目 \uD83D\uDE00 \\\"x\\\" \\u0000\"")
                .getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length < small.length; length++) {
            byte[] truncated = Arrays.copyOf(small, length);
            readsOrRefuses(truncated);
            assertThatItIsRefused(truncated);
        }
        assertThat(STRICT.read(small).localName()).contains("项目 \uD83D\uDE00 \"x\" \u0000");
    }

    // --- the checks ---------------------------------------------------------------------------

    /**
     * Reads the document as bytes and as text, strict and lenient, and checks every outcome, under
     * the hang guard. When the bytes are well-formed UTF-8, reading them (the fast way over bytes
     * when it can) and reading their text (always the exact way over characters) must give the
     * same: an equal project and the same ignored fields, or the same message.
     */
    private static void readsOrRefuses(byte[] document) {
        assertTimeoutPreemptively(HANG_GUARD, () -> {
            String text = new String(document, StandardCharsets.UTF_8);
            boolean utf8 = isUtf8(document);
            for (ProjectJson json : List.of(STRICT, LENIENT)) {
                Outcome fromBytes = outcome(() -> json.read(document));
                Outcome fromText = outcome(() -> json.read(text));
                ReadResult bytesResult = json.readAndValidate(document);
                ReadResult textResult = json.readAndValidate(text);
                agree(fromBytes, bytesResult);
                agree(fromText, textResult);
                if (utf8) {
                    assertThat(fromBytes.project()).as("the project from bytes and from text").isEqualTo(fromText.project());
                    assertThat(message(fromBytes)).as("the message from bytes and from text").isEqualTo(message(fromText));
                    assertThat(bytesResult.ignoredFields()).isEqualTo(textResult.ignoredFields());
                }
            }
        });
    }

    private static String message(Outcome outcome) {
        return outcome.error() == null ? null : outcome.error().getMessage();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static void assertThatItIsRefused(byte[] truncated) {
        assertThat(STRICT.readAndValidate(truncated).formatError())
                .as("a truncated document is not well formed: %s", new String(truncated, StandardCharsets.UTF_8))
                .isPresent();
    }

    /** What read did: a project, or a format error; anything else escapes and fails the test. */
    private record Outcome(Project project, ProjectFormatException error) {
    }

    private static Outcome outcome(Supplier<Project> read) {
        try {
            Project project = read.get();
            assertThat(project).isNotNull();
            // A damaged document that is still read is a project like any other: it round-trips.
            assertThat(STRICT.read(STRICT.write(project))).isEqualTo(project);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            STRICT.writePretty(project, out);
            assertThat(STRICT.read(out.toByteArray())).isEqualTo(project);
            return new Outcome(project, null);
        } catch (ProjectFormatException e) {
            if (!(e instanceof InvalidProjectException)) {
                assertThat(e.line()).as("line of %s", e.getMessage()).isPositive();
                assertThat(e.column()).as("column of %s", e.getMessage()).isPositive();
                assertThat(e.getMessage()).startsWith((e.pointer().isEmpty() ? "document" : e.pointer())
                        + " (line " + e.line() + ", column " + e.column() + "): ");
            }
            assertThat(e.getMessage()).isNotBlank();
            return new Outcome(null, e);
        }
    }

    /** readAndValidate says what read said, and adds the validator's view of a project. */
    private static void agree(Outcome read, ReadResult result) {
        if (read.project() != null) {
            if (result.isValid()) {
                assertThat(result.project()).contains(read.project());
            } else {
                assertThat(result.violations()).isNotEmpty();
                assertThat(result.formatError()).isEmpty();
            }
        } else if (read.error() instanceof InvalidProjectException invalid) {
            assertThat(result.violations()).isEqualTo(invalid.violations());
        } else {
            assertThat(result.formatError()).hasValueSatisfying(e -> assertThat(e).hasMessage(read.error().getMessage()));
        }
    }

    // --- bytes --------------------------------------------------------------------------------

    /** The place of the document's last closing brace: every shorter prefix is cut. */
    private static int closingBrace(byte[] document) {
        int at = document.length - 1;
        while (document[at] != '}') {
            at--;
        }
        return at;
    }

    private static byte[] splice(byte[] document, int at, int remove, byte[] insert) {
        byte[] out = new byte[document.length - remove + insert.length];
        System.arraycopy(document, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(document, at + remove, out, at + insert.length, document.length - at - remove);
        return out;
    }

    private static List<Byte> toList(byte[] bytes) {
        List<Byte> out = new ArrayList<>(bytes.length);
        for (byte b : bytes) {
            out.add(b);
        }
        return out;
    }

    private static byte[] toArray(List<Byte> bytes) {
        byte[] out = new byte[bytes.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = bytes.get(i);
        }
        return out;
    }
}
