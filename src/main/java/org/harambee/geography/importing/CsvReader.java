package org.harambee.geography.importing;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;

/**
 * Reads RFC 4180 records from a stream while counting physical lines, because users fix problems by line number in
 * the same spreadsheet; a quoted cell spanning lines therefore moves the count on. The separator is taken from the
 * header line, since Excel in French locales saves with semicolons and some tools export tabs.
 */
final class CsvReader {

    private static final int BUFFER = 1 << 16;
    private static final int END = -1;

    private final Reader in;
    private final Problems problems;
    private final char[] buffer = new char[BUFFER];
    private int position;
    private int limit;
    private char separator;
    private String[] cells = new String[32];
    private int cellCount;
    private final StringBuilder cell = new StringBuilder();
    private int line = 1;

    CsvReader(Reader in, Problems problems) {
        this.in = in;
        this.problems = problems;
        fill();
        this.separator = detectSeparator(new String(buffer, 0, limit));
    }

    /** Returns the next record that holds anything, or {@code null} at the end. */
    Row next() {
        while (peek() != END) {
            int firstLine = line;
            cellCount = 0;
            readRecord();
            for (int i = 0; i < cellCount; i++) {
                if (!cells[i].isEmpty()) {
                    return new Row(firstLine, Arrays.copyOf(cells, cellCount));
                }
            }
        }
        return null;
    }

    private void readRecord() {
        while (true) {
            if (peek() == '"') {
                readQuoted();
            } else {
                readPlain();
            }
            int stop = take();
            if (stop == END) {
                return;
            }
            if (stop == '\n') {
                line++;
                return;
            }
        }
    }

    private void readPlain() {
        cell.setLength(0);
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            int start = position;
            while (position < limit && buffer[position] != separator && buffer[position] != '\n') {
                position++;
            }
            if (position < limit && cell.length() == 0) {
                // The common case: the whole cell lies in the buffer, so no copy through the builder.
                addCell(trimmed(buffer, start, position));
                return;
            }
            cell.append(buffer, start, position - start);
            if (position < limit) {
                break;
            }
        }
        addCell(trimmed(cell));
    }

    private static String trimmed(char[] chars, int start, int end) {
        while (start < end && chars[start] <= ' ') {
            start++;
        }
        while (end > start && chars[end - 1] <= ' ') {
            end--;
        }
        return new String(chars, start, end - start);
    }

    private void readQuoted() {
        int openedOn = line;
        cell.setLength(0);
        position++;
        while (true) {
            int c = take();
            if (c == END) {
                problems.add(openedOn, ImportCodes.CSV_UNCLOSED_QUOTE);
                break;
            }
            if (c == '"') {
                if (peek() == '"') {
                    cell.append('"');
                    position++;
                    continue;
                }
                break;
            }
            if (c == '\n') {
                line++;
            }
            cell.append((char) c);
        }
        // Text after the closing quote is not RFC 4180, but spreadsheets produce it; keep it rather than lose it.
        int c = peek();
        while (c != END && c != separator && c != '\n') {
            cell.append((char) c);
            position++;
            c = peek();
        }
        addCell(cell.toString().trim());
    }

    private int peek() {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private int take() {
        int c = peek();
        if (c != END) {
            position++;
        }
        return c;
    }

    private boolean fill() {
        try {
            int n = in.read(buffer, 0, buffer.length);
            position = 0;
            limit = Math.max(n, 0);
            return n > 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addCell(String value) {
        if (cellCount == cells.length) {
            cells = Arrays.copyOf(cells, cellCount * 2);
        }
        cells[cellCount++] = value;
    }

    private static String trimmed(StringBuilder text) {
        int start = 0;
        int end = text.length();
        while (start < end && text.charAt(start) <= ' ') {
            start++;
        }
        while (end > start && text.charAt(end - 1) <= ' ') {
            end--;
        }
        return text.substring(start, end);
    }

    /** Picks the most frequent of comma, semicolon and tab outside quotes on the first line; comma wins ties. */
    static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                if (c == '\n') {
                    break;
                }
                if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }
}
