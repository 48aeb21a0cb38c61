package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.pmokit.core.project.Project;
import org.pmokit.core.validation.ViolationCode;

/**
 * A corpus of hostile documents, each with the outcome it must have: refused with a precise
 * message (pointer, line and column), or read without harm.
 *
 * <p>Hostile documents that other tests already cover exactly, and so are not repeated here:
 * NaN, Infinity and -Infinity, trailing garbage (content, a second document, a comment or a brace
 * after the document), empty input and only whitespace, duplicate keys at the top level, a UTF-8
 * byte order mark in bytes and in a string, and bytes 0xFF or a sequence cut by the end
 * ({@link ProblemsTest}); a JSON array, a string and {@code null} at the top level
 * ({@link StrictValuesTest#theRootMustBeAnObject()}); a 10,000-digit number, 1,000 levels
 * of nesting, a 100 MB string and endless streams ({@link JsonLimitsTest}); {@code 1e999999999}
 * ({@link StrictValuesTest}, {@link DocToModelTest}); an endless {@code activities} array
 * beyond a small {@code maxActivities} ({@link DocReaderTest}).
 */
class HostileDocumentsTest {

    private static final ProjectJson STRICT = ProjectJson.standard();
    private static final ProjectJson LENIENT = ProjectJson.builder().lenient(true).build();
    private static final int DEEP = 100_000;

    /** The minimal document with one more top-level field, on one line: {@code {"field":...,"id":"P1",...}}. */
    private static String withField(String field) {
        return Documents.withActivities("{\"id\":\"A1\",\"name\":\"Build\",\"duration\":10}").replace("{\"id\":\"P1\"",
                "{" + field + ",\"id\":\"P1\"");
    }

    private static byte[] bytes(String prefix, byte[] middle, String suffix) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(prefix.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(middle);
        out.writeBytes(suffix.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    // --- depth --------------------------------------------------------------------------------

    @Test
    void aHundredThousandOpeningBrackets_areRefused_withoutOverflowingTheStack() {
        String brackets = "[".repeat(DEEP);

        assertThatThrownBy(() -> STRICT.read(brackets))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("document (line 1, column 1): expected an object (the project document), found an array");
        assertThatThrownBy(() -> STRICT.read("{\"activities\":" + brackets))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/activities/0 (line 1, column 16): expected an object, found an array");
        assertThatThrownBy(() -> LENIENT.read("{\"x\":" + brackets + "]".repeat(DEEP) + "}"))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/x" + "/0".repeat(63) // the 65th level, the bracket before column 70
                        + " (line 1, column 70): arrays and objects are nested deeper than the limit of 64 levels");
    }

    @Test
    void aHundredThousandNestedObjects_areRefused_strictAtTheFirstUnknownName_lenientAtTheDepthLimit() {
        String objects = "{\"a\":".repeat(DEEP) + "1" + "}".repeat(DEEP);

        assertThatThrownBy(() -> STRICT.read(objects))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessageStartingWith("/a (line 1, column 2): expected one of the fields schemaVersion, id, name,")
                .hasMessageEndingWith(", found unknown field \"a\"");
        assertThatThrownBy(() -> LENIENT.read(objects))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/a".repeat(64) // the 65th level, the brace before column 322
                        + " (line 1, column 322): arrays and objects are nested deeper than the limit of 64 levels");
        assertThatThrownBy(() -> STRICT.read("{\"goals\":[{\"kpi\":" + "{\"name\":".repeat(DEEP)))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/goals/0/kpi/name (line 1, column 26): expected a string, found an object");
    }

    // --- size ---------------------------------------------------------------------------------

