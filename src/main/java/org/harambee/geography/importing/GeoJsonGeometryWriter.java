package org.harambee.geography.importing;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.MultiLineString;
import org.locationtech.jts.geom.MultiPoint;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * Writes a JTS geometry as compact GeoJSON. The full boundary keeps every digit it was read with; the map's copy is
 * rounded, since five decimals of a degree are about a metre and each further digit costs bytes on a 2G link.
 */
final class GeoJsonGeometryWriter {

    /** Every digit, as read. */
    static final int EXACT = -1;

    private final StringBuilder out = new StringBuilder();
    private final double scale;

    private GeoJsonGeometryWriter(int decimals) {
        this.scale = decimals < 0 ? 0 : Math.pow(10, decimals);
    }

    static String write(Geometry geometry, int decimals) {
        GeoJsonGeometryWriter writer = new GeoJsonGeometryWriter(decimals);
        writer.geometry(geometry);
        return writer.out.toString();
    }

    private void geometry(Geometry g) {
        if (g instanceof GeometryCollection collection && !isMulti(g)) {
            out.append("{\"type\":\"GeometryCollection\",\"geometries\":[");
            for (int i = 0; i < collection.getNumGeometries(); i++) {
                out.append(i == 0 ? "" : ",");
                geometry(collection.getGeometryN(i));
            }
            out.append("]}");
            return;
        }
        out.append("{\"type\":\"").append(g.getGeometryType()).append("\",\"coordinates\":");
        coordinates(g);
        out.append('}');
    }

    private static boolean isMulti(Geometry g) {
        return g instanceof MultiPolygon || g instanceof MultiLineString || g instanceof MultiPoint;
    }

    private void coordinates(Geometry g) {
        if (g instanceof Point point) {
            position(point.getCoordinateSequence(), 0);
        } else if (g instanceof LineString line) {
            sequence(line.getCoordinateSequence());
        } else if (g instanceof Polygon polygon) {
            out.append('[');
            sequence(polygon.getExteriorRing().getCoordinateSequence());
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                out.append(',');
                sequence(polygon.getInteriorRingN(i).getCoordinateSequence());
            }
            out.append(']');
        } else {
            out.append('[');
            for (int i = 0; i < g.getNumGeometries(); i++) {
                out.append(i == 0 ? "" : ",");
                coordinates(g.getGeometryN(i));
            }
            out.append(']');
        }
    }

    private void sequence(CoordinateSequence sequence) {
        out.append('[');
        for (int i = 0; i < sequence.size(); i++) {
            out.append(i == 0 ? "" : ",");
            position(sequence, i);
        }
        out.append(']');
    }

    private void position(CoordinateSequence sequence, int i) {
        if (sequence.size() == 0) {
            return;
        }
        out.append('[');
        number(sequence.getX(i));
        out.append(',');
        number(sequence.getY(i));
        out.append(']');
    }

    private void number(double value) {
        if (scale == 0) {
            out.append(value);
            return;
        }
        long rounded = Math.round(value * scale);
        if (rounded % (long) scale == 0) {
            out.append(rounded / (long) scale);
        } else {
            out.append(rounded / scale);
        }
    }
}
