package org.harambee.insights;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.harambee.geography.Geography;
import org.harambee.geography.UnitView;
import org.harambee.system.PdfDrawing;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;
import org.springframework.stereotype.Component;

/**
 * The quarterly report's map of the places below a unit: drawn from their boundaries, shaded in five grey levels by
 * one headline indicator classed as the dashboard's map classes it (five equal steps between the lowest and the
 * highest figure shown), hatched where the figure is hidden, white where there is none, each place numbered in a white
 * box that the key under the map names with its figure. Boundaries are simplified to what shows at the printed scale,
 * so that the document stays small; places without a boundary are listed instead.
 */
@Component
class QuarterlyMap {

    static final double WIDTH_MM = 170;
    static final double MAX_HEIGHT_MM = 125;
    static final double MARGIN_MM = 4;
    /** Detail finer than this on paper is dropped. */
    static final double DETAIL_MM = 0.3;

    static final double SWATCH_MM = 6;
    static final String HIDDEN = "hidden";
    static final String NONE = "none";

    /** Class 0 (lowest) to 4 (highest): light to dark, each distinct on a black-and-white printer. */
    private static final float[] GREYS = {0.95f, 0.80f, 0.63f, 0.45f, 0.27f};

    /** A numbered place on the map, placed in millimetres from the map's top left. */
    record Label(int number, String name, String display, boolean suppressed, String left, String top) {}

    /** A line of the legend: the drawing of its swatch and what it means. */
    record LegendEntry(String swatch, String text) {}

    /** What the template shows; {@code drawn} false when no place below has a boundary. */
    record Printed(
            boolean drawn,
            String indicator,
            String width,
            String height,
            List<Label> labels,
            List<LegendEntry> legend,
            List<String> withoutBoundary,
            Map<String, PdfDrawing> drawings) {}

    private final Geography geography;

    QuarterlyMap(Geography geography) {
        this.geography = geography;
    }

    /** The map of the unit's children, shaded by {@code indicator}. */
    Printed of(UnitView unit, InsightsSnapshot snapshot, String indicator, DashboardView view, Locale locale) {
        Map<String, Geometry> shapes = new LinkedHashMap<>();
        geography
                .childShapes(unit, locale.getLanguage())
                .forEach(e -> shapes.put(e.getKey().pcode(), e.getValue()));
        List<InsightsSnapshot.Child> drawn = new ArrayList<>();
        List<String> withoutBoundary = new ArrayList<>();
        for (InsightsSnapshot.Child child : snapshot.children()) {
            if (shapes.containsKey(child.unit().pcode())) {
                drawn.add(child);
            } else {
                withoutBoundary.add(child.unit().name());
            }
        }
        Classes classes =
                Classes.of(drawn.stream().map(c -> c.figure(indicator)).toList());
        Map<String, PdfDrawing> drawings = new LinkedHashMap<>();
        List<LegendEntry> legend = legend(classes, view, drawings);
        Projection projection = Projection.of(
                drawn.stream().map(c -> shapes.get(c.unit().pcode())).toList());
        if (projection == null) {
            return new Printed(false, indicator, "0", "0", List.of(), legend, withoutBoundary, drawings);
        }
        List<Label> labels = new ArrayList<>();
        List<Shape> outlines = new ArrayList<>();
        List<String> fills = new ArrayList<>();
        ShapeWriter writer = new ShapeWriter();
        for (InsightsSnapshot.Child child : drawn) {
            Geometry onPaper = projection.onPaper(shapes.get(child.unit().pcode()));
            InsightsSnapshot.Figure figure = child.figure(indicator);
            outlines.add(writer.toShape(onPaper));
            fills.add(classes.classOf(figure));
            Point inside = onPaper.getInteriorPoint();
            Coordinate centre = inside.isEmpty() ? onPaper.getEnvelopeInternal().centre() : inside.getCoordinate();
            labels.add(new Label(
                    labels.size() + 1,
                    child.unit().name(),
                    figure == null ? view.display(noFigure(indicator)) : view.display(figure),
                    figure != null && figure.suppressed(),
                    mm(centre.x - 2.5),
                    mm(centre.y - 2.2)));
        }
        double width = projection.width();
        double height = projection.height();
        drawings.put("map", (g, w, h) -> {
            g.scale(w / width, h / height);
            for (int i = 0; i < outlines.size(); i++) {
                paint(g, outlines.get(i), fills.get(i));
            }
            // outlines last, so that no fill or hatching covers a shared border
            g.setStroke(new BasicStroke(0.25f));
            g.setColor(Color.BLACK);
            outlines.forEach(g::draw);
        });
        return new Printed(true, indicator, mm(width), mm(height), labels, legend, withoutBoundary, drawings);
    }

    private static InsightsSnapshot.Figure noFigure(String indicator) {
        return new InsightsSnapshot.Figure(indicator, null, null, null, null, null, false, null);
    }

