package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** What anyone may reach without signing in, and the headers every page carries. */
@SpringBootTest
@AutoConfigureMockMvc
class PlatformIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void healthIsPublic() {
        assertThat(mvc.get().uri("/actuator/health"))
                .hasStatusOk()
                .bodyJson()
                .extractingPath("$.status")
                .isEqualTo("UP");
    }

    @Test
    void openApiDocumentDescribesTheUnitsApi() {
        assertThat(mvc.get().uri("/v3/api-docs"))
                .hasStatusOk()
                .bodyText()
                .contains("/api/v1/units", "/api/v1/units/imports");
    }

    @Test
    void loginPageIsPublicAndCarriesAStrictContentSecurityPolicy() {
        assertThat(mvc.get().uri("/login"))
                .hasStatusOk()
                .hasHeader("Content-Security-Policy", SecurityHeaders.CSP)
                .bodyText()
                .contains("name=\"_csrf\"");
    }

    @Test
    void loginPageSpeaksTheBrowsersLanguage() {
        assertThat(mvc.get().uri("/login").header("Accept-Language", "sw-KE,sw;q=0.9"))
                .bodyText()
                .contains("Nenosiri");
        assertThat(mvc.get().uri("/login").header("Accept-Language", "de-DE"))
                .bodyText()
                .contains("Password");
    }

    @Test
    void aLanguageHarambeeDoesNotSpeakIsIgnored() {
        assertThat(mvc.get().uri("/login?lang=de")).bodyText().contains("Password");
        assertThat(mvc.get().uri("/login?lang=fr")).bodyText().contains("Mot de passe");
    }

    @Test
    void webJarsAreServed() {
        assertThat(mvc.get().uri("/webjars/htmx.org/dist/htmx.min.js")).hasStatusOk();
        assertThat(mvc.get().uri("/webjars/leaflet/dist/leaflet.js")).hasStatusOk();
    }

    @Test
    void anUnknownPageAsksToSignInFirst() {
        assertThat(mvc.get().uri("/no-such-page")).hasStatus(HttpStatus.FOUND);
    }
}