    @Test
    void aHugeArrayOfTinyObjects_inAnUnknownField_isRefusedAtTheField_orSkippedWithoutKeepingIt() {
        String huge = "\"x-log\":[" + "{},".repeat(300_000) + "{}]";
        String json = withField(huge);

        assertThatThrownBy(() -> STRICT.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessageStartingWith("/x-log (line 1, column 2): expected one of the fields schemaVersion,")
                .hasMessageEndingWith("found unknown field \"x-log\"");
        ReadResult lenient = LENIENT.readAndValidate(json);
        assertThat(lenient.isValid()).isTrue();
        assertThat(lenient.ignoredFields()).containsExactly(new IgnoredField("/x-log", 1, 2));
        assertThat(lenient.project()).contains(STRICT.read(Documents.MINIMAL));
    }

    @Test
    void aHugeActivitiesArray_beyondASmallLimit_isRefusedAtTheFirstActivityBeyondIt() {
        ProjectJson json = ProjectJson.builder().limits(JsonLimits.defaults().withMaxActivities(10)).build();
        String activity = "{\"id\":\"A1\",\"name\":\"x\",\"duration\":1}";
        String document = "{\"activities\":[" + (activity + ",").repeat(100_000) + activity + "]}";

        assertThatThrownBy(() -> json.read(document))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/activities/10 (line 1, column " + (16 + 10 * (activity.length() + 1))
                        + "): the document has more activities than the limit of 10");
    }

    // --- encoding -----------------------------------------------------------------------------

    static Stream<Arguments> malformedUtf8() {
        return Stream.of(
                Arguments.of("an overlong '/' (C0 AF)", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Arguments.of("an overlong '/' in three bytes (E0 80 AF)", new byte[] {(byte) 0xE0, (byte) 0x80, (byte) 0xAF}),
                Arguments.of("an overlong NUL (C0 80)", new byte[] {(byte) 0xC0, (byte) 0x80}),
                Arguments.of("a lone continuation byte (80)", new byte[] {(byte) 0x80}),
                Arguments.of("a surrogate encoded in UTF-8 (ED A0 80)", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Arguments.of("a code point beyond U+10FFFF (F4 90 80 80)",
                        new byte[] {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedUtf8")
    void malformedUtf8_isRefused_atTheBadByte(String what, byte[] bad) {
        byte[] json = bytes("{\"name\":\"ab", bad, "cd\"}");

        assertThatThrownBy(() -> STRICT.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/name (line 1, column 12): expected UTF-8 text, found a malformed UTF-8 byte sequence");
        assertThatThrownBy(() -> STRICT.read(new ByteArrayInputStream(json)))
                .hasMessage("/name (line 1, column 12): expected UTF-8 text, found a malformed UTF-8 byte sequence");
        assertThat(STRICT.readAndValidate(json).formatError()).isPresent();
    }

    @Test
    void aUtf16Document_withItsByteOrderMark_isRefused_atTheFirstByte() {
        byte[] bigEndian = Documents.MINIMAL.getBytes(StandardCharsets.UTF_16); // FE FF, then big-endian
        byte[] littleEndian = bytes("", new byte[] {(byte) 0xFF, (byte) 0xFE}, "");
        littleEndian = concat(littleEndian, Documents.MINIMAL.getBytes(StandardCharsets.UTF_16LE));
        assertThat(bigEndian).startsWith((byte) 0xFE, (byte) 0xFF);

        for (byte[] json : List.of(bigEndian, littleEndian)) {
            assertThatThrownBy(() -> STRICT.read(json))
                    .isExactlyInstanceOf(ProjectFormatException.class)
                    .hasMessage("document (line 1, column 1): expected UTF-8 text, found a malformed UTF-8 byte sequence");
        }
    }

    @Test
    void aUtf16Document_withoutAByteOrderMark_isRefused_atItsFirstNul_inJacksonsWords() {
        byte[] json = Documents.MINIMAL.getBytes(StandardCharsets.UTF_16BE);

        assertThatThrownBy(() -> STRICT.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessageStartingWith("document (line 1, column 2): expected valid JSON, found Illegal character ((CTRL-CHAR, code 0))");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    // --- keys and identifiers -----------------------------------------------------------------

    @Test
    void aDuplicateKey_deepInTheDocument_isRefused_atItsSecondOccurrence() {
        String json = Documents.withActivities("{\"id\":\"A1\",\"name\":\"x\",\"duration\":1,\"duration\":2}");

        assertThatThrownBy(() -> STRICT.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/activities/0/duration (line 1, column 145): expected each field at most once in an object, "
                        + "found the field \"duration\" a second time");
    }

    @Test
    void duplicateIds_areViolations_ofTheValidator() {
        String json = Documents.withActivities("{\"id\":\"A1\",\"name\":\"x\",\"duration\":1}",
                "{\"id\":\"A1\",\"name\":\"y\",\"duration\":2}");

        ReadResult result = STRICT.readAndValidate(json);

        assertThat(result.formatError()).isEmpty();
        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("activities[A1]");
            assertThat(v.code()).isEqualTo(ViolationCode.ID_DUPLICATE);
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("activity A1 is defined more than once");
        });
        assertThat(STRICT.read(json).activities()).hasSize(2); // read alone does not validate
    }

    @Test
    void aDependencyCycle_isAViolation_namingTheCycle() {
        String json = Documents.withActivities(
                "{\"id\":\"B\",\"name\":\"b\",\"duration\":1,\"predecessors\":[{\"activity\":\"A\"}]}",
                "{\"id\":\"C\",\"name\":\"c\",\"duration\":1,\"predecessors\":[{\"activity\":\"B\",\"type\":\"SS\",\"lag\":-2}]}",
                "{\"id\":\"A\",\"name\":\"a\",\"duration\":1,\"predecessors\":[{\"activity\":\"C\"}]}");

        ReadResult result = STRICT.readAndValidate(json);

        assertThat(result.violations()).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("activities[A].predecessors");
            assertThat(v.code()).isEqualTo(ViolationCode.DEPENDENCY_CYCLE);
            assertThat(v.message(Locale.ENGLISH)).isEqualTo("dependency cycle: A -> B -> C -> A");
        });
    }

    // --- class names --------------------------------------------------------------------------

    @Test
    void aPolymorphicTypeAttempt_isAnUnknownField_strict_andSkipped_lenient() {
        String json = withField("\"@class\":\"java.lang.ProcessBuilder\"");

        assertThatThrownBy(() -> STRICT.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessageStartingWith("/@class (line 1, column 2): expected one of the fields schemaVersion, id,")
                .hasMessageEndingWith("found unknown field \"@class\"");
        ReadResult lenient = LENIENT.readAndValidate(json);
        assertThat(lenient.ignoredFields()).containsExactly(new IgnoredField("/@class", 1, 2));
        assertThat(lenient.project()).contains(STRICT.read(Documents.MINIMAL));
    }

    @Test
    void aTypedObject_whereAValueBelongs_isRefused_asAnObject() {
        String json = Documents.withActivities("{\"id\":\"A1\",\"name\":{\"@class\":\"java.lang.ProcessBuilder\","
                + "\"command\":[\"rm\",\"-rf\",\"/\"]},\"duration\":1}");

        assertThatThrownBy(() -> LENIENT.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/activities/0/name (line 1, column 118): expected a string, found an object");
        assertThatThrownBy(() -> STRICT.read("{\"calendar\":[\"java.util.Calendar\",{}]}"))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/calendar (line 1, column 13): expected \"CN\", \"MON_FRI\" or a custom calendar object, "
                        + "found an array");
    }

    // --- NUL ----------------------------------------------------------------------------------

    @Test
    void anEscapedNul_isData_inANameThatIsNotBlank() {
        String json = Documents.MINIMAL.replace("\"Pilot\"", "\"\\u0000\"");

        ReadResult result = STRICT.readAndValidate(json);

        Project project = result.orElseThrow();
        assertThat(project.name()).isEqualTo("\u0000");
        assertThat(STRICT.write(project)).contains("\"name\":\"\\u0000\"");
        assertThat(STRICT.read(STRICT.write(project))).isEqualTo(project);
    }

    @Test
    void anEscapedNul_inAnIdentifier_isAnInvalidValue() {
        String json = Documents.withActivities("{\"id\":\"A\\u0000\",\"name\":\"x\",\"duration\":1}");

        assertThatThrownBy(() -> STRICT.read(json))
                .isInstanceOfSatisfying(InvalidProjectException.class, e -> assertThat(e.violations())
                        .singleElement().satisfies(v -> {
                            assertThat(v.path()).isEqualTo("activities[0].id");
                            assertThat(v.code()).isEqualTo(ViolationCode.ID_INVALID);
                        }));
    }

    @Test
    void aRawNul_isRefused_insideAStringAndOutside() {
        assertThatThrownBy(() -> STRICT.read("{\"name\":\"a\u0000b\"}"))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/name (line 1, column 11): expected control characters escaped, as \\n or \\u0009, "
                        + "found a control character (code 0) inside a string");
        assertThatThrownBy(() -> STRICT.read(new byte[] {'{', 0, '}'}))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessageStartingWith("document (line 1, column 3): expected valid JSON, found Illegal character ((CTRL-CHAR, code 0))");
    }
}
