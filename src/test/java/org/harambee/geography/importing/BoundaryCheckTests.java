package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** What an import makes of a boundary: checked, hashed by value, and simplified for maps. */
class BoundaryCheckTests {

    private static final GeometryFactory JTS = GeoJsonGeometryReader.FACTORY;

    @Test
    void theSameShapeHashesTheSameWhateverItsRingStartAndDirection() throws GeometryProblem {
        Geometry counterClockwise = polygon(0, 0, 1, 0, 1, 1, 0, 1, 0, 0);
        Geometry clockwiseFromAnotherCorner = polygon(1, 1, 1, 0, 0, 0, 0, 1, 1, 1);
        Geometry moved = polygon(0, 0, 1, 0, 1, 1, 0, 1.001, 0, 0);

        String hash = BoundaryCheck.check(counterClockwise).hash();

        assertThat(BoundaryCheck.check(clockwiseFromAnotherCorner).hash()).isEqualTo(hash);
        assertThat(BoundaryCheck.check(moved).hash()).isNotEqualTo(hash);
    }

    @Test
    void aBoundaryWithAMillionVerticesIsKeptWholeAndServedWithAFewHundred() throws GeometryProblem {
        Geometry ragged = raggedCircle(1_000_000);

        BoundaryCheck.Checked checked = BoundaryCheck.check(ragged);

        assertThat(checked.full().length()).isGreaterThan(20_000_000);
        assertThat(BoundaryCheck.forMap(ragged).getNumPoints()).isLessThanOrEqualTo(BoundaryCheck.MAP_POINTS);
        assertThat(checked.map().length()).isLessThan(5_000);
    }

    @Test
    void aSelfIntersectingRingIsRefusedWithItsReasonAndPlace() {
        Geometry bowtie = polygon(10, 1, 11, 2, 11, 1, 10, 2, 10, 1);

        assertThatThrownBy(() -> BoundaryCheck.check(bowtie)).isInstanceOfSatisfying(GeometryProblem.class, p -> {
            assertThat(p.code()).isEqualTo(ImportCodes.GEOMETRY_INVALID);
            assertThat(p.args()).containsExactly(ImportCodes.REASON_SELF_INTERSECTION, "1.5, 10.5");
        });
    }

    @Test
    void projectedCoordinatesAreRefused() {
        assertThatThrownBy(() ->
                        BoundaryCheck.check(polygon(612000, 950000, 613000, 950000, 613000, 951000, 612000, 950000)))
                .isInstanceOfSatisfying(
                        GeometryProblem.class, p -> assertThat(p.code()).isEqualTo(ImportCodes.GEOMETRY_NOT_LON_LAT));
    }

    /** A circle of radius 0.1 degrees whose edge winds in 2,000 bends, as a surveyed river boundary does. */
    static Geometry raggedCircle(int vertices) {
        Coordinate[] ring = new Coordinate[vertices + 1];
        for (int i = 0; i < vertices; i++) {
            double angle = 2 * Math.PI * i / vertices;
            double radius = 0.1 + 0.0005 * Math.sin(angle * 2000);
            ring[i] = new Coordinate(10 + radius * Math.cos(angle), 1 + radius * Math.sin(angle));
        }
        ring[vertices] = ring[0];
        return JTS.createPolygon(ring);
    }

    private static Geometry polygon(double... xy) {
        Coordinate[] ring = new Coordinate[xy.length / 2];
        for (int i = 0; i < ring.length; i++) {
            ring[i] = new Coordinate(xy[2 * i], xy[2 * i + 1]);
        }
        return JTS.createPolygon(ring);
    }
}
