package org.harambee.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.harambee.access.Role;
import org.harambee.access.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The offline app's shell for a facilitator, in their language; a clear message for anyone else; the manifest, and the
 * service worker allowed to control {@code /app} itself.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AppPagesIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aFacilitatorGetsTheShellInTheirLanguage() throws Exception {
        MvcTestResult page = mvc.get()
                .uri("/app?lang=sw")
                .with(TestAccounts.as("fatmata", Role.COMMUNITY_FACILITATOR))
                .exchange();

        assertThat(page).hasStatusOk();
        String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html)
                .contains("Programu ya uwandani ya Harambee", "Sawazisha sasa", "/app/manifest.webmanifest")
                .contains("<script type=\"module\" src=\"/app/app.js\"></script>")
                .doesNotContain("<script>");
    }

    @Test
    void anyoneElseIsToldTheAppIsForFacilitators() throws Exception {
        MvcTestResult page = mvc.get()
                .uri("/app")
                .header("Accept-Language", "en")
                .with(TestAccounts.as("amber-coordinator", Role.DISTRICT_COORDINATOR))
                .exchange();

        assertThat(page).hasStatus(403);
        assertThat(page.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("This app is for community facilitators");
        assertThat(mvc.get().uri("/app").exchange()).hasStatus3xxRedirection();
    }

    @Test
    void theManifestAndTheServiceWorkerAreServedForTheAppsScope() throws Exception {
        MvcTestResult manifest = mvc.get().uri("/app/manifest.webmanifest").exchange();
        assertThat(manifest).hasStatusOk().hasContentType("application/manifest+json");
        assertThat(manifest)
                .bodyJson()
                .hasPathSatisfying("$.start_url", v -> v.assertThat().isEqualTo("/app"))
                .hasPathSatisfying("$.display", v -> v.assertThat().isEqualTo("standalone"));

        MvcTestResult worker = mvc.get()
                .uri("/app/sw.js")
                .with(TestAccounts.as("fatmata", Role.COMMUNITY_FACILITATOR))
                .exchange();
        assertThat(worker).hasStatusOk().hasHeader("Service-Worker-Allowed", "/app");
        assertThat(worker.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("harambee-app-v1");
        assertThat(mvc.get().uri("/app/app.js").exchange()).hasStatusOk();
    }
}
