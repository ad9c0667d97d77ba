package org.harambee.geography;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Synthetic files of the fictional Quzland (QZ) shaped exactly as OCHA and HDX publish them: COD-AB workbooks with one
 * sheet per level, zipped shapefiles with one layer per level and their line and point layers, the 2015-2019 attribute
 * names cut to ten characters, and COD-PS population tables with age and sex bands.
 */
public final class OchaFiles {

    private OchaFiles() {}

    /** Quzland's units: P-code, English and French names, parent, and a square boundary (west, south, size). */
    public record Unit(String pcode, String en, String fr, String parent, double west, double south, double size) {}

    public static final List<Unit> ADM1 = List.of(
            new Unit("QZ01", "Hill Province", "Province des Collines", "QZ", 10.0, 1.0, 1.0),
            new Unit("QZ02", "Lake Province", "Province du Lac", "QZ", 11.0, 1.0, 1.0));

    public static final List<Unit> ADM2 = List.of(
            new Unit("QZ0101", "Amber", "Ambre", "QZ01", 10.0, 1.0, 0.5),
            new Unit("QZ0102", "Birch", "Bouleau", "QZ01", 10.5, 1.0, 0.5),
            new Unit("QZ0201", "Cedar", "Cèdre", "QZ02", 11.0, 1.0, 0.5));

