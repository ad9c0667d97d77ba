package org.harambee.insights.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The units of a materialised path {@code /id0/id1/.../idN/}, country first, read from the path alone. */
final class UnitPath {

    /** Depth of a district (0 country, 1 province, 2 district), as in scaleup's goal levels and rollout strata. */
    static final int DISTRICT_DEPTH = 2;

    private UnitPath() {}

    static List<UUID> units(String path) {
        List<UUID> units = new ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                units.add(UUID.fromString(part));
            }
        }
        return units;
    }

    /** The district the path lies in (or is), null above district level. */
    static UUID district(String path) {
        List<UUID> units = units(path);
        return units.size() > DISTRICT_DEPTH ? units.get(DISTRICT_DEPTH) : null;
    }

    /** The district and its ancestors, those that count active districts; empty above district level. */
    static List<UUID> districtAndAbove(String path) {
        List<UUID> units = units(path);
        return units.size() > DISTRICT_DEPTH ? units.subList(0, DISTRICT_DEPTH + 1) : List.of();
    }
}
