package org.harambee.geography.importing;

/** Turns the rows of one column family into units; CSV rows and GeoJSON features share it. */
interface RowReader {

    /** The format name reported in {@link ParseResult#format()}. */
    String format();

    /**
     * Reads one row into the registry.
     *
     * @param geometry compact GeoJSON geometry for the row's own unit, or {@code null}
     */
    void read(Row row, String geometry);
}
