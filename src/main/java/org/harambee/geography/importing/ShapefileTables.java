package org.harambee.geography.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.locationtech.jts.geom.Geometry;

/**
 * Reads a zipped shapefile as OCHA distributes COD-AB boundaries: one layer per administrative level
 * ({@code xxx_admbnda_adm1_….shp} with its {@code .shx}, {@code .dbf}, {@code .prj} and often {@code .cpg}), next to
 * line and point layers. Polygon layers are read when there are any, the others then being the same units drawn as
 * lines or label points. Each layer's records are streamed, shape and attributes side by side, and each shape goes to
 * the spill file; the line of a problem is the record number within its layer.
 */
final class ShapefileTables {

    static final String FORMAT = "shapefile";

    private final ZipFile zip;
    private final RowReaders readers;
    private final Problems problems;
    private final BoundarySpill spill;

    private ShapefileTables(ZipFile zip, RowReaders readers, Problems problems, BoundarySpill spill) {
        this.zip = zip;
        this.readers = readers;
        this.problems = problems;
        this.spill = spill;
    }

    static void read(Path file, RowReaders readers, Problems problems, BoundarySpill spill) {
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            new ShapefileTables(zip, readers, problems, spill).readLayers();
        } catch (ZipException e) {
            problems.add(0, ImportCodes.ZIP_UNREADABLE);
        } catch (IOException e) {
            problems.inTable(null);
            problems.add(0, ImportCodes.SHAPEFILE_UNREADABLE, Problems.excerpt(String.valueOf(e.getMessage())));
        }
    }

    /** A layer: the zip entries sharing one base name, by extension. */
    private record Layer(String name, Map<String, ZipEntry> parts) {}

    private void readLayers() throws IOException {
        List<Layer> layers = layers();
        if (layers.isEmpty()) {
            problems.add(0, ImportCodes.SHAPEFILE_NONE);
            return;
        }
        boolean anyPolygons = false;
        for (Layer layer : layers) {
            anyPolygons |= ShpReader.isPolygonType(shapeType(layer));
        }
        for (Layer layer : layers) {
            if (problems.full()) {
                return;
            }
            if (!anyPolygons || ShpReader.isPolygonType(shapeType(layer))) {
                problems.inTable(layer.name());
                readLayer(layer);
            }
        }
        problems.inTable(null);
    }

    private List<Layer> layers() {
        Map<String, Map<String, ZipEntry>> byBase = new TreeMap<>();
        Enumeration<? extends ZipEntry> entries = zip.entries();
        while (entries.hasMoreElements()) {
            ZipEntry entry = entries.nextElement();
            String name = entry.getName();
            int dot = name.lastIndexOf('.');
            if (entry.isDirectory() || dot < 0 || name.contains("__MACOSX")) {
                continue;
            }
            byBase.computeIfAbsent(name.substring(0, dot), k -> new TreeMap<>())
                    .put(name.substring(dot + 1).toLowerCase(Locale.ROOT), entry);
        }
        List<Layer> layers = new ArrayList<>();
        byBase.forEach((base, parts) -> {
            if (parts.containsKey("shp")) {
                layers.add(new Layer(base.substring(base.lastIndexOf('/') + 1), parts));
            }
        });
        return layers;
    }

    private int shapeType(Layer layer) throws IOException {
        try (InputStream in = zip.getInputStream(layer.parts().get("shp"))) {
            return new ShpReader(in).shapeType();
        }
    }

    private void readLayer(Layer layer) throws IOException {
        if (!layer.parts().containsKey("dbf")) {
            problems.add(0, ImportCodes.SHAPEFILE_PART_MISSING, layer.name() + ".dbf");
            return;
        }
        String prj = text(layer, "prj");
        if (prj != null && !ProjectionFile.isWgs84(prj)) {
            problems.add(0, ImportCodes.PROJECTION_UNSUPPORTED, ProjectionFile.nameOf(prj));
            return;
        }
        try (InputStream shapes =
                        new BufferedInputStream(zip.getInputStream(layer.parts().get("shp")), 1 << 16);
                InputStream attributes =
                        new BufferedInputStream(zip.getInputStream(layer.parts().get("dbf")), 1 << 16)) {
            ShpReader shp = new ShpReader(shapes);
            DbfReader dbf = new DbfReader(attributes, text(layer, "cpg"));
            RowReader rows = readers.forHeader(layer.name(), dbf.fieldNames(), 0);
            if (rows == null) {
                return;
            }
            int record = 0;
            while (dbf.hasNext() && !problems.full()) {
                record++;
                String[] values = dbf.next();
                Boundary boundary = boundary(shp, record);
                if (values != null && boundary != UNUSABLE) {
                    rows.read(new Row(record, values), boundary);
                }
            }
        }
    }

    /** Marks a record whose shape was refused: its problem is listed and its attributes are not read. */
    private static final Boundary UNUSABLE = new Boundary("", -1, 0, 0);

    private Boundary boundary(ShpReader shp, int record) throws IOException {
        try {
            Geometry shape = shp.next();
            return shape == null ? null : spill.add(BoundaryCheck.check(shape));
        } catch (GeometryProblem e) {
            problems.add(record, e.code(), e.args());
            return UNUSABLE;
        }
    }

    private String text(Layer layer, String extension) throws IOException {
        ZipEntry entry = layer.parts().get(extension);
        if (entry == null) {
            return null;
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
        }
    }
}
