package org.pmokit.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which bytes may be parsed the fast way: strict UTF-8 (what {@link Utf8Reader} decodes without
 * error), within the length limit counted in UTF-16 code units without a byte order mark, and no
 * zero among the first four bytes.
 */
class Utf8ScanTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    private static byte[] bytes(int... values) {
        byte[] out = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = (byte) values[i];
        }
        return out;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "{\"name\":\"客户关系管理\"}", "\uD83D\uDE00", "é", "\uFEFF{}", "\u07FF\u0800\uFFFF",
        "\uDBFF\uDFFF", "a long run of ASCII beyond eight bytes, then 项目 and more ASCII after it"})
    void wellFormedUtf8_isPlain(String text) {
        assertThat(Utf8Scan.isPlainUtf8(utf8(text), NO_LIMIT)).isTrue();
    }

    @Test
    void malformedSequences_areNotPlain_whereverTheyAre() {
        List<byte[]> malformed = List.of(
                bytes('{', 0xC0, 0x80, '}'),             // overlong NUL
                bytes('{', 0xC1, 0xBF, '}'),             // overlong '?'
                bytes('{', 0xE0, 0x80, 0x80, '}'),       // overlong three bytes
                bytes('{', 0xF0, 0x80, 0x80, 0x80, '}'), // overlong four bytes
                bytes('{', 0xED, 0xA0, 0x80, '}'),       // an encoded surrogate, U+D800
                bytes('{', 0xF4, 0x90, 0x80, 0x80, '}'), // beyond U+10FFFF
                bytes('{', 0xF5, 0x80, 0x80, 0x80, '}'), // no such lead byte
                bytes('{', 0x80, '}'),                   // a continuation byte alone
                bytes('{', 0xE4, 0xB8, 0x41, '}'),       // a sequence cut by ASCII
                bytes('{', '"', 0xE4, 0xB8),             // a sequence cut by the end
                bytes('{', 0xFF, '}'),
                bytes('{', 0xFE, '}'));
        for (byte[] b : malformed) {
            assertThat(Utf8Scan.isPlainUtf8(b, NO_LIMIT)).as("%s", java.util.Arrays.toString(b)).isFalse();
        }
        byte[] late = utf8("{\"name\":\"" + "x".repeat(40) + "\"}");
        late[30] = (byte) 0x80;
        assertThat(Utf8Scan.isPlainUtf8(late, NO_LIMIT)).as("a bad byte inside an eight-byte block").isFalse();
        byte[] last = utf8("{\"name\":\"" + "x".repeat(40) + "\"}");
        last[last.length - 1] = (byte) 0xC3;
        assertThat(Utf8Scan.isPlainUtf8(last, NO_LIMIT)).as("a lead byte as the last byte").isFalse();
    }

    @Test
    void aZeroAmongTheFirstFourBytes_isNotPlain_elsewhereItIsUtf8() {
        assertThat(Utf8Scan.isPlainUtf8(bytes(0, '{', 0, '}'), NO_LIMIT)).as("UTF-16BE").isFalse();
        assertThat(Utf8Scan.isPlainUtf8(bytes('{', 0, '}', 0), NO_LIMIT)).as("UTF-16LE").isFalse();
        assertThat(Utf8Scan.isPlainUtf8(bytes('{', ' ', ' ', 0), NO_LIMIT)).isFalse();
        assertThat(Utf8Scan.isPlainUtf8(bytes('{', ' ', ' ', ' ', 0, '}'), NO_LIMIT))
                .as("a NUL later is the parser's to refuse").isTrue();
    }

    @Test
    void theLimit_countsUtf16CodeUnits_withoutAByteOrderMark() {
        assertThat(Utf8Scan.isPlainUtf8(utf8("aé"), 2)).as("three bytes, two characters").isTrue();
        assertThat(Utf8Scan.isPlainUtf8(utf8("aé"), 1)).isFalse();
        assertThat(Utf8Scan.isPlainUtf8(utf8("项目"), 2)).as("six bytes, two characters").isTrue();
        assertThat(Utf8Scan.isPlainUtf8(utf8("项目"), 1)).isFalse();
        assertThat(Utf8Scan.isPlainUtf8(utf8("\uD83D\uDE00"), 2)).as("four bytes, a surrogate pair").isTrue();
        assertThat(Utf8Scan.isPlainUtf8(utf8("\uD83D\uDE00"), 1)).isFalse();
        assertThat(Utf8Scan.isPlainUtf8(utf8("\uFEFFab"), 2)).as("the byte order mark is not counted").isTrue();
        assertThat(Utf8Scan.isPlainUtf8(utf8("\uFEFFab"), 1)).isFalse();
        assertThat(Utf8Scan.isPlainUtf8(utf8("a\uFEFFb"), 2)).as("only a leading one is a byte order mark").isFalse();
        assertThat(Utf8Scan.isPlainUtf8(utf8("x".repeat(17)), 17)).isTrue();
        assertThat(Utf8Scan.isPlainUtf8(utf8("x".repeat(17)), 16)).isFalse();
    }

    /** Bytes that are mostly UTF-8 of every length, with now and then a byte of any value. */
    @Provide
    Arbitrary<byte[]> mostlyUtf8() {
        Arbitrary<String> pieces = Arbitraries.of("a", "{", "\"", " ", "é", "\u07FF", "项", "\uFFFF", "\uFEFF",
                "\uD83D\uDE00", "\uDBFF\uDFFF", "\u0000", "0123456789");
        Arbitrary<byte[]> text = pieces.list().ofMaxSize(40).map(list -> utf8(String.join("", list)));
        Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(40);
        return Arbitraries.frequencyOf(List.of(Tuple.of(3, text), Tuple.of(1, any),
                Tuple.of(2, Arbitraries.oneOf(text, any).flatMap(b -> Arbitraries.integers().between(0, Math.max(0, b.length - 1))
                        .flatMap(at -> Arbitraries.bytes().map(x -> {
                            byte[] out = b.clone();
                            if (out.length > 0) {
                                out[at] = x;
                            }
                            return out;
                        }))))));
    }

    @Property(tries = 2000)
    void plain_isExactlyStrictUtf8_withoutAZeroInFront_andCountsAsTheDecoder(@ForAll("mostlyUtf8") byte[] b) {
        String decoded = strictlyDecoded(b);
        boolean zeroInFront = false;
        for (int i = 0; i < Math.min(4, b.length); i++) {
            zeroInFront |= b[i] == 0;
        }

        assertThat(Utf8Scan.isPlainUtf8(b, NO_LIMIT)).isEqualTo(decoded != null && !zeroInFront);
        if (decoded != null && !zeroInFront) {
            int chars = decoded.startsWith("\uFEFF") ? decoded.length() - 1 : decoded.length();
            assertThat(Utf8Scan.isPlainUtf8(b, chars)).isTrue();
            if (chars > 0) {
                assertThat(Utf8Scan.isPlainUtf8(b, chars - 1)).isFalse();
            }
        }
    }

    /** The text of strict UTF-8, or null if the bytes are not. */
    private static String strictlyDecoded(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
