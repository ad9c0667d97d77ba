package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.ImportJobsAwait.importFile;

import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJob.Status;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The formats OCHA distributes COD-AB in, imported end to end: Excel workbooks, zipped shapefiles, cut field names. */
@SpringBootTest
class OchaFormatsImportIntegrationTests {

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
    void aWorkbookWithASheetPerLevelImportsTheHierarchy() {
        ImportJob job = importFile(jobs, "qz_adminboundaries_tabulardata.xlsx", OchaFiles.codAbWorkbook());

        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(job.format()).isEqualTo("xlsx");
        assertThat(job.created()).isEqualTo(6);
        assertThat(geography.get("QZ0102", "fr").name()).isEqualTo("Bouleau");
        assertThat(geography.get("QZ0102", "en").parentPcode()).isEqualTo("QZ01");
    }

    @Test
    void aZippedShapefileImportsUnitsWithTheirBoundaries() {
        ImportJob job = importFile(jobs, "qz_adm_2024_shp.zip", OchaFiles.codAbShapefiles(ShapefileZip.WGS84_PRJ));

        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(job.created()).isEqualTo(6);
        UnitView cedar = geography.get("QZ0201", "en");
        assertThat(cedar.hasGeometry()).isTrue();
        assertThat(geography.fullBoundary(cedar))
                .hasValueSatisfying(g -> assertThat(g).contains("[11.0,1.0]"));
        assertThat(geography.childBoundaries(geography.get("QZ02", "en"), "en"))
                .extracting(e -> e.getKey().pcode())
                .containsExactly("QZ0201");
    }

    @Test
    void aShapefileInAProjectedSystemIsRefusedAndWritesNothing() {
        ImportJob job = importFile(jobs, "qz_utm.zip", OchaFiles.codAbShapefiles(ShapefileZip.UTM_PRJ));

        assertThat(job.status()).isEqualTo(Status.REJECTED);
        assertThat(job.problems()).first().satisfies(p -> {
            assertThat(p.sheet()).isEqualTo("qz_admbnda_adm1_2024");
            assertThat(p.message()).contains("WGS_1984_UTM_Zone_29N", "WGS 84");
        });
        assertThat(GeographyTables.units(jdbc)).isZero();
    }

    @Test
    void aCsvWithFieldNamesCutToTenCharactersIsImported() {
        ImportJob job = importFile(jobs, "qz_admin2_2017.csv", OchaFiles.truncatedNamesCsv());

        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(job.created()).isEqualTo(6);
        assertThat(geography.get("QZ0201", "en").name()).isEqualTo("Cedar");
    }
}
