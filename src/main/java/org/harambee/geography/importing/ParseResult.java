package org.harambee.geography.importing;

import java.util.List;

/**
 * What a file yielded. Units are returned even when there are problems, so that a preview can show how far the file
 * was understood; they must only be written when {@link #ok()}. Their boundaries are in {@link #boundaries()}, which
 * the caller closes once the units are written.
 *
 * @param format {@code "cod-ab-wide"}, {@code "global-list"}, {@code "geojson"}, {@code "xlsx"} or
 *     {@code "shapefile"}; {@code null} when the file could not be recognised at all
 * @param units the units in order of first appearance, ancestors before descendants in wide files
 * @param problems everything that has to be fixed first, at most {@link UnitFileParser#MAX_PROBLEMS} plus one
 * @param boundaries where the units' boundaries were spilled
 */
public record ParseResult(String format, List<ParsedUnit> units, List<ImportProblem> problems, BoundarySpill boundaries)
        implements AutoCloseable {

    public boolean ok() {
        return problems.isEmpty();
    }

    /** The full boundary of a unit of this file as GeoJSON text, or {@code null} when it has none. */
    public String geometry(ParsedUnit unit) {
        return unit.geometry() == null ? null : boundaries.full(unit.geometry());
    }

    @Override
    public void close() {
        boundaries.close();
    }
}
