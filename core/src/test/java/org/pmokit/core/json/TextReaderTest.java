package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class TextReaderTest {

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[4];
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0;) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    @Test
    void skipsAByteOrderMark_atTheStartOnly() throws IOException {
        assertThat(readAll(new TextReader(new StringReader("\uFEFFab\uFEFF"), 100))).isEqualTo("ab\uFEFF");
    }

    @Test
    void handsOverTheLimit_andRefusesTheCharacterBeyondIt_atItsLineAndColumn() throws IOException {
        TextReader reader = new TextReader(new StringReader("ab\ncd\r\nef\rgh"), 10);
        char[] buffer = new char[20];

        int n = 0;
        for (int r; n < 10 && (r = reader.read(buffer, n, 20 - n)) > 0;) {
            n += r;
        }

        assertThat(new String(buffer, 0, n)).isEqualTo("ab\ncd\r\nef\r");
        assertThatThrownBy(() -> reader.read(buffer, 0, 20))
                .isInstanceOfSatisfying(TextReader.TooLong.class, e -> {
                    assertThat(e.line).isEqualTo(4);
                    assertThat(e.column).isEqualTo(1);
                });
    }

    @Test
    void aDocumentOfExactlyTheLimit_isRead() throws IOException {
        assertThat(readAll(new TextReader(new StringReader("abcdef"), 6))).isEqualTo("abcdef");
    }

    @Test
    void placesMalformedBytes_atTheirLineAndColumn() {
        byte[] bytes = {'{', '\n', ' ', ' ', '"', (byte) 0xC3, '"'};
        TextReader reader = new TextReader(new Utf8Reader(new ByteArrayInputStream(bytes)), 100);

        assertThatThrownBy(() -> readAll(reader)).isInstanceOfSatisfying(TextReader.Malformed.class, e -> {
            assertThat(e.line).isEqualTo(2);
            assertThat(e.column).isEqualTo(4);
        });
    }
}
