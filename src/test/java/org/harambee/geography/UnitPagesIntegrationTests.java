package org.harambee.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.web.MockMultipartFile;

/** The geography pages as a signed-in user sees them, in three languages, with htmx partials and form errors. */
class UnitPagesIntegrationTests extends QuzlandWebTests {

    @Test
    void pagesNeedASignedInUser() {
        assertThat(mvc.get().uri("/units")).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/login");
    }

    @Test
    void unitPageShowsBreadcrumbChildrenAndMap() {
        assertThat(mvc.get().uri("/units/QZ0101").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatusOk()
                .bodyText()
                .contains("Hill Province", "Amber North", "QZ010102", "/units/QZ0101/map.json");
    }

    @Test
    void searchAnswersAnHtmxPartial() {
        assertThat(mvc.get()
                        .uri("/units/QZ?q=cedar")
                        .header("HX-Request", "true")
                        .with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatusOk()
                .bodyText()
                .contains("Cedar East")
                .doesNotContain("<html", "Amber");
    }

    @Test
    void mapDataIsGeoJson() {
        assertThat(mvc.get().uri("/units/QZ/map.json").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.type")
                .isEqualTo("FeatureCollection");
    }

    @Test
    void pagesSpeakSwahiliAndFrench() {
        assertThat(mvc.get().uri("/units?lang=sw").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .bodyText()
                .contains("Maeneo", "Tafuta");
        assertThat(mvc.get().uri("/units/QZ01?lang=fr").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .bodyText()
                .contains("Province des Collines", "Rechercher");
    }

    @Test
    void anUnknownUnitShowsAFriendlyNotFoundPage() {
        assertThat(mvc.get().uri("/units/QZ77").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void importPageIsForAdministratorsOnly() {
        assertThat(mvc.get().uri("/imports").with(TestAccounts.as("reader", Role.RESEARCHER)))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/imports").with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("quzland.csv");
    }

    @Test
    void importFormWithoutAFileShowsAFieldError() {
        assertThat(mvc.post()
                        .uri("/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "", "text/csv", new byte[0]))
                        .with(TestAccounts.administrator())
                        .with(csrf()))
                .hasStatusOk()
                .bodyText()
                .contains("Choose a file to import.");
    }

    @Test
    void importFormWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post()
                        .uri("/imports")
                        .multipart()
                        .file(new MockMultipartFile("file", "q.csv", "text/csv", BoundaryFiles.quzlandCsv()))
                        .with(TestAccounts.administrator()))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void importFormQueuesTheFileAndShowsItsJob() {
        var result = mvc.post()
                .uri("/imports")
                .multipart()
                .file(new MockMultipartFile("file", "quzland.csv", "text/csv", BoundaryFiles.quzlandCsv()))
                .with(TestAccounts.administrator())
                .with(csrf())
                .exchange();
        assertThat(result).hasStatus(HttpStatus.FOUND);
        String job = result.getResponse().getRedirectedUrl();
        assertThat(job).startsWith("/imports/");
        assertThat(mvc.get().uri(job).with(TestAccounts.administrator()))
                .hasStatusOk()
                .bodyText()
                .contains("quzland.csv");
    }
}
