package org.harambee.geography.importing;

/** Reads a CSV upload: the header picks the column family, an HXL hashtag row under it is skipped. */
final class CsvUnits {

    private CsvUnits() {}

    /**
     * Reads the rows into the registry.
     *
     * @param offset where the text starts, past any byte-order mark
     * @return the recognised format, or {@code null} when the header was not understood
     */
    static String read(byte[] content, int offset, UnitRegistry registry, Problems problems) {
        CsvReader csv = new CsvReader(Utf8Text.decode(content, offset, problems), problems);
        Row header = csv.next();
        if (header == null) {
            problems.add(0, ImportCodes.FILE_EMPTY);
            return null;
        }
        // A header that is not understood spoils the whole file, so its problems belong to the file (line 0).
        RowReader rows = Layouts.detect(header.cells(), 0, registry, problems);
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
        return rows.format();
    }
}
