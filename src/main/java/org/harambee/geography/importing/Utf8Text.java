package org.harambee.geography.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns uploaded bytes into text. Spreadsheets on Windows often save in a legacy code page, which shows up as broken
 * UTF-8 in the rows holding accented names; naming each such line lets the user find them.
 */
final class Utf8Text {

    private static final char REPLACEMENT = '\uFFFD';

    private Utf8Text() {}

    /** Decodes from {@code offset} (past any byte-order mark), reporting each line that holds malformed bytes. */
    static String decode(byte[] content, int offset, Problems problems) {
        String text = new String(content, offset, content.length - offset, StandardCharsets.UTF_8);
        // The lenient decoder is an order of magnitude faster; only a replacement character calls for a strict pass.
        if (text.indexOf(REPLACEMENT) < 0) {
            return text;
        }
        return decodeByLine(content, offset, problems);
    }

    private static String decodeByLine(byte[] content, int offset, Problems problems) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder text = new StringBuilder(content.length);
        int line = 1;
        int start = offset;
        while (true) {
            int end = indexOfNewline(content, start);
            try {
                text.append(strict.reset().decode(ByteBuffer.wrap(content, start, end - start)));
            } catch (CharacterCodingException e) {
                problems.add(line, ImportCodes.ENCODING_INVALID_UTF8);
                text.append(new String(content, start, end - start, StandardCharsets.UTF_8));
            }
            if (end == content.length) {
                return text.toString();
            }
            text.append('\n');
            start = end + 1;
            line++;
        }
    }

    private static int indexOfNewline(byte[] content, int from) {
        for (int i = from; i < content.length; i++) {
            if (content[i] == '\n') {
                return i;
            }
        }
        return content.length;
    }
}
