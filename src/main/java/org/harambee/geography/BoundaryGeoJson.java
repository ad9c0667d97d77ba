package org.harambee.geography;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * A unit's outline and its children's boundaries as one GeoJSON FeatureCollection. Geometry is copied as stored (it
 * was parsed as JSON on import), so large boundaries are not parsed again on every map view.
 */
final class BoundaryGeoJson {

    private BoundaryGeoJson() {}

    static String of(UnitView unit, String outline, List<Map.Entry<UnitRef, String>> children, JsonMapper json) {
        StringBuilder sb = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
        boolean first = true;
        if (outline != null) {
            feature(sb, props(unit.pcode(), unit.name(), unit.level(), unit.childCount(), "outline"), outline, json);
            first = false;
        }
        for (Map.Entry<UnitRef, String> child : children) {
            if (!first) {
                sb.append(',');
            }
            UnitRef ref = child.getKey();
            feature(sb, props(ref.pcode(), ref.name(), ref.level(), ref.childCount(), "child"), child.getValue(), json);
            first = false;
        }
        return sb.append("]}").toString();
    }

    private static Map<String, Object> props(String pcode, String name, int level, int children, String role) {
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("pcode", pcode);
        props.put("name", name);
        props.put("level", level);
        props.put("children", children);
        props.put("role", role);
        return props;
    }

    private static void feature(StringBuilder sb, Map<String, Object> props, String geometry, JsonMapper json) {
        sb.append("{\"type\":\"Feature\",\"properties\":")
                .append(json.writeValueAsString(props))
                .append(",\"geometry\":")
                .append(geometry)
                .append('}');
    }
}
