package org.harambee.geography.importing;

import java.time.LocalDate;
import java.util.Map;

/**
 * One administrative unit as read from an import file, before it is checked against the stored hierarchy.
 *
 * @param line 1-based physical line in the file (the header is line 1), or the 1-based feature index for GeoJSON,
 *     so that problems point where the user can fix them
 * @param pcode the unit's P-code, as written in the file
 * @param parentPcode the P-code of the unit one level up, {@code null} for level 0
 * @param level 0 for the country
 * @param names lower-case language code to name, e.g. {@code "en" -> "Bo"}; {@code "und"} when the column names no
 *     language
 * @param validFrom first day the unit exists, or {@code null}
 * @param validTo last day the unit exists, or {@code null}
 * @param populationTotal people living in the unit, or {@code null}
 * @param populationChildren children living in the unit, or {@code null}
 * @param geometry the unit's boundary, kept in the import's spill file, or {@code null}
 */
public record ParsedUnit(
        int line,
        String pcode,
        String parentPcode,
        int level,
        Map<String, String> names,
        LocalDate validFrom,
        LocalDate validTo,
        Long populationTotal,
        Long populationChildren,
        Boundary geometry) {}
