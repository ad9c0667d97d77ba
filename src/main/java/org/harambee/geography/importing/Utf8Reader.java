package org.harambee.geography.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes an upload as UTF-8 while it streams. Spreadsheets on Windows often save in a legacy code page, which shows
 * up as broken UTF-8 in the rows holding accented names; each line holding such bytes is reported once, so that the
 * user can find them, and decoding goes on with a replacement character.
 */
final class Utf8Reader extends Reader {

    private static final int BUFFER = 1 << 16;

    private final InputStream in;
    private final Problems problems;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER);
    private final CharBuffer chars = CharBuffer.allocate(BUFFER);
    private boolean endOfInput;
    private int line = 1;
    private int reportedLine;

    /** Reads from {@code in}, which starts past any byte-order mark. */
    Utf8Reader(InputStream in, Problems problems) {
        this.in = in;
        this.problems = problems;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return -1;
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private boolean fill() throws IOException {
        chars.clear();
        while (chars.position() == 0) {
            if (!bytes.hasRemaining() && endOfInput) {
                break;
            }
            if (!endOfInput) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            decode();
        }
        chars.flip();
        return chars.hasRemaining();
    }

    private void decode() {
        while (true) {
            int start = chars.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            countLines(start, chars.position());
            if (result.isMalformed() || result.isUnmappable()) {
                if (reportedLine != line) {
                    problems.add(line, ImportCodes.ENCODING_INVALID_UTF8);
                    reportedLine = line;
                }
                bytes.position(bytes.position() + result.length());
                if (chars.hasRemaining()) {
                    chars.put('\uFFFD');
                    continue;
                }
            }
            if (endOfInput && !bytes.hasRemaining()) {
                decoder.flush(chars);
            }
            return;
        }
    }

    private void countLines(int from, int to) {
        char[] array = chars.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                line++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