    private static List<LegendEntry> legend(Classes classes, DashboardView view, Map<String, PdfDrawing> drawings) {
        List<LegendEntry> legend = new ArrayList<>();
        if (classes.kind() != null) {
            if (classes.min() == classes.max()) {
                legend.add(entry("2", view.number(classes.min(), classes.kind()), drawings));
            } else {
                for (int k = 0; k < GREYS.length; k++) {
                    String from = view.number(classes.bound(k), classes.kind());
                    String to = view.number(classes.bound(k + 1), classes.kind());
                    legend.add(
                            entry(String.valueOf(k), view.message("documents.report.map.range", from, to), drawings));
                }
            }
        }
        legend.add(entry(HIDDEN, view.message("insights.hidden.legend"), drawings));
        legend.add(entry(NONE, view.message("insights.noData.legend"), drawings));
        return legend;
    }

    private static LegendEntry entry(String fill, String text, Map<String, PdfDrawing> drawings) {
        String name = "swatch-" + fill;
        drawings.put(name, (g, w, h) -> {
            g.scale(w / SWATCH_MM, h / SWATCH_MM);
            Rectangle2D square = new Rectangle2D.Double(0.2, 0.2, SWATCH_MM - 0.4, SWATCH_MM - 0.4);
            paint(g, square, fill);
            g.setStroke(new BasicStroke(0.25f));
            g.setColor(Color.BLACK);
            g.draw(square);
        });
        return new LegendEntry(name, text);
    }

    /** Fills a shape (in millimetres) as its class is shown: a grey, white, or white hatched for a hidden figure. */
    static void paint(Graphics2D g, Shape shape, String fill) {
        if (HIDDEN.equals(fill) || NONE.equals(fill)) {
            g.setColor(Color.WHITE);
            g.fill(shape);
        } else {
            float grey = GREYS[Integer.parseInt(fill)];
            g.setColor(new Color(grey, grey, grey));
            g.fill(shape);
        }
        if (HIDDEN.equals(fill)) {
            Shape clip = g.getClip();
            g.clip(shape);
            g.setColor(Color.BLACK);
            g.setStroke(new BasicStroke(0.2f));
            Rectangle2D box = shape.getBounds2D();
            double span = box.getWidth() + box.getHeight();
            for (double d = 0; d <= span; d += 1.2) {
                g.draw(new Line2D.Double(
                        box.getMinX() + d, box.getMinY(), box.getMinX() + d - box.getHeight(), box.getMaxY()));
            }
            g.setClip(clip);
        }
    }

    static String mm(double value) {
        return String.format(Locale.ROOT, "%.1f", Math.max(0, value));
    }

    /** The dashboard map's classes: five equal steps between the lowest and highest figure shown. */
    record Classes(IndicatorCatalog.Kind kind, double min, double max) {

        static Classes of(List<InsightsSnapshot.Figure> figures) {
            List<InsightsSnapshot.Figure> shown = figures.stream()
                    .filter(f -> f != null && !f.suppressed() && f.value() != null)
                    .toList();
            if (shown.isEmpty()) {
                return new Classes(null, 0, 0);
            }
            double min = shown.stream()
                    .mapToDouble(InsightsSnapshot.Figure::value)
                    .min()
                    .orElse(0);
            double max = shown.stream()
                    .mapToDouble(InsightsSnapshot.Figure::value)
                    .max()
                    .orElse(0);
            return new Classes(shown.get(0).kind(), min, max);
        }

        String classOf(InsightsSnapshot.Figure f) {
            if (f == null || f.suppressed()) {
                return f == null ? NONE : HIDDEN;
            }
            if (f.value() == null) {
                return NONE;
            }
            if (max == min) {
                return "2";
            }
            return String.valueOf(Math.min(4, (int) Math.floor(5 * (f.value() - min) / (max - min))));
        }

        double bound(int k) {
            return min + k * (max - min) / 5;
        }
    }

    /**
     * Degrees to millimetres on paper: longitudes shortened by the cosine of the middle latitude (an equirectangular
     * projection, true enough at a district's size), north up, scaled to fit the map's box.
     */
    record Projection(AffineTransformation toPaper, double width, double height) {

        static Projection of(List<Geometry> shapes) {
            Envelope degrees = new Envelope();
            shapes.forEach(s -> degrees.expandToInclude(s.getEnvelopeInternal()));
            if (degrees.isNull()) {
                return null;
            }
            double cos = Math.cos(Math.toRadians(degrees.centre().y));
            double dx = degrees.getWidth() * cos;
            double dy = degrees.getHeight();
            if (dx <= 0 && dy <= 0) {
                return null;
            }
            double scale = Math.min(
                    dx > 0 ? (WIDTH_MM - 2 * MARGIN_MM) / dx : Double.MAX_VALUE,
                    dy > 0 ? (MAX_HEIGHT_MM - 2 * MARGIN_MM) / dy : Double.MAX_VALUE);
            AffineTransformation t = new AffineTransformation()
                    .translate(-degrees.getMinX(), -degrees.getMaxY())
                    .scale(cos * scale, -scale)
                    .translate(MARGIN_MM, MARGIN_MM);
            return new Projection(t, dx * scale + 2 * MARGIN_MM, dy * scale + 2 * MARGIN_MM);
        }

        Geometry onPaper(Geometry degrees) {
            return TopologyPreservingSimplifier.simplify(toPaper.transform(degrees), DETAIL_MM);
        }
    }
}
