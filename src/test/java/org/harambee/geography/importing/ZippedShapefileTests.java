package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.harambee.geography.OchaFiles;
import org.harambee.geography.ShapefileZip;
import org.junit.jupiter.api.Test;

/** Zipped shapefiles as HDX serves COD-AB: a layer per level with .shp, .shx, .dbf, .prj and .cpg. */
class ZippedShapefileTests {

    @Test
    void polygonLayersGiveTheUnitsWithTheirBoundariesAndPointLayersAreLeftAside() {
        try (ParseResult result =
                new UnitFileParser().parse("qz_adm_2024_shp.zip", OchaFiles.codAbShapefiles(ShapefileZip.WGS84_PRJ))) {

            assertNoProblems(result);
            assertThat(result.format()).isEqualTo("shapefile");
            assertThat(result.units())
                    .extracting(ParsedUnit::pcode)
                    .containsExactlyInAnyOrder("QZ", "QZ01", "QZ02", "QZ0101", "QZ0102", "QZ0201");
            ParsedUnit cedar = unitOf(result, "QZ0201");
            assertThat(cedar.names()).isEqualTo(Map.of("en", "Cedar", "fr", "Cèdre"));
            assertThat(cedar.validFrom()).as("a dBASE date field").hasToString("2024-01-15");
            assertThat(result.geometry(cedar)).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[11.0,1.0],");
            assertThat(result.geometry(unitOf(result, "QZ"))).isNull();
        }
    }

    @Test
    void aLayerInAProjectedSystemIsRefusedWithTheSystemsName() {
        ParseResult result = new UnitFileParser().parse("qz.zip", OchaFiles.codAbShapefiles(ShapefileZip.UTM_PRJ));

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsOnly(Tuple.tuple(0, "import.projection.unsupported"));
        assertThat(result.problems().get(0).args()).containsExactly("WGS_1984_UTM_Zone_29N");
        assertThat(result.problems().get(0).sheet()).isEqualTo("qz_admbnda_adm1_2024");
    }

    @Test
    void withoutAPrjFileCoordinatesOutsideLongitudeAndLatitudeAreRefused() {
        byte[] zip = new ShapefileZip()
                .polygons(
                        "qz_admbnda_adm1",
                        null,
                        Charset.forName("UTF-8"),
                        List.of("ADM1_EN", "ADM1_PCODE", "ADM0_EN", "ADM0_PCODE"),
                        List.of(new ShapefileZip.Feature(
                                List.of("Hill", "QZ01", "Quzland", "QZ"),
                                ShapefileZip.rings(ShapefileZip.square(612_000, 950_000, 1000)))))
                .zip();

        ParseResult result = new UnitFileParser().parse("qz.zip", zip);

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(Tuple.tuple(1, "import.geometry.notLonLat"));
    }

    @Test
    void theCpgFileGivesTheEncodingOfTheAttributes() {
        byte[] zip = new ShapefileZip()
                .polygons(
                        "qz_admbnda_adm1",
                        ShapefileZip.WGS84_PRJ,
                        Charset.forName("windows-1252"),
                        List.of("ADM1_FR", "ADM1_PCODE", "ADM0_FR", "ADM0_PCODE"),
                        List.of(new ShapefileZip.Feature(
                                List.of("Région des Collines", "QZ01", "Quzlande", "QZ"),
                                ShapefileZip.rings(ShapefileZip.square(10, 1, 1)))))
                .zip();

        ParseResult result = new UnitFileParser().parse("qz.zip", zip);

        assertNoProblems(result);
        assertThat(unitOf(result, "QZ01").names()).isEqualTo(Map.of("fr", "Région des Collines"));
    }

    @Test
    void aSelfIntersectingBoundaryIsRefusedOnItsRecordWithTheReason() {
        double[][] bowtie = {{10, 1}, {11, 2}, {11, 1}, {10, 2}, {10, 1}};
        byte[] zip = new ShapefileZip()
                .polygons(
                        "qz_admbnda_adm1",
                        ShapefileZip.WGS84_PRJ,
                        Charset.forName("UTF-8"),
                        List.of("ADM1_EN", "ADM1_PCODE", "ADM0_EN", "ADM0_PCODE"),
                        List.of(
                                new ShapefileZip.Feature(
                                        List.of("Hill", "QZ01", "Quzland", "QZ"),
                                        ShapefileZip.rings(ShapefileZip.square(10, 1, 1))),
                                new ShapefileZip.Feature(
                                        List.of("Lake", "QZ02", "Quzland", "QZ"), ShapefileZip.rings(bowtie))))
                .zip();

        ParseResult result = new UnitFileParser().parse("qz.zip", zip);

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(Tuple.tuple(2, "import.geometry.invalid"));
        assertThat(result.problems().get(0).args()).first().isEqualTo(ImportCodes.REASON_SELF_INTERSECTION);
    }

    @Test
    void anArchiveWithoutAShapefileIsRefused() {
        ParseResult result = new UnitFileParser().parse("qz.zip", new ShapefileZip().zip());

        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("import.shapefile.none");
    }
}
