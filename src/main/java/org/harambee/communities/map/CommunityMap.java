package org.harambee.communities.map;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.harambee.access.Scope;
import org.harambee.communities.internal.CommunityListings;
import org.harambee.communities.internal.CommunityRecords;
import org.harambee.geography.Geography;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The communities of an area on a map, coloured by phase. Communities have no coordinates of their own: each is drawn
 * as a point near the middle of its unit's boundary (the centre of the boundary's bounding box; several communities
 * of one unit are spread on a small circle around it), over the outlines of those units. Communities whose unit has
 * no boundary are counted, not drawn.
 */
@Component
class CommunityMap {

    /** At most this many communities on one map. */
    static final int LIMIT = 2000;

    record MapData(String geoJson, int drawn, int withoutBoundary) {}

    private final CommunityListings records;
    private final Geography geography;
    private final JsonMapper json;
    private final MessageSource messages;

    CommunityMap(CommunityListings records, Geography geography, JsonMapper json, MessageSource messages) {
        this.records = records;
        this.geography = geography;
        this.json = json;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    MapData of(String areaPath, Scope scope, Locale locale) {
        List<CommunityRecords.Row> rows =
                records.list(new CommunityListings.Filter(areaPath, null, false, null, null), scope, 0, LIMIT);
        Map<UUID, List<CommunityRecords.Row>> byUnit = rows.stream()
                .collect(Collectors.groupingBy(CommunityRecords.Row::unitId, LinkedHashMap::new, Collectors.toList()));
        Map<UUID, String> boundaries = geography.boundaries(byUnit.keySet());
        List<Object> features = new ArrayList<>();
        StringBuilder units = new StringBuilder();
        int drawn = 0;
        for (var unit : byUnit.entrySet()) {
            String geometry = boundaries.get(unit.getKey());
            double[] box = geometry == null ? null : box(json.readTree(geometry));
            if (box == null) {
                continue;
            }
            units.append(units.isEmpty() ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{\"role\":\"unit\"},\"geometry\":")
                    .append(geometry)
                    .append('}');
            List<CommunityRecords.Row> here = unit.getValue();
            for (int i = 0; i < here.size(); i++) {
                features.add(point(here.get(i), position(box, i, here.size()), locale));
                drawn++;
            }
        }
        String points = features.stream().map(json::writeValueAsString).collect(Collectors.joining(","));
        String geoJson = "{\"type\":\"FeatureCollection\",\"features\":[" + units
                + (units.isEmpty() || points.isEmpty() ? "" : ",") + points + "]}";
        return new MapData(geoJson, drawn, rows.size() - drawn);
    }

    private Map<String, Object> point(CommunityRecords.Row row, double[] lonLat, Locale locale) {
        String phase = row.currentPhase() == null ? "NONE" : row.currentPhase().name();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("role", "community");
        properties.put("id", row.id());
        properties.put("name", row.name());
        properties.put("phase", phase);
        properties.put(
                "phaseName",
                messages.getMessage(
                        row.currentPhase() == null ? "communities.phase.none" : "communities.phase." + phase,
                        null,
                        locale));
        Map<String, Object> feature = new HashMap<>();
        feature.put("type", "Feature");
        feature.put("properties", properties);
        feature.put("geometry", Map.of("type", "Point", "coordinates", List.of(lonLat[0], lonLat[1])));
        return feature;
    }

    /** The i-th of n points: the box's centre for one, otherwise on a circle a fifth of the box's size around it. */
    static double[] position(double[] box, int i, int n) {
        double x = (box[0] + box[2]) / 2;
        double y = (box[1] + box[3]) / 2;
        if (n == 1) {
            return new double[] {x, y};
        }
        double angle = 2 * Math.PI * i / n;
        return new double[] {x + (box[2] - box[0]) / 5 * Math.cos(angle), y + (box[3] - box[1]) / 5 * Math.sin(angle)};
    }

    /** The bounding box [minLon, minLat, maxLon, maxLat] of a GeoJSON geometry; null when it holds no position. */
    static double[] box(JsonNode geometry) {
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        walk(geometry.path("coordinates"), box);
        if (geometry.has("geometries")) {
            geometry.path("geometries").forEach(g -> walk(g.path("coordinates"), box));
        }
        return box[0] > box[2] ? null : box;
    }

    private static void walk(JsonNode node, double[] box) {
        if (!node.isArray() || node.isEmpty()) {
            return;
        }
        if (node.get(0).isNumber() && node.size() >= 2) {
            double lon = node.get(0).asDouble();
            double lat = node.get(1).asDouble();
            box[0] = Math.min(box[0], lon);
            box[1] = Math.min(box[1], lat);
            box[2] = Math.max(box[2], lon);
            box[3] = Math.max(box[3], lat);
            return;
        }
        node.forEach(child -> walk(child, box));
    }
}
