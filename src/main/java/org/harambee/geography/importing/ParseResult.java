package org.harambee.geography.importing;

import java.util.List;

/**
 * What a file yielded. Units are returned even when there are problems, so that a preview can show how far the file
 * was understood; they must only be written when {@link #ok()}.
 *
 * @param format {@code "cod-ab-wide"}, {@code "global-list"} or {@code "geojson"}; {@code null} when the file could
 *     not be recognised at all
 * @param units the units in order of first appearance, ancestors before descendants in wide files
 * @param problems everything that has to be fixed first, at most {@link UnitFileParser#MAX_PROBLEMS} plus one
 */
public record ParseResult(String format, List<ParsedUnit> units, List<ImportProblem> problems) {

    public boolean ok() {
        return problems.isEmpty();
    }
}
