package org.harambee.geography.importing;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Reads a GeoJSON geometry object straight from the token stream into a JTS geometry. A district's boundary can hold a
 * million vertices: as a JSON tree that is hundreds of megabytes, as JTS coordinates a few tens.
 */
final class GeoJsonGeometryReader {

    static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    private GeoJsonGeometryReader() {}

    /**
     * Reads from the {@code START_OBJECT} the parser is on to its end; returns {@code null} for a JSON null.
     *
     * @throws GeometryProblem when the object is not a geometry JTS can build
     */
    static Geometry read(JsonParser parser) throws GeometryProblem {
        if (parser.currentToken() == JsonToken.VALUE_NULL) {
            return null;
        }
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            throw new GeometryProblem(ImportCodes.GEOMETRY_UNREADABLE, "geometry is not an object");
        }
        String type = null;
        Object coordinates = null;
        List<Geometry> members = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("type") && value == JsonToken.VALUE_STRING) {
                type = parser.getString();
            } else if (name.equals("coordinates") && value == JsonToken.START_ARRAY) {
                coordinates = nested(parser);
            } else if (name.equals("geometries") && value == JsonToken.START_ARRAY) {
                members = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    Geometry member = read(parser);
                    if (member != null) {
                        members.add(member);
                    }
                }
            } else {
                parser.skipChildren();
            }
        }
        try {
            return build(type, coordinates, members);
        } catch (IllegalArgumentException | ClassCastException | IndexOutOfBoundsException e) {
            throw new GeometryProblem(
                    ImportCodes.GEOMETRY_UNREADABLE, Problems.excerpt(String.valueOf(e.getMessage())));
        }
    }

    /** Reads an array: a position (numbers) becomes a {@link Coordinate}, anything else a list of its members. */
    private static Object nested(JsonParser parser) throws GeometryProblem {
        JsonToken first = parser.nextToken();
        if (first == JsonToken.VALUE_NUMBER_FLOAT || first == JsonToken.VALUE_NUMBER_INT) {
            double x = parser.getDoubleValue();
            if (parser.nextToken() == JsonToken.END_ARRAY
                    || !parser.currentToken().isNumeric()) {
                throw new GeometryProblem(ImportCodes.GEOMETRY_UNREADABLE, "a position needs two numbers");
            }
            double y = parser.getDoubleValue();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                parser.skipChildren();
            }
            return new Coordinate(x, y);
        }
        List<Object> members = new ArrayList<>();
        JsonToken token = first;
        while (token != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_ARRAY) {
                throw new GeometryProblem(ImportCodes.GEOMETRY_UNREADABLE, "coordinates hold " + token);
            }
            members.add(nested(parser));
            token = parser.nextToken();
        }
        return members;
    }

    private static Geometry build(String type, Object c, List<Geometry> members) throws GeometryProblem {
        if (type == null) {
            throw new GeometryProblem(ImportCodes.GEOMETRY_UNREADABLE, "no type");
        }
        if (c == null && !type.equals("GeometryCollection")) {
            throw new GeometryProblem(ImportCodes.GEOMETRY_UNREADABLE, "no coordinates");
        }
        return switch (type) {
            case "Point" -> FACTORY.createPoint((Coordinate) c);
            case "MultiPoint" -> FACTORY.createMultiPoint(points(list(c)));
            case "LineString" -> FACTORY.createLineString(coordinates(c));
            case "MultiLineString" -> FACTORY.createMultiLineString(lines(list(c)));
            case "Polygon" -> polygon(list(c));
            case "MultiPolygon" -> FACTORY.createMultiPolygon(polygons(list(c)));
            case "GeometryCollection" ->
                FACTORY.createGeometryCollection(members == null ? new Geometry[0] : members.toArray(Geometry[]::new));
            default -> throw new GeometryProblem(ImportCodes.GEOMETRY_UNREADABLE, "type " + Problems.excerpt(type));
        };
    }

    static Polygon polygon(List<Object> rings) {
        if (rings.isEmpty()) {
            return FACTORY.createPolygon();
        }
        LinearRing shell = FACTORY.createLinearRing(coordinates(rings.get(0)));
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int i = 1; i < rings.size(); i++) {
            holes[i - 1] = FACTORY.createLinearRing(coordinates(rings.get(i)));
        }
        return FACTORY.createPolygon(shell, holes);
    }

    private static Polygon[] polygons(List<Object> list) {
        Polygon[] polygons = new Polygon[list.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = polygon(list(list.get(i)));
        }
        return polygons;
    }

    private static LineString[] lines(List<Object> list) {
        LineString[] lines = new LineString[list.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = FACTORY.createLineString(coordinates(list.get(i)));
        }
        return lines;
    }

    private static Point[] points(List<Object> list) {
        Point[] points = new Point[list.size()];
        for (int i = 0; i < points.length; i++) {
            points[i] = FACTORY.createPoint((Coordinate) list.get(i));
        }
        return points;
    }

    private static Coordinate[] coordinates(Object c) {
        List<Object> list = list(c);
        Coordinate[] coordinates = new Coordinate[list.size()];
        for (int i = 0; i < coordinates.length; i++) {
            coordinates[i] = (Coordinate) list.get(i);
        }
        return coordinates;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object c) {
        if (!(c instanceof List)) {
            throw new IllegalArgumentException("expected an array of positions");
        }
        return (List<Object>) c;
    }
}
