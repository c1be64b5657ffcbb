package org.mappahub.interchange;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the lines of an MCIF/1 file without ever holding more than the line cap plus one byte of a
 * line: a longer line is skipped to its end and reported as too long, never buffered.
 */
final class LineReader {

    /** One line: its number and text, or {@code text == null} with the reason it could not be read. */
    record Line(long number, String text, String problem) {
    }

    private final InputStream in;
    private final int maxBytes;
    private final byte[] chunk = new byte[64 * 1024];
    private int pos;
    private int limit;
    private final byte[] line;
    private long number;
    private boolean eof;
    private final CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);

    LineReader(InputStream in, int maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
        this.line = new byte[maxBytes + 1];
    }

    /** The next line, or null at the end of the input. */
    Line next() throws IOException {
        if (eof) {
            return null;
        }
        int length = 0;
        boolean tooLong = false;
        boolean sawAnything = false;
        while (true) {
            if (pos == limit) {
                limit = in.read(chunk, 0, chunk.length);
                pos = 0;
                if (limit <= 0) {
                    limit = 0;
                    eof = true;
                    if (!sawAnything) {
                        return null;
                    }
                    break;
                }
            }
            sawAnything = true;
            int start = pos;
            int newline = -1;
            for (int i = pos; i < limit; i++) {
                if (chunk[i] == '\n') {
                    newline = i;
                    break;
                }
            }
            int end = newline < 0 ? limit : newline;
            if (!tooLong) {
                int n = end - start;
                int room = line.length - length;
                if (n > room) {
                    tooLong = true;
                } else {
                    System.arraycopy(chunk, start, line, length, n);
                    length += n;
                }
            }
            pos = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        number++;
        if (length > 0 && line[length - 1] == '\r') {
            length--;
        }
        if (tooLong || length > maxBytes) {
            return new Line(number, null, "the line is longer than 1 MiB (" + maxBytes + " bytes), the most a line may hold");
        }
        int offset = 0;
        if (number == 1 && length >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF) {
            offset = 3; // a UTF-8 byte order mark
        }
        try {
            CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(line, offset, length - offset));
            return new Line(number, chars.toString(), null);
        } catch (CharacterCodingException e) {
            return new Line(number, null, "the line is not valid UTF-8 text");
        }
    }
}
