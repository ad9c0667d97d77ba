package org.harambee.geography.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.importing.ImportFixtures.assertNoProblems;
import static org.harambee.geography.importing.ImportFixtures.unitOf;

import java.util.Map;
import org.harambee.geography.OchaFiles;
import org.junit.jupiter.api.Test;

/**
 * COD-AB sets of 2015-2019, and the GeoJSON converted from their shapefiles, carry attribute names cut to ten
 * characters ({@code admin1Pcod}, {@code admin1Name}, {@code admin1RefN}); they were refused as unknown columns.
 */
class TruncatedFieldNameTests {

    @Test
    void aCsvWithCutNamesGivesItsUnits() {
        ParseResult result = new UnitFileParser().parse("qz_admin2_2017.csv", OchaFiles.truncatedNamesCsv());

        assertNoProblems(result);
        assertThat(result.units()).hasSize(1 + 2 + 3);
        assertThat(unitOf(result, "QZ0102").parentPcode()).isEqualTo("QZ01");
        assertThat(unitOf(result, "QZ0102").names()).isEqualTo(Map.of("und", "Birch"));
    }

    @Test
    void geoJsonConvertedFromSuchAShapefileGivesItsUnitsAndBoundaries() {
        ParseResult result = new UnitFileParser().parse("qz_admbnda_adm1.geojson", OchaFiles.truncatedNamesGeoJson());

        assertNoProblems(result);
        assertThat(result.units()).extracting(ParsedUnit::pcode).containsExactly("QZ", "QZ01", "QZ02");
        assertThat(result.geometry(unitOf(result, "QZ02"))).contains("Polygon");
    }
}
