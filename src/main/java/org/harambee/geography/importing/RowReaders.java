package org.harambee.geography.importing;

/** Picks how the rows of a table are read once its header is known: boundary units or population figures. */
interface RowReaders {

    /**
     * Returns the reader for a table with this header, or {@code null} after reporting why there is none.
     *
     * @param table the sheet or layer name, {@code null} for a file of one table
     * @param line where to report header problems: 0 for a table whose header is its first line
     */
    RowReader forHeader(String table, String[] header, int line);
}
