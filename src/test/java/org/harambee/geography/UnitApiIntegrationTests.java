package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.time.Duration;
import org.harambee.geography.importing.ImportJobs;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The geography REST API end to end through the security filters: import, follow, browse, and every error shape. */
@SpringBootTest
@AutoConfigureMockMvc
class UnitApiIntegrationTests {

    static final String ADMIN_PASSWORD = "synthetic-admin-pass-2026";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ImportJobs jobs;

    @Autowired
    PasswordEncoder encoder;

    @BeforeEach
    void emptyTables() {
        GeographyTables.clear(jdbc);
    }

    @Test
    void importAnswers202WithTheJobAndTheUnitsCanThenBeRead() throws Exception {
        MvcTestResult submitted = mvc.post()
                .uri("/api/v1/units/imports")
                .multipart()
                .file(new MockMultipartFile("file", "quzland.csv", "text/csv", BoundaryFiles.quzlandCsv()))
                .with(httpBasic("admin", ADMIN_PASSWORD))
                .exchange();
        assertThat(submitted).hasStatus(HttpStatus.ACCEPTED);
        assertThat(submitted)
                .headers()
                .hasHeaderSatisfying(
                        "Location",
                        v -> assertThat(v).singleElement().asString().startsWith("/api/v1/units/imports/"));
        String location = submitted.getResponse().getHeader("Location");

        awaitStatus(location, "SUCCEEDED");

        assertThat(mvc.get().uri("/api/v1/units/QZ0101").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.unit.pcode").isEqualTo("QZ0101");
                    assertThat(json)
                            .extractingPath("$.ancestors[*].pcode")
                            .asArray()
                            .containsExactly("QZ", "QZ01");
                });
        assertThat(mvc.get().uri("/api/v1/units?parent=QZ&size=1").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatusOk()
                .bodyJson()
                .satisfies(json -> {
                    assertThat(json).extractingPath("$.totalItems").isEqualTo(2);
                    assertThat(json).extractingPath("$.items[0].pcode").isEqualTo("QZ01");
                    assertThat(json).extractingPath("$.items[0].childCount").isEqualTo(2);
                });
        assertThat(mvc.get().uri("/api/v1/units?parent=QZ&level=3").with(httpBasic("admin", ADMIN_PASSWORD)))
                .bodyJson()
                .extractingPath("$.totalItems")
                .isEqualTo(4);
    }

    @Test
    void namesFollowTheLanguageAsked() {
        ImportJobsAwait.importFile(jobs, "quzland.csv", BoundaryFiles.quzlandCsv());

        assertThat(mvc.get()
                        .uri("/api/v1/units/QZ01")
                        .header("Accept-Language", "fr")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .bodyJson()
                .extractingPath("$.unit.name")
                .isEqualTo("Province des Collines");
    }

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() {
        assertThat(mvc.get().uri("/api/v1/units"))
                .hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo(401);
    }

    @Test
    void aWrongPasswordIsRefused() {
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("admin", "not-the-password")))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void onlyAdministratorsMayImport() {
        createUser("reader", "synthetic-reader-pass-1");

        assertThat(mvc.post()
                        .uri("/api/v1/units/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "quzland.csv", "text/csv", BoundaryFiles.quzlandCsv()))
                        .with(httpBasic("reader", "synthetic-reader-pass-1")))
                .hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/units").with(httpBasic("reader", "synthetic-reader-pass-1")))
                .hasStatusOk();
        assertThat(GeographyTables.units(jdbc)).isZero();
    }

    @Test
    void anEmptyOrWrongFileIsRefusedWithAFieldError() {
        assertThat(mvc.post()
                        .uri("/api/v1/units/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "empty.csv", "text/csv", new byte[0]))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("file");
        assertThat(mvc.post()
                        .uri("/api/v1/units/imports")
                        .multipart()
                        .file(new MockMultipartFile(
                                "file", "boundaries.shp", "application/octet-stream", new byte[] {1}))
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownUnitIs404AsAProblem() {
        assertThat(mvc.get().uri("/api/v1/units/QZ99").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson()
                .extractingPath("$.detail")
                .asString()
                .contains("QZ99");
    }

    @Test
    void aBadParameterIs400AsAProblem() {
        assertThat(mvc.get().uri("/api/v1/units?level=two").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("level");
    }

    @Test
    void anUnknownPathOrMethodIsAProblemToo() {
        assertThat(mvc.get().uri("/api/v1/no-such-thing").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.delete().uri("/api/v1/units").with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.METHOD_NOT_ALLOWED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anUnknownImportJobIs404() {
        assertThat(mvc.get()
                        .uri("/api/v1/units/imports/0190d1e2-0000-7000-8000-000000000000")
                        .with(httpBasic("admin", ADMIN_PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private void awaitStatus(String location, String status) {
        await("job at " + location + " reaches " + status)
                .atMost(Duration.ofMinutes(1))
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> mvc.get()
                                .uri(location)
                                .with(httpBasic("admin", ADMIN_PASSWORD))
                                .exchange()
                                .getResponse()
                                .getContentAsString(),
                        body -> body.contains("\"status\":\"" + status + "\""));
    }

    private void createUser(String username, String password) {
        java.util.UUID id = java.util.UUID.randomUUID();
        jdbc.sql("delete from access_user where username = ?").param(username).update();
        jdbc.sql("insert into access_user (id, username, password_hash, display_name, enabled, created_at)"
                        + " values (?, ?, ?, 'Synthetic Reader', true, current_timestamp)")
                .params(id, username, encoder.encode(password))
                .update();
    }
}
