package org.harambee.geography.importing;

import java.io.InputStream;

/** Reads a CSV upload as it streams: the header picks the column family, an HXL hashtag row under it is skipped. */
final class CsvTable {

    private CsvTable() {}

    /**
     * Reads the rows into the readers' registry.
     *
     * @param in the file past any byte-order mark
     * @return the reader the header chose, or {@code null} when the header was not understood
     */
    static RowReader read(InputStream in, RowReaders readers, Problems problems) {
        CsvReader csv = new CsvReader(new Utf8Reader(in, problems), problems);
        Row header = csv.next();
        if (header == null) {
            problems.add(0, ImportCodes.FILE_EMPTY);
            return null;
        }
        // A header that is not understood spoils the whole file, so its problems belong to the file (line 0).
        RowReader rows = readers.forHeader(null, header.cells(), 0);
        if (rows == null) {
            return null;
        }
        Row row = csv.next();
        if (row != null && row.isHashtagRow()) {
            row = csv.next();
        }
        if (row == null) {
            problems.add(0, ImportCodes.FILE_NO_ROWS);
        }
        while (row != null && !problems.full()) {
            rows.read(row, null);
            row = csv.next();
        }
        return rows;
    }
}
