package org.harambee.geography;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes zipped shapefiles laid out as OCHA distributes COD-AB boundaries ({@code zz_admbnda_adm1_ocha.shp} with its
 * {@code .shx}, {@code .dbf}, {@code .prj} and {@code .cpg}, several layers in one archive), byte for byte as the ESRI
 * shapefile technical description (1998) and dBASE III lay them out, so that tests read what a GIS tool writes.
 */
public final class ShapefileZip {

    /** The well-known text OCHA ships in its {@code .prj} files: geographic WGS 84. */
    public static final String WGS84_PRJ =
            "GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\",SPHEROID[\"WGS_1984\",6378137.0,"
                    + "298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\",0.0174532925199433]]";

    /** A projected system, as a national survey would deliver it. */
    public static final String UTM_PRJ =
            "PROJCS[\"WGS_1984_UTM_Zone_29N\",GEOGCS[\"GCS_WGS_1984\",DATUM[\"D_WGS_1984\","
                    + "SPHEROID[\"WGS_1984\",6378137.0,298.257223563]],PRIMEM[\"Greenwich\",0.0],UNIT[\"Degree\","
                    + "0.0174532925199433]],PROJECTION[\"Transverse_Mercator\"],UNIT[\"Meter\",1.0]]";

    private final Map<String, byte[]> entries = new LinkedHashMap<>();

    /** A layer of polygons: each feature's attributes (in field order) and its rings (outer ring clockwise). */
    public ShapefileZip polygons(
            String base, String prj, Charset charset, List<String> fields, List<Feature> features) {
        return layer(base, prj, charset, fields, features, 5);
    }

    /** A layer of points (OCHA's label points, {@code admbndp}): one position per feature. */
    public ShapefileZip points(String base, List<String> fields, List<Feature> features) {
        return layer(base, WGS84_PRJ, StandardCharsets.UTF_8, fields, features, 1);
    }

    /** One record: attribute values and rings as (x, y) pairs; a point layer uses the first position. */
    public record Feature(List<String> values, List<double[][]> rings) {}

    public byte[] zip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The rings of one feature. */
    public static List<double[][]> rings(double[][]... rings) {
        return Arrays.asList(rings);
    }

    /** A square ring, clockwise as shapefile outer rings are. */
    public static double[][] square(double west, double south, double size) {
        return new double[][] {
            {west, south}, {west, south + size}, {west + size, south + size}, {west + size, south}, {west, south}
        };
    }

    private ShapefileZip layer(
            String base, String prj, Charset charset, List<String> fields, List<Feature> features, int type) {
        List<byte[]> contents = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Feature feature : features) {
            contents.add(type == 1 ? point(feature.rings().get(0)[0], box) : polygon(feature.rings(), box));
        }
        entries.put(base + ".shp", shp(contents, type, box, false));
        entries.put(base + ".shx", shp(contents, type, box, true));
        entries.put(base + ".dbf", dbf(fields, features, charset));
        if (prj != null) {
            entries.put(base + ".prj", prj.getBytes(StandardCharsets.US_ASCII));
        }
        entries.put(base + ".cpg", charset.name().getBytes(StandardCharsets.US_ASCII));
        return this;
    }

    private static byte[] point(double[] xy, double[] box) {
        grow(box, xy);
        return le(20).putInt(1).putDouble(xy[0]).putDouble(xy[1]).array();
    }

    private static byte[] polygon(List<double[][]> rings, double[] box) {
        int points = rings.stream().mapToInt(r -> r.length).sum();
        ByteBuffer b = le(4 + 32 + 8 + 4 * rings.size() + 16 * points);
        double[] own = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        rings.forEach(r -> Arrays.stream(r).forEach(xy -> grow(own, xy)));
        grow(box, new double[] {own[0], own[1]});
        grow(box, new double[] {own[2], own[3]});
        b.putInt(5).putDouble(own[0]).putDouble(own[1]).putDouble(own[2]).putDouble(own[3]);
        b.putInt(rings.size()).putInt(points);
        int start = 0;
        for (double[][] ring : rings) {
            b.putInt(start);
            start += ring.length;
        }
        for (double[][] ring : rings) {
            for (double[] xy : ring) {
                b.putDouble(xy[0]).putDouble(xy[1]);
            }
        }
        return b.array();
    }

    private static byte[] shp(List<byte[]> contents, int type, double[] box, boolean index) {
        int length = 100
                + contents.size() * 8
                + (index ? 0 : contents.stream().mapToInt(c -> c.length).sum());
        ByteBuffer b = ByteBuffer.allocate(length);
        b.putInt(9994).putInt(0).putInt(0).putInt(0).putInt(0).putInt(0).putInt(length / 2);
        b.order(ByteOrder.LITTLE_ENDIAN).putInt(1000).putInt(type);
        b.putDouble(box[0]).putDouble(box[1]).putDouble(box[2]).putDouble(box[3]);
        b.putDouble(0).putDouble(0).putDouble(0).putDouble(0);
        b.order(ByteOrder.BIG_ENDIAN);
        int offset = 50;
        for (int i = 0; i < contents.size(); i++) {
            byte[] content = contents.get(i);
            if (index) {
                b.putInt(offset).putInt(content.length / 2);
            } else {
                b.putInt(i + 1).putInt(content.length / 2).put(content);
            }
            offset += 4 + content.length / 2;
        }
        return b.array();
    }

    private static byte[] dbf(List<String> fields, List<Feature> features, Charset charset) {
        int[] widths = fields.stream().mapToInt(f -> isDate(f) ? 8 : 254).toArray();
        int recordLength = 1 + Arrays.stream(widths).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteBuffer b = le(headerLength + recordLength * features.size() + 1);
        b.put((byte) 3).put((byte) 124).put((byte) 1).put((byte) 1);
        b.putInt(features.size()).putShort((short) headerLength).putShort((short) recordLength);
        b.position(32);
        for (int f = 0; f < fields.size(); f++) {
            byte[] name = Arrays.copyOf(fields.get(f).getBytes(StandardCharsets.US_ASCII), 11);
            char type = isDate(fields.get(f)) ? 'D' : 'C';
            b.put(name)
                    .put((byte) type)
                    .putInt(0)
                    .put((byte) widths[f])
                    .put((byte) 0)
                    .put(new byte[14]);
        }
        b.put((byte) 0x0D);
        for (Feature feature : features) {
            b.put((byte) ' ');
            for (int f = 0; f < fields.size(); f++) {
                // Dates as dBASE keeps them (YYYYMMDD); text left-aligned and padded with spaces.
                String value = isDate(fields.get(f))
                        ? feature.values().get(f).replace("-", "")
                        : feature.values().get(f);
                byte[] bytes = value.getBytes(charset);
                byte[] text = Arrays.copyOf(bytes, widths[f]);
                Arrays.fill(text, Math.min(bytes.length, widths[f]), widths[f], (byte) ' ');
                b.put(text);
            }
        }
        b.put((byte) 0x1A);
        return b.array();
    }

    private static boolean isDate(String field) {
        return field.equals("date") || field.equals("validOn") || field.equals("validTo");
    }

    private static void grow(double[] box, double[] xy) {
        box[0] = Math.min(box[0], xy[0]);
        box[1] = Math.min(box[1], xy[1]);
        box[2] = Math.max(box[2], xy[0]);
        box[3] = Math.max(box[3], xy[1]);
    }

    private static ByteBuffer le(int size) {
        return ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    }
}
