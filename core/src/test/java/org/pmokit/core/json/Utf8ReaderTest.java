package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8ReaderTest {

    private static String readAll(Reader reader) throws IOException {
        StringBuilder out = new StringBuilder();
        char[] buffer = new char[3];
        for (int n; (n = reader.read(buffer, 0, buffer.length)) >= 0;) {
            out.append(buffer, 0, n);
        }
        return out.toString();
    }

    @Test
    void decodesUtf8_acrossBufferBoundaries() throws IOException {
        String text = "客户关系 \uD83D\uDE00 CRM ".repeat(2_000);

        assertThat(readAll(new Utf8Reader(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8))))).isEqualTo(text);
    }

    @Test
    void handsOverTheCharactersBeforeMalformedBytes_thenFails() throws IOException {
        Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] {'a', 'b', (byte) 0xFF, 'c'}));
        char[] buffer = new char[10];

        assertThat(reader.read(buffer, 0, 10)).isEqualTo(2);
        assertThat(new String(buffer, 0, 2)).isEqualTo("ab");
        assertThatThrownBy(() -> reader.read(buffer, 0, 10)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void aSequenceCutByTheEnd_isMalformed() {
        Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] {(byte) 0xE4, (byte) 0xB8}));

        assertThatThrownBy(() -> readAll(reader)).isInstanceOf(CharacterCodingException.class);
    }

    @Test
    void anEncodedSurrogate_isMalformed() {
        Reader reader = new Utf8Reader(new ByteArrayInputStream(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}));

        assertThatThrownBy(() -> readAll(reader)).isInstanceOf(CharacterCodingException.class);
    }
}
