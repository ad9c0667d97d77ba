package org.harambee.geography;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * An administrative unit as other modules and the API see it. {@code name} is in the reader's language where the unit
 * has a name in it, otherwise its default name; {@code path} lists the ids of its ancestors and itself.
 */
public record UnitView(
        UUID id,
        String pcode,
        String name,
        Map<String, String> names,
        int level,
        String levelName,
        String parentPcode,
        String path,
        LocalDate validFrom,
        LocalDate validTo,
        Long populationTotal,
        Long populationChildren,
        Integer populationYear,
        boolean hasGeometry,
        int childCount) {

    /** Whether {@code other} lies in this unit's subtree (itself included). */
    public boolean contains(UnitView other) {
        return other.path.startsWith(path);
    }
}
