package org.harambee.geography.importing;

import java.util.Arrays;

/**
 * Reads RFC 4180 records while counting physical lines, because users fix problems by line number in the same
 * spreadsheet; a quoted cell spanning lines therefore moves the count on. The separator is taken from the header line,
 * since Excel in French locales saves with semicolons and some tools export tabs.
 */
final class CsvReader {

    private final String text;
    private final int length;
    private final char separator;
    private final Problems problems;
    private String[] cells = new String[32];
    private int cellCount;
    private int position;
    private int line = 1;

    CsvReader(String text, Problems problems) {
        this.text = text;
        this.length = text.length();
        this.separator = detectSeparator(text);
        this.problems = problems;
    }

    /** Returns the next record that holds anything, or {@code null} at the end. */
    Row next() {
        while (position < length) {
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
            if (position < length && text.charAt(position) == '"') {
                readQuoted();
            } else {
                readPlain();
            }
            if (position >= length) {
                return;
            }
            char stop = text.charAt(position++);
            if (stop == '\n') {
                line++;
                return;
            }
        }
    }

    private void readPlain() {
        int start = position;
        while (position < length) {
            char c = text.charAt(position);
            if (c == separator || c == '\n') {
                break;
            }
            position++;
        }
        addCell(trimmed(start, position));
    }

    private void readQuoted() {
        int openedOn = line;
        StringBuilder value = new StringBuilder();
        position++;
        while (true) {
            int quote = text.indexOf('"', position);
            if (quote < 0) {
                problems.add(openedOn, ImportCodes.CSV_UNCLOSED_QUOTE);
                value.append(text, position, length);
                position = length;
                break;
            }
            countLines(position, quote);
            value.append(text, position, quote);
            position = quote + 1;
            if (position < length && text.charAt(position) == '"') {
                value.append('"');
                position++;
            } else {
                break;
            }
        }
        // Text after the closing quote is not RFC 4180, but spreadsheets produce it; keep it rather than lose it.
        int rest = position;
        while (position < length && text.charAt(position) != separator && text.charAt(position) != '\n') {
            position++;
        }
        value.append(text, rest, position);
        addCell(value.toString().trim());
    }

    private void addCell(String cell) {
        if (cellCount == cells.length) {
            cells = Arrays.copyOf(cells, cellCount * 2);
        }
        cells[cellCount++] = cell;
    }

    private void countLines(int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
    }

    private String trimmed(int start, int end) {
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
