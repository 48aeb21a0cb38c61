package org.pmokit.core.json;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.Objects;

/**
 * The characters of a document as the parser reads them: a byte order mark at the start is
 * skipped, the line and column of every character are counted as the parser counts them (a line
 * ends at {@code \n}, {@code \r} or {@code \r\n}), and no character beyond the document length
 * limit is handed over.
 *
 * <p>Every read hands over as many characters as were asked for, unless the source ends or the
 * limit is reached, so the parser sees a document in the same chunks whatever its source.
 *
 * <p>So the two problems that lie below the parser have an exact place: bytes that are not UTF-8
 * ({@link Malformed}) and a document longer than the limit ({@link TooLong}), even from a stream
 * that never ends. The source is not closed.
 *
 * <p>Not thread-safe.
 */
final class TextReader extends Reader {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private final Reader in;
    private final long maxLength;
    private long delivered;
    private boolean started;
    /** The line and column of the next character, from 1. */
    private int line = 1;
    private int column = 1;
    private boolean afterCarriageReturn;
    /** Bytes that are not UTF-8, met after characters that are handed over first. */
    private Malformed malformed;

    TextReader(Reader in, long maxLength) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxLength = maxLength;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        if (malformed != null) {
            throw malformed;
        }
        if (delivered >= maxLength) {
            if (source(buffer, offset, 1) < 0) {
                return -1;
            }
            throw new TooLong(line, column);
        }
        // Fill the request as far as the source goes, so that the parser gets the same chunks of
        // the same characters whatever the source (a string, or bytes decoded as they come): where
        // a chunk ends decides, for example, how much of an overlong name the parser has seen.
        int wanted = (int) Math.min(length, maxLength - delivered);
        int total = 0;
        while (total < wanted) {
            int at = offset + total;
            int n;
            try {
                n = source(buffer, at, wanted - total);
            } catch (Malformed e) {
                if (total == 0) {
                    throw e;
                }
                malformed = e; // hand over the good characters first, as a source read would
                break;
            }
            if (n < 0) {
                break;
            }
            if (n > 0 && !started) {
                started = true;
                if (buffer[at] == BYTE_ORDER_MARK) {
                    System.arraycopy(buffer, at + 1, buffer, at, n - 1);
                    n--;
                }
            }
            count(buffer, at, n);
            total += n;
        }
        return total == 0 ? -1 : total;
    }

    /** Reads from the source, placing a decoding error at the next character. */
    private int source(char[] buffer, int offset, int length) throws IOException {
        try {
            return in.read(buffer, offset, length);
        } catch (CharacterCodingException e) {
            throw new Malformed(line, column);
        }
    }

    /** Moves the line and column past the characters handed over. */
    private void count(char[] buffer, int offset, int n) {
        delivered += n;
        for (int i = offset; i < offset + n; i++) {
            char c = buffer[i];
            if (c == '\n') {
                if (!afterCarriageReturn) {
                    line++;
                }
                column = 1;
            } else if (c == '\r') {
                line++;
                column = 1;
            } else {
                column++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    @Override
    public void close() {
        // The caller owns the source.
    }

    /** Bytes that are not UTF-8, starting at a line and column. */
    static final class Malformed extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        /** The line of the first bad byte, from 1. */
        final int line;
        /** The column of the first bad byte, from 1, in characters. */
        final int column;

        Malformed(int line, int column) {
            this.line = line;
            this.column = column;
        }

        @Override
        public String getMessage() {
            return "malformed UTF-8 at line " + line + ", column " + column;
        }
    }

    /** More characters than the document length limit, the first of them at a line and column. */
    static final class TooLong extends IOException {
        private static final long serialVersionUID = 1L;

        /** The line of the first character beyond the limit, from 1. */
        final int line;
        /** The column of the first character beyond the limit, from 1. */
        final int column;

        TooLong(int line, int column) {
            super("document too long at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }
    }
}
