package org.harambee.geography.importing;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Reads the shapes of an ESRI shapefile ({@code .shp}) one record at a time, as the ESRI technical description of
 * 1998 lays them out: big-endian record headers, little-endian contents. Z and M values are read past; polygons are
 * rebuilt from their rings (clockwise rings are outer rings, counter-clockwise ones are holes of the ring holding them).
 */
final class ShpReader {

    static final int NULL = 0;
    private static final int HEADER = 100;
    private static final GeometryFactory FACTORY = GeoJsonGeometryReader.FACTORY;

    private final DataInputStream in;
    private final int shapeType;

    ShpReader(InputStream in) throws IOException {
        this.in = new DataInputStream(in);
        byte[] header = new byte[HEADER];
        this.in.readFully(header);
        ByteBuffer buffer = ByteBuffer.wrap(header);
        if (buffer.getInt(0) != 9994) {
            throw new IOException("not a shapefile");
        }
        this.shapeType = buffer.order(ByteOrder.LITTLE_ENDIAN).getInt(32);
    }

    /** The layer's shape type: 5, 15 or 25 for polygons, 3, 13, 23 for lines, 1, 8 and variants for points. */
    int shapeType() {
        return shapeType;
    }

    static boolean isPolygonType(int type) {
        return type == 5 || type == 15 || type == 25;
    }

    /**
     * Reads the next record's shape, or {@code null} for a null shape.
     *
     * @throws GeometryProblem when the shape cannot be built (too few points, an unknown type)
     */
    Geometry next() throws IOException, GeometryProblem {
        in.readInt();
        int words = in.readInt();
        byte[] content = new byte[words * 2];
        try {
            in.readFully(content);
        } catch (EOFException e) {
            throw new IOException("shapefile ends inside a record", e);
        }
        ByteBuffer record = ByteBuffer.wrap(content).order(ByteOrder.LITTLE_ENDIAN);
        int type = content.length < 4 ? NULL : record.getInt();
        try {
            return switch (type) {
                case NULL -> null;
                case 1, 11, 21 -> FACTORY.createPoint(new Coordinate(record.getDouble(), record.getDouble()));
                case 8, 18, 28 -> multiPoint(record);
                case 3, 13, 23 -> lines(record);
                case 5, 15, 25 -> polygons(record);
                default -> throw new GeometryProblem(ImportCodes.GEOMETRY_UNREADABLE, "shape type " + type);
            };
        } catch (IllegalArgumentException | java.nio.BufferUnderflowException e) {
            throw new GeometryProblem(
                    ImportCodes.GEOMETRY_UNREADABLE, Problems.excerpt(String.valueOf(e.getMessage())));
        }
    }

    private static Geometry multiPoint(ByteBuffer record) {
        skipBox(record);
        Point[] points = new Point[record.getInt()];
        for (int i = 0; i < points.length; i++) {
            points[i] = FACTORY.createPoint(new Coordinate(record.getDouble(), record.getDouble()));
        }
        return FACTORY.createMultiPoint(points);
    }

    private static Geometry lines(ByteBuffer record) {
        List<Coordinate[]> parts = parts(record);
        LineString[] lines = new LineString[parts.size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = FACTORY.createLineString(parts.get(i));
        }
        return lines.length == 1 ? lines[0] : FACTORY.createMultiLineString(lines);
    }

    private static Geometry polygons(ByteBuffer record) {
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (Coordinate[] ring : parts(record)) {
            LinearRing linear = FACTORY.createLinearRing(ring);
            (Orientation.isCCW(ring) ? holes : shells).add(linear);
        }
        if (shells.isEmpty()) {
            // Writers that ignore the orientation rule: every ring then stands for a shape of its own.
            shells.addAll(holes);
            holes.clear();
        }
        List<List<LinearRing>> holesOf = new ArrayList<>();
        shells.forEach(s -> holesOf.add(new ArrayList<>()));
        for (LinearRing hole : holes) {
            holesOf.get(shellHolding(shells, hole)).add(hole);
        }
        Polygon[] polygons = new Polygon[shells.size()];
        for (int i = 0; i < polygons.length; i++) {
            polygons[i] = FACTORY.createPolygon(shells.get(i), holesOf.get(i).toArray(LinearRing[]::new));
        }
        return polygons.length == 1 ? polygons[0] : FACTORY.createMultiPolygon(polygons);
    }

    private static int shellHolding(List<LinearRing> shells, LinearRing hole) {
        Coordinate inside = hole.getCoordinateN(0);
        for (int i = 0; i < shells.size(); i++) {
            LinearRing shell = shells.get(i);
            if (shell.getEnvelopeInternal().covers(hole.getEnvelopeInternal())
                    && PointLocation.isInRing(inside, shell.getCoordinates())) {
                return i;
            }
        }
        return 0;
    }

    /** The parts of a polyline or polygon record; Z and M arrays after the points are left unread. */
    private static List<Coordinate[]> parts(ByteBuffer record) {
        skipBox(record);
        int partCount = record.getInt();
        int pointCount = record.getInt();
        int[] starts = new int[partCount + 1];
        for (int i = 0; i < partCount; i++) {
            starts[i] = record.getInt();
        }
        starts[partCount] = pointCount;
        List<Coordinate[]> parts = new ArrayList<>(partCount);
        for (int part = 0; part < partCount; part++) {
            Coordinate[] points = new Coordinate[starts[part + 1] - starts[part]];
            for (int i = 0; i < points.length; i++) {
                points[i] = new Coordinate(record.getDouble(), record.getDouble());
            }
            parts.add(points);
        }
        return parts;
    }

    private static void skipBox(ByteBuffer record) {
        record.position(record.position() + 32);
    }
}
