package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Syntax errors, trailing content, bad UTF-8 and I/O failures: each is one
 * {@link ProjectFormatException} in this library's words, with the exact place, or an
 * {@link UncheckedIOException} for the I/O.
 */
class ProblemsTest {

    private static final ProjectJson JSON = ProjectJson.standard();

    static Stream<Arguments> malformedJson() {
        return Stream.of(
                Arguments.of("{\"name\" \"x\"}",
                        "/name (line 1, column 9): expected ':', found '\"'"),
                Arguments.of("{\"name\":\"x\",}",
                        "/name (line 1, column 13): expected a field name in double quotes, found '}'"),
                Arguments.of("{\"goals\":[{\"id\":\"G1\"},]}",
                        "/goals/1 (line 1, column 23): expected a JSON value (a string, number, object, array, true, false or null), found ']'"),
                Arguments.of("{\"name\":\"x\"",
                        "/name (line 1, column 12): expected '}', found the end of the document"),
                Arguments.of("{\"name\":\"x",
                        "/name (line 1, column 11): expected '\"' closing the string, found the end of the document"),
                Arguments.of("{\"goals\":[",
                        "/goals (line 1, column 11): expected ']', found the end of the document"),
                Arguments.of("{\"name\":\"x\"]",
                        "/name (line 1, column 12): expected '}', found ']'"),
                Arguments.of("{\"goals\":[}",
                        "/goals (line 1, column 11): expected ']', found '}'"),
                Arguments.of("{\"risks\":[{\"probability\":NaN}]}",
                        "/risks/0/probability (line 1, column 29): expected a JSON value (NaN and Infinity are not numbers in JSON), found NaN"),
                Arguments.of("{\"risks\":[{\"probability\":Infinity}]}",
                        "/risks/0/probability (line 1, column 34): expected a JSON value (NaN and Infinity are not numbers in JSON), found Infinity"),
                Arguments.of("{\"risks\":[{\"probability\":-Infinity}]}",
                        "/risks/0/probability (line 1, column 35): expected a JSON value (NaN and Infinity are not numbers in JSON), found -Infinity"),
                Arguments.of("{\"risks\":[{\"probability\":+1}]}",
                        "/risks/0/probability (line 1, column 27): expected a number without a plus sign, found '+'"),
                Arguments.of("{\"risks\":[{\"probability\":01}]}",
                        "/risks/0/probability (line 1, column 27): expected a JSON number, found a malformed number (Leading zeroes not allowed)"),
                Arguments.of("{\"risks\":[{\"probability\":.5}]}",
                        "/risks/0/probability (line 1, column 26): expected a JSON value (a string, number, object, array, true, false or null), found '.'"),
                Arguments.of("{\"name\":\"x\" /* c */}",
                        "/name (line 1, column 13): expected JSON without comments, found '/'"),
                Arguments.of("{\"name\":\"x\"} // c",
                        "document (line 1, column 14): expected the end of the document, found '/'"),
                Arguments.of("{'name':'x'}",
                        "document (line 1, column 2): expected a field name in double quotes, found '''"),
                Arguments.of("{name:\"x\"}",
                        "document (line 1, column 2): expected a field name in double quotes, found 'n'"),
                Arguments.of("{\"name\":'x'}",
                        "/name (line 1, column 9): expected a JSON value (a string, number, object, array, true, false or null), found '''"),
                Arguments.of("{\"name\":\"a\tb\"}",
                        "/name (line 1, column 11): expected control characters escaped, as \\n or \\u0009, found a control character (code 9) inside a string"),
                Arguments.of("{\"name\":\"a\\qb\"}",
                        "/name (line 1, column 12): expected one of the escapes \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX, found the escape \\q"),
                Arguments.of("{\"name\":tru}",
                        "/name (line 1, column 9): expected a JSON value (a string, number, object, array, true, false or null), found tru"),
                Arguments.of("{\"name\":True}",
                        "/name (line 1, column 9): expected a JSON value (a string, number, object, array, true, false or null), found True"),
                Arguments.of("{\"name\":\"x\",\"name\":\"y\"}",
                        "/name (line 1, column 19): expected each field at most once in an object, found the field \"name\" a second time"),
                Arguments.of("{\"name\":\"x\"} {}",
                        "document (line 1, column 14): expected the end of the document, found an object"),
                Arguments.of("{\"name\":\"x\"} x",
                        "document (line 1, column 14): expected the end of the document, found x"),
                Arguments.of("{\"name\":\"x\"} ]",
                        "document (line 1, column 14): expected the end of the document, found ']'"),
                Arguments.of("{\"name\":\"x\"}}",
                        "document (line 1, column 13): expected the end of the document, found '}'"),
                Arguments.of("",
                        "document (line 1, column 1): expected an object (the project document), found the end of the document"),
                Arguments.of("   \n  ",
                        "document (line 2, column 3): expected an object (the project document), found the end of the document")
);
    }

    @ParameterizedTest
    @MethodSource("malformedJson")
    void malformedJson_isRefused_atItsPlace_sayingWhatWasExpectedAndFound(String json, String message) {
        assertThatThrownBy(() -> JSON.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage(message)
                .hasNoCause();
    }

    @Test
    void malformedJson_isRefusedAlike_fromBytes() {
        byte[] json = "{\"name\":\"x\",}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> JSON.read(json))
                .hasMessage("/name (line 1, column 13): expected a field name in double quotes, found '}'");
    }

    @Test
    void bytesThatAreNotUtf8_areRefused_atTheBadByte() {
        byte[] json = {'{', '\n', '"', 'n', 'a', 'm', 'e', '"', ':', '"', 'a', (byte) 0xFF, '"', '}'};

        assertThatThrownBy(() -> JSON.read(json))
                .isExactlyInstanceOf(ProjectFormatException.class)
                .hasMessage("/name (line 2, column 10): expected UTF-8 text, found a malformed UTF-8 byte sequence");
    }

    @Test
    void aUtf8SequenceCutByTheEnd_isRefused() {
        byte[] json = {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xE4, (byte) 0xB8};

        assertThatThrownBy(() -> JSON.read(new ByteArrayInputStream(json)))
                .hasMessage("/name (line 1, column 10): expected UTF-8 text, found a malformed UTF-8 byte sequence");
    }

    @Test
    void aByteOrderMark_isSkipped_inBytesAndStrings() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '"', 'n', 'a', 'm', 'e', '"', ':', '5', '}'};

        assertThatThrownBy(() -> JSON.read(bytes)).hasMessage("/name (line 1, column 9): expected a string, found 5");
        assertThatThrownBy(() -> JSON.read("\uFEFF{\"name\":5}")).hasMessage("/name (line 1, column 9): expected a string, found 5");
        assertThat(JSON.read("\uFEFF" + Documents.MINIMAL)).isEqualTo(JSON.read(Documents.MINIMAL));
    }

    @Test
    void anIoFailureInTheMiddleOfTheDocument_isAnUncheckedIOException_notAFormatError() {
        byte[] start = "{\"name\": \"x".getBytes(StandardCharsets.UTF_8);
        InputStream failing = new InputStream() {
            private int next;

            @Override
            public int read() throws IOException {
                if (next < start.length) {
                    return start[next++];
                }
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> JSON.read(failing))
                .isExactlyInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("connection reset");
    }
}
