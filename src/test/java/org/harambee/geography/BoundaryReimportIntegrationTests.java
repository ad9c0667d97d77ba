package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.ImportJobsAwait.importFile;

import java.util.List;
import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJob.Status;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Re-importing what is stored: the same boundaries change nothing (they were all counted as updated and rewritten),
 * and a name changed only in a second language is a change, kept in the history (it was counted as unchanged).
 */
@SpringBootTest
class BoundaryReimportIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    Geography geography;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void emptyTables() {
        GeographyTables.clear(jdbc);
    }

    @Test
    void theSameGeoJsonImportedAgainIsUnchangedAndRewritesNoBoundary() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());
        importFile(jobs, "dunes.geojson", BoundaryFiles.quzlandGeoJson());
        List<String> before = versions();

        ImportJob again = importFile(jobs, "dunes.geojson", BoundaryFiles.quzlandGeoJson());

        assertThat(again.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void theSameGeoJsonWithCutFieldNamesImportedAgainIsUnchanged() {
        importFile(jobs, "qz_admbnda_adm1.geojson", OchaFiles.truncatedNamesGeoJson());
        List<String> before = versions();

        ImportJob again = importFile(jobs, "qz_admbnda_adm1.geojson", OchaFiles.truncatedNamesGeoJson());

        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
        assertThat(versions()).isEqualTo(before);
    }

    @Test
    void theSameBoundariesFromAShapefileAfterGeoJsonAreUnchanged() {
        importFile(jobs, "qz_admbnda_adm1.geojson", OchaFiles.truncatedNamesGeoJson());
        String hill = geography.boundary(geography.get("QZ01", "en")).orElseThrow();

        ImportJob shapes = importFile(jobs, "qz_adm_2024_shp.zip", OchaFiles.codAbShapefiles(ShapefileZip.WGS84_PRJ));

        assertThat(shapes.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(geography.boundary(geography.get("QZ01", "en"))).contains(hill);
        assertThat(jdbc.sql("select version from geo_unit where pcode = 'QZ01'")
                        .query(Integer.class)
                        .single())
                .as("the ring is clockwise in the shapefile and counter-clockwise in the GeoJSON: the same shape")
                .isOne();
    }

    @Test
    void aNameChangedOnlyInFrenchIsCountedAndKeptInTheHistory() {
        importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        ImportJob renamed = importFile(jobs, "quzland-fr.csv", BoundaryFiles.utf8("""
                ADM0_EN,ADM0_PCODE,ADM1_EN,ADM1_FR,ADM1_PCODE
                Quzland,QZ,Hill Province,Province des Hauteurs,QZ01
                """));

        assertThat(renamed.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(renamed.updated()).isEqualTo(1);
        assertThat(renamed.unchanged()).isEqualTo(1);
        UnitView hill = geography.get("QZ01", "fr");
        assertThat(hill.name()).isEqualTo("Province des Hauteurs");
        assertThat(geography.history(hill)).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo("RENAMED");
            assertThat(change.oldName()).isEqualTo("Province des Collines");
            assertThat(change.language()).isEqualTo("fr");
        });
    }

    private List<String> versions() {
        return jdbc.sql("select pcode || ':' || version || ':' || updated_at from geo_unit order by pcode")
                .query(String.class)
                .list();
    }
}
