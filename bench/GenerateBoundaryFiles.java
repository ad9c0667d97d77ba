import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.harambee.geography.ShapefileZip;

/**
 * Writes the boundary files of bench/boundary-formats.sh into a folder: the same 200 units of the fictional Quzland as
 * a zipped shapefile of about 5 MB (one layer per level, as OCHA ships COD-AB) and as a CSV; and a GeoJSON and a CSV of
 * a given size for the memory figures. Deterministic. Run with the test classes on the class path (ShapefileZip).
 *
 * <p>Usage: java -cp target/test-classes GenerateBoundaryFiles.java OUT_DIR GEOJSON_MB CSV_MB
 */
public class GenerateBoundaryFiles {

    static final int PROVINCES = 9;
    static final int DISTRICTS = 190;
    static final int VERTICES = 3_000;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        long geojsonBytes = Long.parseLong(args[1]) << 20;
        long csvBytes = Long.parseLong(args[2]) << 20;
        Files.createDirectories(out);
        shapefilesAndCsv(out);
        largeGeoJson(out.resolve("large.geojson"), geojsonBytes);
        largeCsv(out.resolve("large.csv"), csvBytes);
    }

    /** Province p's districts lie in a row; each unit is a winding circle of VERTICES vertices. */
    static void shapefilesAndCsv(Path out) throws IOException {
        List<ShapefileZip.Feature> adm0 = new ArrayList<>();
        List<ShapefileZip.Feature> adm1 = new ArrayList<>();
        List<ShapefileZip.Feature> adm2 = new ArrayList<>();
        StringBuilder csv = new StringBuilder("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE\n");
        adm0.add(new ShapefileZip.Feature(List.of("Quzland", "QZ"), ShapefileZip.rings(circle(15, 5, 6, VERTICES))));
        int district = 0;
        for (int p = 1; p <= PROVINCES; p++) {
            String province = String.format(Locale.ROOT, "QZ%02d", p);
            adm1.add(new ShapefileZip.Feature(
                    List.of("Province " + p, province, "Quzland", "QZ"),
                    ShapefileZip.rings(circle(10 + p, 5, 0.5, VERTICES))));
            int inProvince = DISTRICTS / PROVINCES + (p <= DISTRICTS % PROVINCES ? 1 : 0);
            for (int d = 1; d <= inProvince; d++) {
                district++;
                String code = province + String.format(Locale.ROOT, "%02d", d);
                adm2.add(new ShapefileZip.Feature(
                        List.of("District " + district, code, "Province " + p, province, "Quzland", "QZ"),
                        ShapefileZip.rings(circle(10 + p, 1 + 0.2 * d, 0.08, VERTICES))));
                csv.append("Quzland,QZ,Province ").append(p).append(',').append(province).append(",District ")
                        .append(district).append(',').append(code).append('\n');
            }
        }
        byte[] zip = new ShapefileZip()
                .polygons("qz_admbnda_adm0", ShapefileZip.WGS84_PRJ, StandardCharsets.UTF_8,
                        List.of("ADM0_EN", "ADM0_PCODE"), adm0)
                .polygons("qz_admbnda_adm1", ShapefileZip.WGS84_PRJ, StandardCharsets.UTF_8,
                        List.of("ADM1_EN", "ADM1_PCODE", "ADM0_EN", "ADM0_PCODE"), adm1)
                .polygons("qz_admbnda_adm2", ShapefileZip.WGS84_PRJ, StandardCharsets.UTF_8,
                        List.of("ADM2_EN", "ADM2_PCODE", "ADM1_EN", "ADM1_PCODE", "ADM0_EN", "ADM0_PCODE"), adm2)
                .zip();
        Files.write(out.resolve("shapes.zip"), zip);
        Files.writeString(out.resolve("shapes.csv"), csv);
        System.out.printf("shapes.zip: %d units, %.1f MB; shapes.csv: the same units%n",
                1 + PROVINCES + DISTRICTS, zip.length / 1048576.0);
    }

    /** Districts of 20,000 vertices each until the file reaches its size: geometry is nearly all of it. */
    static void largeGeoJson(Path file, long bytes) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            write(out, "{\"type\":\"FeatureCollection\",\"features\":[");
            long written = 0;
            int n = 0;
            while (written < bytes) {
                n++;
                String pcode = String.format(Locale.ROOT, "QZ01%04d", n);
                StringBuilder f = new StringBuilder(n == 1 ? "" : ",");
                f.append("{\"type\":\"Feature\",\"properties\":{\"ADM0_EN\":\"Quzland\",\"ADM0_PCODE\":\"QZ\",")
                        .append("\"ADM1_EN\":\"Province 1\",\"ADM1_PCODE\":\"QZ01\",\"ADM2_EN\":\"District ")
                        .append(n).append("\",\"ADM2_PCODE\":\"").append(pcode).append("\"},\"geometry\":")
                        .append("{\"type\":\"Polygon\",\"coordinates\":[[");
                double[][] ring = circle(10 + (n % 100) * 0.1, 1 + (n / 100) * 0.1, 0.04, 20_000)[0];
                for (int i = 0; i < ring.length; i++) {
                    f.append(i == 0 ? "[" : ",[").append(ring[i][0]).append(',').append(ring[i][1]).append(']');
                }
                f.append("]]}}");
                written += write(out, f.toString());
            }
            write(out, "]}");
            System.out.printf("large.geojson: %d districts, %.0f MB%n", n, written / 1048576.0);
        }
    }

    /** A COD-AB wide table, one village per row under 10 districts, until the file reaches its size. */
    static void largeCsv(Path file, long bytes) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file)) {
            out.write("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,ADM3_EN,ADM3_PCODE\n");
            long written = 0;
            int n = 0;
            while (written < bytes) {
                n++;
                int district = n % 10 + 1;
                String row = String.format(Locale.ROOT,
                        "Quzland,QZ,Province 1,QZ01,District %d,QZ01%02d,Village %d,QZ01%02d%07d%n",
                        district, district, n, district, n);
                out.write(row);
                written += row.length();
            }
            System.out.printf("large.csv: %d villages, %.0f MB%n", n, written / 1048576.0);
        }
    }

    static double[][][] circle(double cx, double cy, double radius, int vertices) {
        double[][] ring = new double[vertices + 1][];
        for (int i = 0; i < vertices; i++) {
            double angle = -2 * Math.PI * i / vertices; // clockwise, as shapefile outer rings are
            double r = radius * (1 + 0.02 * Math.sin(angle * 90));
            ring[i] = new double[] {cx + r * Math.cos(angle), cy + r * Math.sin(angle)};
        }
        ring[vertices] = ring[0];
        return new double[][][] {ring};
    }

    static int write(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        out.write(bytes);
        return bytes.length;
    }
}
