package org.harambee.system;

/**
 * A sheet an export writes row by row, in CSV ({@link CsvSheet}) or XLSX ({@link XlsxSheet}): null is an empty cell,
 * a number is a number, anything else is text with the formula guard of {@link CsvSheet#value}.
 */
public interface ExportSheet extends AutoCloseable {

    /** One row, in the order of the header. */
    void row(Object... cells);

    /** Finishes the file on its stream; the stream stays open, as its owner (a response) closes it. */
    @Override
    void close();
}
