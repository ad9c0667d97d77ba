package org.harambee.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/** How the printed map classes its places and fits them on the page. */
class QuarterlyMapTests {

    private static final GeometryFactory GEOMETRIES = new GeometryFactory();

    @Test
    void placesAreClassedInFiveEqualStepsOfTheFiguresShownAsOnTheDashboardMap() {
        QuarterlyMap.Classes classes = QuarterlyMap.Classes.of(List.of(share(60.0), share(75.0), share(66.0)));
        assertThat(classes.classOf(share(60.0))).isEqualTo("0");
        assertThat(classes.classOf(share(66.0))).isEqualTo("2");
        assertThat(classes.classOf(share(74.9))).isEqualTo("4");
        assertThat(classes.classOf(share(75.0))).isEqualTo("4");
        assertThat(classes.bound(1)).isEqualTo(63.0);
    }

    @Test
    void aHiddenFigureIsHatchedAndTakesNoPartInTheSteps() {
        InsightsSnapshot.Figure hidden = new InsightsSnapshot.Figure(
                "coverage",
                null,
                IndicatorCatalog.Kind.SHARE,
                null,
                null,
                null,
                true,
                Measure.COMMUNITIES_EVER_STARTED);
        QuarterlyMap.Classes classes = QuarterlyMap.Classes.of(Arrays.asList(hidden, share(50.0), null));
        assertThat(classes.classOf(hidden)).isEqualTo(QuarterlyMap.HIDDEN);
        assertThat(classes.classOf(null)).isEqualTo(QuarterlyMap.NONE);
        assertThat(classes.classOf(share(null))).isEqualTo(QuarterlyMap.NONE);
        // one figure shown: the middle grey, and the legend gives the value alone
        assertThat(classes.min()).isEqualTo(classes.max()).isEqualTo(50.0);
        assertThat(classes.classOf(share(50.0))).isEqualTo("2");
    }

    @Test
    void thePlacesFillTheWidthOrTheHeightKeepingTheirShapeNorthUp() {
        // two degrees wide and one high at the equator: the width is the limit
        QuarterlyMap.Projection wide = QuarterlyMap.Projection.of(List.of(box(10, 0, 12, 1)));
        assertThat(wide.width()).isEqualTo(QuarterlyMap.WIDTH_MM, org.assertj.core.data.Offset.offset(0.01));
        assertThat(wide.height() - 2 * QuarterlyMap.MARGIN_MM)
                .isEqualTo((wide.width() - 2 * QuarterlyMap.MARGIN_MM) / 2, org.assertj.core.data.Offset.offset(0.1));
        // tall: the height is the limit; the northern edge is at the top margin
        QuarterlyMap.Projection tall = QuarterlyMap.Projection.of(List.of(box(10, 0, 11, 3)));
        assertThat(tall.height()).isEqualTo(QuarterlyMap.MAX_HEIGHT_MM, org.assertj.core.data.Offset.offset(0.01));
        Envelope onPaper = tall.onPaper(box(10, 2, 11, 3)).getEnvelopeInternal();
        assertThat(onPaper.getMinY()).isEqualTo(QuarterlyMap.MARGIN_MM, org.assertj.core.data.Offset.offset(0.01));
        assertThat(QuarterlyMap.Projection.of(List.of())).isNull();
    }

    private static InsightsSnapshot.Figure share(Double value) {
        return new InsightsSnapshot.Figure(
                "coverage", null, IndicatorCatalog.Kind.SHARE, null, null, value, false, null);
    }

    private static Geometry box(double x0, double y0, double x1, double y1) {
        return GEOMETRIES.createPolygon(new Coordinate[] {
            new Coordinate(x0, y0),
            new Coordinate(x1, y0),
            new Coordinate(x1, y1),
            new Coordinate(x0, y1),
            new Coordinate(x0, y0)
        });
    }
}