    /**
     * A COD-AB tabular workbook as HDX serves it: a read-me sheet first, then one sheet per level whose columns repeat
     * every ancestor (ADM2_EN, ADM2_FR, ADM2_PCODE, ADM2_REF, ADM1_EN, …, date, validOn, validTo), dates as Excel dates.
     */
    public static byte[] codAbWorkbook() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("m/d/yy"));
            Sheet readMe = workbook.createSheet("Read me");
            readMe.createRow(0).createCell(0).setCellValue("Quzland administrative boundaries, levels 0-2");
            readMe.createRow(2).createCell(0).setCellValue("Source: Quzland National Statistics Office");
            Sheet adm0 = workbook.createSheet("qz_adm0");
            row(adm0, 0, null, "ADM0_EN", "ADM0_FR", "ADM0_PCODE", "date", "validOn", "validTo");
            row(adm0, 1, date, "Quzland", "Quzlande", "QZ", LocalDate.of(2019, 5, 2), LocalDate.of(2024, 1, 15), "");
            Sheet adm1 = workbook.createSheet("qz_adm1");
            row(
                    adm1,
                    0,
                    null,
                    "ADM1_EN",
                    "ADM1_FR",
                    "ADM1_PCODE",
                    "ADM1_REF",
                    "ADM0_EN",
                    "ADM0_FR",
                    "ADM0_PCODE",
                    "date",
                    "validOn",
                    "validTo");
            int r = 1;
            for (Unit u : ADM1) {
                row(
                        adm1,
                        r++,
                        date,
                        u.en(),
                        u.fr(),
                        u.pcode(),
                        u.en(),
                        "Quzland",
                        "Quzlande",
                        "QZ",
                        LocalDate.of(2019, 5, 2),
                        LocalDate.of(2024, 1, 15),
                        "");
            }
            Sheet adm2 = workbook.createSheet("qz_adm2");
            row(
                    adm2,
                    0,
                    null,
                    "ADM2_EN",
                    "ADM2_FR",
                    "ADM2_PCODE",
                    "ADM2_REF",
                    "ADM1_EN",
                    "ADM1_FR",
                    "ADM1_PCODE",
                    "ADM0_EN",
                    "ADM0_FR",
                    "ADM0_PCODE",
                    "date",
                    "validOn",
                    "validTo");
            row(
                    adm2,
                    1,
                    null,
                    "#adm2+name+i_en",
                    "#adm2+name+i_fr",
                    "#adm2+code",
                    "",
                    "#adm1+name+i_en",
                    "#adm1+name+i_fr",
                    "#adm1+code",
                    "#country+name+i_en",
                    "#country+name+i_fr",
                    "#country+code",
                    "#date",
                    "#date+start",
                    "#date+end");
            r = 2;
            for (Unit u : ADM2) {
                Unit p = ADM1.stream()
                        .filter(a -> a.pcode().equals(u.parent()))
                        .findFirst()
                        .orElseThrow();
                row(
                        adm2,
                        r++,
                        date,
                        u.en(),
                        u.fr(),
                        u.pcode(),
                        u.en(),
                        p.en(),
                        p.fr(),
                        p.pcode(),
                        "Quzland",
                        "Quzlande",
                        "QZ",
                        LocalDate.of(2019, 5, 2),
                        LocalDate.of(2024, 1, 15),
                        "");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A COD-AB shapefile archive as HDX serves it ({@code qz_adm_2024_shp.zip}): polygon layers for levels 1 and 2 with
     * the current attribute schema, plus the line layer's twin (all levels as label points) that must be left aside.
     */
    public static byte[] codAbShapefiles(String prj) {
        List<String> adm1Fields = List.of(
                "Shape_Leng",
                "Shape_Area",
                "ADM1_EN",
                "ADM1_FR",
                "ADM1_PCODE",
                "ADM1_REF",
                "ADM0_EN",
                "ADM0_PCODE",
                "date",
                "validOn",
                "validTo");
        List<ShapefileZip.Feature> adm1 = new ArrayList<>();
        for (Unit u : ADM1) {
            adm1.add(new ShapefileZip.Feature(
                    List.of(
                            "4.0",
                            "1.0",
                            u.en(),
                            u.fr(),
                            u.pcode(),
                            u.en(),
                            "Quzland",
                            "QZ",
                            "2019-05-02",
                            "2024-01-15",
                            ""),
                    ShapefileZip.rings(ShapefileZip.square(u.west(), u.south(), u.size()))));
        }
        List<String> adm2Fields = List.of(
                "Shape_Leng",
                "Shape_Area",
                "ADM2_EN",
                "ADM2_FR",
                "ADM2_PCODE",
                "ADM2_REF",
                "ADM1_EN",
                "ADM1_PCODE",
                "ADM0_EN",
                "ADM0_PCODE",
                "date",
                "validOn",
                "validTo");
        List<ShapefileZip.Feature> adm2 = new ArrayList<>();
        for (Unit u : ADM2) {
            Unit p = ADM1.stream()
                    .filter(a -> a.pcode().equals(u.parent()))
                    .findFirst()
                    .orElseThrow();
            adm2.add(new ShapefileZip.Feature(
                    List.of(
                            "2.0",
                            "0.25",
                            u.en(),
                            u.fr(),
                            u.pcode(),
                            u.en(),
                            p.en(),
                            p.pcode(),
                            "Quzland",
                            "QZ",
                            "2019-05-02",
                            "2024-01-15",
                            ""),
                    ShapefileZip.rings(ShapefileZip.square(u.west(), u.south(), u.size()))));
        }
        List<ShapefileZip.Feature> points = new ArrayList<>();
        for (Unit u : ADM2) {
            points.add(new ShapefileZip.Feature(
                    List.of(u.en(), u.pcode(), "Quzland", "QZ"), ShapefileZip.rings(new double[][] {
                        {u.west() + 0.1, u.south() + 0.1}
                    })));
        }
        return new ShapefileZip()
                .polygons("qz_adm_2024_shp/qz_admbnda_adm1_2024", prj, StandardCharsets.UTF_8, adm1Fields, adm1)
                .polygons("qz_adm_2024_shp/qz_admbnda_adm2_2024", prj, StandardCharsets.UTF_8, adm2Fields, adm2)
                .points(
                        "qz_adm_2024_shp/qz_admbndp_admALL_2024",
                        List.of("ADM2_EN", "ADM2_PCODE", "ADM0_EN", "ADM0_PCODE"),
                        points)
                .zip();
    }

    /**
     * A CSV as COD-AB sets of 2015-2019 were converted from their shapefiles: attribute names cut to ten characters
     * ({@code admin1Pcod}, {@code admin1Name}, {@code admin1RefN}).
     */
    public static byte[] truncatedNamesCsv() {
        StringBuilder csv = new StringBuilder(
                "admin2Name,admin2Pcod,admin2RefN,admin1Name,admin1Pcod,admin1RefN,admin0Name,admin0Pcod,date,validOn,"
                        + "validTo\n");
        for (Unit u : ADM2) {
            Unit p = ADM1.stream()
                    .filter(a -> a.pcode().equals(u.parent()))
                    .findFirst()
                    .orElseThrow();
            csv.append(u.en())
                    .append(',')
                    .append(u.pcode())
                    .append(',')
                    .append(u.en())
                    .append(',')
                    .append(p.en())
                    .append(',')
                    .append(p.pcode())
                    .append(',')
                    .append(p.en())
                    .append(",Quzland,QZ,2017-03-01,2017-03-01,\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same cut names as properties of a GeoJSON FeatureCollection converted from the shapefile. */
    public static byte[] truncatedNamesGeoJson() {
        StringBuilder json =
                new StringBuilder("{\"type\":\"FeatureCollection\",\"name\":\"qz_admbnda_adm1\",\"features\":[");
        for (int i = 0; i < ADM1.size(); i++) {
            Unit u = ADM1.get(i);
            json.append(i == 0 ? "" : ",")
                    .append("{\"type\":\"Feature\",\"properties\":{\"admin1Name\":\"")
                    .append(u.en())
                    .append("\",\"admin1Pcod\":\"")
                    .append(u.pcode())
                    .append("\",\"admin1RefN\":\"")
                    .append(u.en())
                    .append(
                            "\",\"admin0Name\":\"Quzland\",\"admin0Pcod\":\"QZ\",\"Shape_Leng\":4.0,\"Shape_Area\":1.0},")
                    .append("\"geometry\":")
                    .append(polygon(u))
                    .append('}');
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The GeoJSON Polygon of a unit's square, counter-clockwise as RFC 7946 asks. */
    public static String polygon(Unit u) {
        double w = u.west();
        double s = u.south();
        double e = w + u.size();
        double n = s + u.size();
        return "{\"type\":\"Polygon\",\"coordinates\":[[[" + w + "," + s + "],[" + e + "," + s + "],[" + e + "," + n
                + "],[" + w + "," + n + "],[" + w + "," + s + "]]]}";
    }

    /** Age bands of COD-PS tables, five years wide up to 80 and over. */
    public static final List<String> BANDS = List.of(
            "00_04", "05_09", "10_14", "15_19", "20_24", "25_29", "30_34", "35_39", "40_44", "45_49", "50_54", "55_59",
            "60_64", "65_69", "70_74", "75_79", "80Plus");

    /**
     * A COD-PS table as OCHA publishes it ({@code qz_admpop_adm2_2024.csv}): the COD-AB columns of the level, then
     * F_TL, M_TL, T_TL and the age bands by sex (F_00_04 … F_80Plus, M_…, T_…), estimates with decimals; the year is in
     * the file name only. Each band of each district holds {@code perBand} women and as many men.
     */
    public static byte[] codPsCsv(double perBand) {
        StringBuilder csv =
                new StringBuilder("ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_PCODE,ADM2_EN,ADM2_PCODE,F_TL,M_TL,T_TL");
        for (String sex : List.of("F", "M", "T")) {
            BANDS.forEach(b -> csv.append(',').append(sex).append('_').append(b));
        }
        csv.append('\n');
        for (Unit u : ADM2) {
            Unit p = ADM1.stream()
                    .filter(a -> a.pcode().equals(u.parent()))
                    .findFirst()
                    .orElseThrow();
            double sexTotal = perBand * BANDS.size();
            csv.append("Quzland,QZ,")
                    .append(p.en())
                    .append(',')
                    .append(p.pcode())
                    .append(',')
                    .append(u.en())
                    .append(',')
                    .append(u.pcode())
                    .append(',')
                    .append(sexTotal)
                    .append(',')
                    .append(sexTotal)
                    .append(',')
                    .append(2 * sexTotal);
            for (String sex : List.of("F", "M", "T")) {
                BANDS.forEach(b -> csv.append(',').append(sex.equals("T") ? 2 * perBand : perBand));
            }
            csv.append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A COD-PS workbook with one sheet per level, a {@code Year} column, {@code Total} instead of T_TL, and bands by
     * sex only, spelled as some national offices export them ({@code f_0_4}, {@code m_15-19}, {@code f_80plus}).
     */
    public static byte[] codPsWorkbook(int year, long perBand) {
        List<String> bands = List.of("0_4", "5_9", "10_14", "15-19", "20_24", "25_59", "60plus");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet adm1 = workbook.createSheet("qz_pop_adm1");
            List<Object> header = new ArrayList<>(List.of("ADM0_PCODE", "ADM1_EN", "ADM1_PCODE", "Year", "Total"));
            bands.forEach(b -> header.add("f_" + b));
            bands.forEach(b -> header.add("m_" + b));
            row(adm1, 0, null, header.toArray());
            int r = 1;
            for (Unit u : ADM1) {
                List<Object> values =
                        new ArrayList<>(List.of("QZ", u.en(), u.pcode(), year, 2 * perBand * bands.size()));
                for (int i = 0; i < 2 * bands.size(); i++) {
                    values.add(perBand);
                }
                row(adm1, r++, null, values.toArray());
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, CellStyle dateStyle, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof LocalDate d) {
                row.createCell(i).setCellValue(d);
                row.getCell(i).setCellStyle(dateStyle);
            } else if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v != null && !v.toString().isEmpty()) {
                row.createCell(i).setCellValue(v.toString());
            }
        }
    }
}
