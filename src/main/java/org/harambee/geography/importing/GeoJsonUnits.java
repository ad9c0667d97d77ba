package org.harambee.geography.importing;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection whose feature properties follow the CSV column families. Features are streamed one
 * at a time, because national boundary files run to hundreds of megabytes and must never become one JSON tree.
 */
final class GeoJsonUnits {

    static final String FORMAT = "geojson";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UnitRegistry registry;
    private final Problems problems;
    private final Map<List<String>, Optional<RowReader>> readersByProperties = new HashMap<>();

    GeoJsonUnits(UnitRegistry registry, Problems problems) {
        this.registry = registry;
        this.problems = problems;
    }

    /** Reads the features from {@code offset}, which lies past any byte-order mark. */
    void read(byte[] content, int offset) {
        try (JsonParser parser = JSON.createParser(content, offset, content.length - offset)) {
            JsonToken first = parser.nextToken();
            if (first != JsonToken.START_OBJECT) {
                problems.add(0, first == null ? ImportCodes.FILE_EMPTY : ImportCodes.JSON_NOT_FEATURE_COLLECTION);
                return;
            }
            String type = null;
            int features = -1;
            while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                    type = parser.getString();
                } else if (name.equals("features") && value == JsonToken.START_ARRAY) {
                    features = readFeatures(parser);
                    if (problems.full()) {
                        return;
                    }
                } else {
                    parser.skipChildren();
                }
            }
            if (!"FeatureCollection".equals(type) || features < 0) {
                problems.add(0, ImportCodes.JSON_NOT_FEATURE_COLLECTION);
            } else if (features == 0) {
                problems.add(0, ImportCodes.FILE_NO_ROWS);
            }
        } catch (JacksonException e) {
            TokenStreamLocation location = e.getLocation();
            if (location != null && location.getLineNr() > 0) {
                problems.add(0, ImportCodes.JSON_INVALID, location.getLineNr(), location.getColumnNr());
            } else {
                problems.add(0, ImportCodes.JSON_UNREADABLE);
            }
        }
    }

    private int readFeatures(JsonParser parser) {
        int index = 0;
        while (parser.nextToken() != JsonToken.END_ARRAY && !problems.full()) {
            index++;
            readFeature(index, parser.readValueAsTree());
        }
        return index;
    }

    private void readFeature(int index, JsonNode feature) {
        JsonNode properties = feature == null ? null : feature.get("properties");
        if (properties == null || !properties.isObject()) {
            problems.add(index, ImportCodes.FEATURE_NO_PROPERTIES);
            return;
        }
        String[] keys = new String[properties.size()];
        String[] cells = new String[keys.length];
        int i = 0;
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            keys[i] = property.getKey();
            cells[i++] = text(property.getValue());
        }
        // Features of one file nearly always share their property names; detect the family once per distinct set.
        Optional<RowReader> rows = readersByProperties.computeIfAbsent(
                Arrays.asList(keys), names -> Optional.ofNullable(Layouts.detect(keys, index, registry, problems)));
        if (rows.isPresent()) {
            JsonNode geometry = feature.get("geometry");
            boolean hasGeometry = geometry != null && !geometry.isNull();
            rows.get().read(new Row(index, cells), hasGeometry ? JSON.writeValueAsString(geometry) : null);
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isContainer()
                ? ""
                : value.asString().trim();
    }
}
