package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.parse;
import static org.harambee.geography.importing.ImportFixtures.problem;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GeoJsonFileTests {

    private static final String TWO_DISTRICTS = """
            {
              "type": "FeatureCollection",
              "name": "zz_admbnda_adm2",
              "features": [
                {
                  "type": "Feature",
                  "properties": { "ADM0_EN": "Zedland", "ADM0_PCODE": "ZZ", "ADM1_EN": "Northern",
                                  "ADM1_PCODE": "ZZ01", "ADM2_EN": "Bo Hills", "ADM2_PCODE": "ZZ0101" },
                  "geometry": { "type": "Polygon",
                                "coordinates": [ [ [ -11.5, 7.9 ], [ -11.4, 7.9 ], [ -11.4, 8.0 ], [ -11.5, 7.9 ] ] ] }
                },
                {
                  "type": "Feature",
                  "properties": { "ADM0_EN": "Zedland", "ADM0_PCODE": "ZZ", "ADM1_EN": "Northern",
                                  "ADM1_PCODE": "ZZ01", "ADM2_EN": "Kono Flats", "ADM2_PCODE": "ZZ0102" },
                  "geometry": { "type": "Point", "coordinates": [ -11.0, 8.6 ] }
                }
              ]
            }
            """;

    @Test
    void featurePropertiesAreReadLikeWideRowsWithTheFeatureIndexAsLine() {
        ParseResult result = parse("zz_adm2.geojson", TWO_DISTRICTS);

        assertNoProblems(result);
        assertThat(result.format()).isEqualTo("geojson");
        assertThat(result.units()).extracting(ParsedUnit::pcode).containsExactly("ZZ", "ZZ01", "ZZ0101", "ZZ0102");
        assertThat(unitOf(result, "ZZ0102").line()).isEqualTo(2);
        assertThat(unitOf(result, "ZZ0102").parentPcode()).isEqualTo("ZZ01");
        assertThat(unitOf(result, "ZZ0101").names()).isEqualTo(Map.of("en", "Bo Hills"));
    }

    @Test
    void geometryIsKeptAsCompactJsonOnTheDeepestUnitOnly() {
        ParseResult result = parse("zz_adm2.geojson", TWO_DISTRICTS);

        assertThat(result.geometry(unitOf(result, "ZZ0102")))
                .isEqualTo("{\"type\":\"Point\",\"coordinates\":[-11.0,8.6]}");
        assertThat(result.geometry(unitOf(result, "ZZ0101")))
                .startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[-11.5,");
        assertThat(unitOf(result, "ZZ01").geometry()).isNull();
        assertThat(unitOf(result, "ZZ").geometry()).isNull();
    }

    @Test
    void globalListPropertiesAndNumericValuesAreAccepted() {
        ParseResult result = parse("units.json", """
                {"features": [
                  {"type": "Feature", "geometry": null,
                   "properties": {"Admin Level": 1, "P-Code": "ZZ01", "Name": "Northern", "Parent P-Code": "ZZ",
                                  "population": 400000.0, "children": 180000}}
                ], "type": "FeatureCollection"}
                """);

        assertNoProblems(result);
        ParsedUnit northern = unitOf(result, "ZZ01");
        assertThat(northern.level()).isEqualTo(1);
        assertThat(northern.populationTotal()).isEqualTo(400_000L);
        assertThat(northern.populationChildren()).isEqualTo(180_000L);
        assertThat(northern.geometry()).isNull();
    }

    @Test
    void contentStartingWithABraceIsReadAsGeoJsonWhenTheNameSaysNothing() {
        assertThat(parse("upload", TWO_DISTRICTS).format()).isEqualTo("geojson");
        assertThat(parse(null, TWO_DISTRICTS).units()).hasSize(4);
    }

    @Test
    void invalidJsonIsReportedForTheFileWithTheParserLine() {
        ParseResult result = parse("zz.geojson", "{\n  \"type\": \"FeatureCollection\",\n  \"features\": [ ,\n");

        assertThat(result.problems()).singleElement().satisfies(found -> {
            assertThat(found.line()).isZero();
            assertThat(found.code()).isEqualTo("import.json.invalid");
            assertThat(found.args().get(0)).isEqualTo(3);
        });
    }

    @Test
    void jsonBeyondTheParserLimitsIsReportedWithoutALine() {
        String tooDeep = "{\"type\": \"FeatureCollection\", \"features\": [{\"properties\": {\"a\": " + "[".repeat(3000)
                + "]".repeat(3000) + "}}]}";

        assertThat(parse("zz.geojson", tooDeep).problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(0, "import.json.unreadable"));
    }

    @Test
    void anythingButAFeatureCollectionIsRejected() {
        assertThat(parse("zz.geojson", "{\"type\": \"Feature\", \"properties\": {}}")
                        .problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(0, "import.json.notFeatureCollection"));
        assertThat(parse("zz.geojson", "[1, 2]").problems())
                .extracting(ImportProblem::code)
                .containsExactly("import.json.notFeatureCollection");
    }

    @Test
    void featureWithoutPropertiesIsReportedByItsIndex() {
        ParseResult result = parse("zz.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"adm0_pcode": "ZZ", "adm0_name": "Zedland"}},
                  {"type": "Feature", "geometry": null}
                ]}
                """);

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(2, "import.feature.noProperties"));
    }

    @Test
    void featureThatIsNotAnObjectHasNoProperties() {
        ParseResult result = parse("zz.geojson", "{\"type\": \"FeatureCollection\", \"features\": [null, 7, []]}");

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(
                        problem(1, "import.feature.noProperties"),
                        problem(2, "import.feature.noProperties"),
                        problem(3, "import.feature.noProperties"));
    }

    @Test
    void unrecognisedPropertiesAreReportedOncePerSetOfNames() {
        ParseResult result = parse("zz.geojson", """
                {"type": "FeatureCollection", "features": [
                  {"type": "Feature", "properties": {"id": 1, "label": "North"}},
                  {"type": "Feature", "properties": {"id": 2, "label": "South"}}
                ]}
                """);

        assertThat(result.problems())
                .extracting(ImportProblem::line, ImportProblem::code)
                .containsExactly(problem(1, "import.header.unknown"));
    }

    @Test
    void featureCollectionWithoutFeaturesHoldsNoUnits() {
        ParseResult result = parse("zz.geojson", "{\"type\": \"FeatureCollection\", \"features\": []}");

        assertThat(result.problems()).extracting(ImportProblem::code).containsExactly("import.file.noRows");
    }
}
