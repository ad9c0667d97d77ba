package org.harambee.geography.importing;

/** Turns the rows of one column family into units; CSV rows and GeoJSON features share it. */
interface RowReader {

    /** The format name reported in {@link ParseResult#format()}. */
    String format();

    /**
     * Reads one row into the registry.
     *
     * @param geometry the boundary of the row's own unit, or {@code null}
     */
    void read(Row row, Boundary geometry);
}
