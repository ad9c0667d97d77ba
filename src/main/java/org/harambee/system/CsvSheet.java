package org.harambee.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV files the platform exports (RFC 4180, CRLF line ends, a cell quoted where it must be), written by Commons
 * CSV. What spreadsheets need on top is added here: a text cell starting with = + - @ (or a tab or carriage return) is
 * prefixed with an apostrophe, so that a spreadsheet does not run it as a formula; numbers are written plainly; and a
 * file meant to be opened in a spreadsheet starts with a UTF-8 byte order mark, so that it opens in the right
 * encoding.
 */
public final class CsvSheet implements ExportSheet {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;

    private final Writer out;
    private final CSVPrinter printer;

    /** A sheet on {@code out}, its header written. */
    public CsvSheet(Writer out, List<String> header) {
        this.out = out;
        try {
            this.printer = new CSVPrinter(out, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header.toArray());
    }

    /** A sheet in UTF-8 with a byte order mark, for spreadsheets, its header written. */
    public static CsvSheet forSpreadsheets(OutputStream stream, List<String> header) {
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8);
        try {
            writer.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CsvSheet(writer, header);
    }

    /** One row: null is an empty cell, a Number is written plainly, anything else as guarded text. */
    @Override
    public void row(Object... cells) {
        try {
            printer.printRecord(Arrays.stream(cells).map(CsvSheet::value).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a cell holds before quoting. */
    static String value(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Number number) {
            return number(number);
        }
        String text = cell.toString();
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    /** A number as plain text: whole numbers without a decimal point, others with at most four decimals. */
    public static String number(Number number) {
        if (number instanceof Double d) {
            if (d.isNaN() || d.isInfinite()) {
                return "";
            }
            return BigDecimal.valueOf(d)
                    .setScale(4, RoundingMode.HALF_UP)
                    .stripTrailingZeros()
                    .toPlainString();
        }
        return number.toString();
    }

    /** Flushes the rows; the stream or writer stays open, as its owner (a response) closes it. */
    @Override
    public void close() {
        try {
            printer.flush();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
