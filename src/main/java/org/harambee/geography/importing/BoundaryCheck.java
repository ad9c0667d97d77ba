package org.harambee.geography.importing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateFilter;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.io.WKBWriter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * What an import makes of a boundary before anything is stored: it must be a valid shape in longitude and latitude
 * (WGS 84); it gets a value hash, so that re-importing the same boundary changes nothing; and a simplified copy for
 * maps, so that a district with its villages stays small enough for a 2G link.
 */
final class BoundaryCheck {

    /** A boundary drawn on a map needs no more vertices than this; the full one is kept for everything else. */
    static final int MAP_POINTS = 120;
    /** Decimals of a degree kept in the map's copy: 1e-5 degrees is about a metre. */
    static final int MAP_DECIMALS = 5;

    private static final PrecisionModel HASH_PRECISION = new PrecisionModel(1e7);
    /** The longest ring handed to the simplifier. */
    private static final int MAX_THINNED = 5_000;

    /** The texts and hash of a checked boundary. */
    record Checked(String full, String map, String hash) {}

    private BoundaryCheck() {}

    /** Checks, hashes and simplifies; the problem names the reason and where, in terms a data officer can act on. */
    static Checked check(Geometry geometry) throws GeometryProblem {
        Envelope extent = geometry.getEnvelopeInternal();
        if (!extent.isNull()
                && (extent.getMinX() < -180
                        || extent.getMaxX() > 180
                        || extent.getMinY() < -90
                        || extent.getMaxY() > 90)) {
            throw new GeometryProblem(
                    ImportCodes.GEOMETRY_NOT_LON_LAT, round(extent.getMinX()), round(extent.getMinY()));
        }
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            Coordinate at = error.getCoordinate();
            throw new GeometryProblem(
                    ImportCodes.GEOMETRY_INVALID,
                    reason(error.getErrorType()),
                    at == null ? "" : round(at.getY()) + ", " + round(at.getX()));
        }
        return new Checked(
                GeoJsonGeometryWriter.write(geometry, GeoJsonGeometryWriter.EXACT),
                GeoJsonGeometryWriter.write(forMap(geometry), MAP_DECIMALS),
                hash(geometry));
    }

    /**
     * Simplifies with a tolerance taken from the boundary's own size, doubled until few enough vertices remain;
     * topology-preserving, so that rings neither cross nor vanish.
     */
    static Geometry forMap(Geometry geometry) {
        if (geometry.getNumPoints() <= MAP_POINTS) {
            return geometry;
        }
        Envelope extent = geometry.getEnvelopeInternal();
        double size = Math.max(extent.getWidth(), extent.getHeight());
        double tolerance = size / 1000;
        // Vertices closer together than the finest tolerance tried are dropped first, in one pass, so that a ring of a
        // million vertices reaches the simplifier (recursive, and run several times) with a few thousand.
        Geometry thinned = new Thinning(tolerance / 2).transform(geometry);
        Geometry simplified = TopologyPreservingSimplifier.simplify(thinned, tolerance);
        while (simplified.getNumPoints() > MAP_POINTS && tolerance < size) {
            tolerance *= 2;
            simplified = TopologyPreservingSimplifier.simplify(thinned, tolerance);
        }
        return simplified;
    }

    /**
     * Drops each vertex lying within a distance of the last one kept, then keeps one vertex in so many of a ring still
     * longer than {@link #MAX_THINNED} (the simplifier recurses once per split and would overflow the stack on a
     * million-vertex zigzag); rings keep their ends and at least four vertices.
     */
    private static final class Thinning extends GeometryTransformer {

        private final double distance;

        Thinning(double distance) {
            this.distance = distance;
        }

        @Override
        protected CoordinateSequence transformCoordinates(CoordinateSequence coords, Geometry parent) {
            int n = coords.size();
            if (n <= 4) {
                return coords.copy();
            }
            List<Coordinate> kept = new ArrayList<>();
            Coordinate last = coords.getCoordinateCopy(0);
            kept.add(last);
            for (int i = 1; i < n - 1; i++) {
                Coordinate c = coords.getCoordinateCopy(i);
                if (c.distance(last) >= distance) {
                    kept.add(c);
                    last = c;
                }
            }
            if (kept.size() > MAX_THINNED) {
                int stride = (kept.size() + MAX_THINNED - 1) / MAX_THINNED;
                List<Coordinate> every = new ArrayList<>();
                for (int i = 0; i < kept.size(); i += stride) {
                    every.add(kept.get(i));
                }
                kept = every;
            }
            kept.add(coords.getCoordinateCopy(n - 1));
            if (kept.size() < 4) {
                return coords.copy();
            }
            return factory.getCoordinateSequenceFactory().create(kept.toArray(Coordinate[]::new));
        }
    }

    /** Same shape, same hash: normalised (ring starts and orientation, part order) at about a centimetre. */
    static String hash(Geometry geometry) {
        // Coordinates are rounded one by one, not snapped with an overlay: the shape was checked valid already, and an
        // overlay of a million vertices takes minutes.
        Geometry normal = geometry.copy();
        normal.apply((CoordinateFilter) c -> {
            c.x = HASH_PRECISION.makePrecise(c.x);
            c.y = HASH_PRECISION.makePrecise(c.y);
        });
        normal.geometryChanged();
        normal.normalize();
        byte[] wkb = new WKBWriter(2).write(normal);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(normal.getGeometryType().getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest.digest(wkb));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The message key of a JTS validation error, so that the reason reads in the user's language. */
    private static String reason(int type) {
        return switch (type) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                ImportCodes.REASON_SELF_INTERSECTION;
            case TopologyValidationError.HOLE_OUTSIDE_SHELL -> ImportCodes.REASON_HOLE_OUTSIDE;
            case TopologyValidationError.NESTED_HOLES, TopologyValidationError.NESTED_SHELLS ->
                ImportCodes.REASON_NESTED;
            case TopologyValidationError.DISCONNECTED_INTERIOR -> ImportCodes.REASON_DISCONNECTED;
            case TopologyValidationError.DUPLICATE_RINGS -> ImportCodes.REASON_DUPLICATE_RINGS;
            case TopologyValidationError.TOO_FEW_POINTS -> ImportCodes.REASON_TOO_FEW_POINTS;
            case TopologyValidationError.RING_NOT_CLOSED -> ImportCodes.REASON_NOT_CLOSED;
            case TopologyValidationError.INVALID_COORDINATE -> ImportCodes.REASON_BAD_COORDINATE;
            default -> ImportCodes.REASON_OTHER;
        };
    }

    private static double round(double value) {
        return Math.round(value * 1e5) / 1e5;
    }
}
