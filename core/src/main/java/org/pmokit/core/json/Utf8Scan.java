package org.pmokit.core.json;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Decides whether a document in bytes may be parsed as UTF-8 bytes directly (the fast way, see
 * {@link ProjectJson}): it must be well-formed UTF-8 in the strict sense of RFC 3629 (no overlong
 * form, no encoded surrogate, nothing beyond U+10FFFF, no sequence cut short), the same bytes that
 * {@link Utf8Reader} decodes without error; it must have at most the allowed number of characters
 * (UTF-16 code units, not counting a leading byte order mark, as {@link TextReader} counts them);
 * and none of its first four bytes may be zero, from which Jackson would take it for UTF-16 or
 * UTF-32. Bytes that fail are read the exact way, which reports the problem at its place.
 *
 * <p>ASCII, the bulk of any document, is skipped eight bytes at a time.
 */
final class Utf8Scan {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080808080808080L;

    private Utf8Scan() {
    }

    /**
     * Returns whether bytes are strict UTF-8 of at most {@code maxChars} characters whose first
     * four bytes are not zero.
     *
     * @param bytes the document
     * @param maxChars the most characters (UTF-16 code units) it may have, a byte order mark aside
     * @return true if Jackson's UTF-8 parser may read it
     */
    static boolean isPlainUtf8(byte[] bytes, long maxChars) {
        int n = bytes.length;
        for (int i = 0; i < Math.min(4, n); i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        long surplus = 0; // bytes that are not UTF-16 code units of their own
        int i = 0;
        while (i < n) {
            if (i + 8 <= n && ((long) LONGS.get(bytes, i) & HIGH_BITS) == 0) {
                i += 8;
            } else if (bytes[i] >= 0) {
                i++;
            } else {
                int length = sequence(bytes, i);
                if (length == 0) {
                    return false;
                }
                surplus += length == 4 ? 2 : length - 1; // four bytes are two code units (a surrogate pair)
                i += length;
            }
        }
        boolean byteOrderMark = n >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
        return n - surplus - (byteOrderMark ? 1 : 0) <= maxChars;
    }

    /**
     * Returns the length of the well-formed multi-byte sequence at a place, or 0 if it is malformed
     * (Unicode's table 3-7 of well-formed byte sequences).
     */
    private static int sequence(byte[] bytes, int at) {
        int b = bytes[at] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (b >= 0xC2 && b <= 0xDF) {
            length = 2;
        } else if (b >= 0xE0 && b <= 0xEF) {
            length = 3;
            if (b == 0xE0) {
                low = 0xA0;
            } else if (b == 0xED) {
                high = 0x9F;
            }
        } else if (b >= 0xF0 && b <= 0xF4) {
            length = 4;
            if (b == 0xF0) {
                low = 0x90;
            } else if (b == 0xF4) {
                high = 0x8F;
            }
        } else {
            return 0;
        }
        if (at + length > bytes.length) {
            return 0;
        }
        int second = bytes[at + 1] & 0xFF;
        if (second < low || second > high) {
            return 0;
        }
        for (int k = 2; k < length; k++) {
            int next = bytes[at + k] & 0xFF;
            if (next < 0x80 || next > 0xBF) {
                return 0;
            }
        }
        return length;
    }
}
