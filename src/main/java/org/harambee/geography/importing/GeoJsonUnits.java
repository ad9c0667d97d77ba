package org.harambee.geography.importing;

import java.io.InputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a GeoJSON FeatureCollection whose feature properties follow the CSV column families. Features are streamed one
 * at a time and their geometries straight into JTS and on to the spill file, because national boundary files run to
 * hundreds of megabytes and must never become one JSON tree.
 */
final class GeoJsonUnits {

    static final String FORMAT = "geojson";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final UnitRegistry registry;
    private final Problems problems;
    private final BoundarySpill spill;
    private final Map<List<String>, Optional<RowReader>> readersByProperties = new HashMap<>();

    GeoJsonUnits(UnitRegistry registry, Problems problems, BoundarySpill spill) {
        this.registry = registry;
        this.problems = problems;
        this.spill = spill;
    }

    /** Reads the features from {@code in}, which starts past any byte-order mark. */
    void read(InputStream in) {
        try (JsonParser parser = JSON.createParser(in)) {
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
                } else if (name.equals("crs") && value == JsonToken.START_OBJECT) {
                    checkCrs(parser.readValueAsTree());
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
            if (parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                problems.add(index, ImportCodes.FEATURE_NO_PROPERTIES);
                continue;
            }
            readFeature(index, parser);
        }
        return index;
    }

    /** Properties and geometry may come in either order, so the geometry is held until the feature ends. */
    private void readFeature(int index, JsonParser parser) {
        JsonNode properties = null;
        Geometry geometry = null;
        GeometryProblem unreadable = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (name.equals("properties")) {
                properties = parser.readValueAsTree();
            } else if (name.equals("geometry")) {
                int depth = parser.currentToken() == JsonToken.START_OBJECT
                        ? parser.streamReadContext().getNestingDepth()
                        : Integer.MAX_VALUE;
                try {
                    geometry = GeoJsonGeometryReader.read(parser);
                } catch (GeometryProblem e) {
                    unreadable = e;
                    skipRestOf(parser, depth);
                }
            } else {
                parser.skipChildren();
            }
        }
        if (properties == null || !properties.isObject()) {
            problems.add(index, ImportCodes.FEATURE_NO_PROPERTIES);
            return;
        }
        if (unreadable != null) {
            problems.add(index, unreadable.code(), unreadable.args());
            return;
        }
        readProperties(index, properties, geometry);
    }

    private void readProperties(int index, JsonNode properties, Geometry geometry) {
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
        if (rows.isEmpty()) {
            return;
        }
        Boundary boundary = null;
        if (geometry != null) {
            try {
                boundary = spill.add(BoundaryCheck.check(geometry));
            } catch (GeometryProblem e) {
                problems.add(index, e.code(), e.args());
                return;
            }
        }
        rows.get().read(new Row(index, cells), boundary);
    }

    /** Old GeoJSON named its coordinate system; anything but longitude and latitude on WGS 84 is refused. */
    private void checkCrs(JsonNode crs) {
        String name = crs.path("properties").path("name").asString("");
        if (!name.isEmpty() && !ProjectionFile.isWgs84Name(name)) {
            problems.add(0, ImportCodes.PROJECTION_UNSUPPORTED, Problems.excerpt(name));
        }
    }

    /** After an unreadable geometry, moves the parser past the end of the geometry object it was in. */
    private static void skipRestOf(JsonParser parser, int depth) {
        while (parser.streamReadContext().getNestingDepth() >= depth && parser.nextToken() != null) {
            // tokens of the unreadable geometry
        }
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || value.isContainer()
                ? ""
                : value.asString().trim();
    }
}
