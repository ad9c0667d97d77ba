package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.harambee.geography.ImportJobsAwait.importFile;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.ByteArrayInputStream;
import java.util.UUID;
import org.harambee.access.TestAccounts;
import org.harambee.geography.importing.ImportJob;
import org.harambee.geography.importing.ImportJob.Status;
import org.harambee.geography.importing.ImportJobs;
import org.harambee.geography.importing.ImportKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Population-only imports (COD-PS) through the API and the import page: figures and reference year land on the
 * stored units, the hierarchy stays as it was, an unknown P-code writes nothing, and the submission is audited.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PopulationImportIntegrationTests {

    @Autowired
    ImportJobs jobs;

    @Autowired
    Geography geography;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvcTester mvc;

    @BeforeEach
    void importQuzland() {
        GeographyTables.clear(jdbc);
        importFile(jobs, "qz_adminboundaries_tabulardata.xlsx", OchaFiles.codAbWorkbook());
    }

    @Test
    void aCodPsTablePostedToTheApiSetsPopulationChildrenAndYear() {
        String hierarchyBefore = hierarchy();

        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/units/imports")
                .multipart()
                .file(new MockMultipartFile("file", "qz_admpop_adm2_2024.csv", "text/csv", OchaFiles.codPsCsv(100.5)))
                .param("kind", "POPULATION")
                .with(httpBasic("admin", UnitApiIntegrationTests.ADMIN_PASSWORD))
                .exchange();

        assertThat(submitted)
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.kind")
                .isEqualTo("POPULATION");
        ImportJob job = awaitFinished(submitted.getResponse().getHeader("Location"));
        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(job.updated()).isEqualTo(3);
        UnitView amber = geography.get("QZ0101", "en");
        assertThat(amber.populationTotal()).isEqualTo(3417L);
        assertThat(amber.populationChildren()).isEqualTo(724L);
        assertThat(amber.populationYear()).isEqualTo(2024);
        assertThat(hierarchy()).isEqualTo(hierarchyBefore);
        assertThat(jdbc.sql("select count(*) from access_audit where action = 'IMPORT_SUBMITTED' and detail like"
                                + " 'POPULATION %'")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    @Test
    void theSameFiguresAgainChangeNothing() {
        submit("qz_admpop_adm2_2024.csv", OchaFiles.codPsCsv(100.5));

        ImportJob again = submit("qz_admpop_adm2_2024.csv", OchaFiles.codPsCsv(100.5));

        assertThat(again.updated()).isZero();
        assertThat(again.unchanged()).isEqualTo(3);
    }

    @Test
    void anUnknownPcodeIsReportedOnItsLineAndNothingIsWritten() {
        String csv = "ADM1_PCODE,T_TL,F_TL,M_TL\nQZ01,1000,500,500\nQZ09,2000,1000,1000\n";

        ImportJob job = submit("qz_admpop_adm1_2024.csv", csv.getBytes());

        assertThat(job.status()).isEqualTo(Status.REJECTED);
        assertThat(job.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("QZ09");
        });
        assertThat(geography.get("QZ01", "en").populationTotal()).isNull();
    }

    @Test
    void theImportPageOffersTheKindAndQueuesAPopulationFile() {
        assertThat(mvc.get().uri("/imports").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("name=\"kind\"", "value=\"POPULATION\"");

        MvcTestResult posted = mvc.post()
                .uri("/imports")
                .multipart()
                .file(new MockMultipartFile(
                        "file", "qz_population.xlsx", "application/octet-stream", OchaFiles.codPsWorkbook(2023, 50)))
                .param("kind", "POPULATION")
                .with(TestAccounts.administrator())
                .with(csrf())
                .exchange();

        assertThat(posted).hasStatus(HttpStatus.FOUND);
        String location = posted.getResponse().getRedirectedUrl();
        ImportJob job =
                ImportJobsAwait.finished(jobs, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
        assertThat(job.status()).isEqualTo(Status.SUCCEEDED);
        assertThat(geography.get("QZ02", "en").populationChildren()).isEqualTo(360L);
        assertThat(geography.get("QZ02", "en").populationYear()).isEqualTo(2023);
    }

    private ImportJob submit(String name, byte[] content) {
        return ImportJobsAwait.finished(
                jobs, jobs.submit(name, new ByteArrayInputStream(content), "admin", ImportKind.POPULATION));
    }

    private ImportJob awaitFinished(String location) {
        return ImportJobsAwait.finished(jobs, UUID.fromString(location.substring(location.lastIndexOf('/') + 1)));
    }

    private String hierarchy() {
        return String.join(
                "\n",
                jdbc.sql("select pcode || '|' || path || '|' || name from geo_unit order by pcode")
                        .query(String.class)
                        .list());
    }
}
