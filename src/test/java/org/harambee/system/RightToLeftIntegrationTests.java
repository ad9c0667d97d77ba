package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A language added by configuration alone (Arabic, test-only: src/test/resources/messages_ar.properties) is offered
 * by the switcher and turns the page right to left.
 */
@SpringBootTest(properties = "harambee.languages=en,fr,sw,ar")
@AutoConfigureMockMvc
class RightToLeftIntegrationTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PdfDocuments documents;

    @Test
    void aRightToLeftLanguageTurnsThePageRightToLeft() {
        assertThat(page("/login?lang=ar", "en")).contains("lang=\"ar\" dir=\"rtl\"", "<title>تسجيل الدخول</title>");
    }

    @Test
    void theBrowsersRightToLeftLanguageIsTakenWhenConfigured() {
        assertThat(page("/login", "ar-EG,ar;q=0.9")).contains("lang=\"ar\" dir=\"rtl\"");
    }

    @Test
    void theSwitcherOffersEveryConfiguredLanguageInItsOwnNameAndDirection() {
        assertThat(page("/login?lang=sw", "en"))
                .contains(
                        "lang=\"sw\" dir=\"ltr\"",
                        "hreflang=\"fr\" dir=\"ltr\">Français</a>",
                        "hreflang=\"ar\" dir=\"rtl\">العربية</a>");
    }

    @Test
    void aPrintableDocumentIsLaidOutRightToLeftWithItsScriptEmbedded() {
        byte[] pdf =
                documents.render("documents/test-direction", java.util.Map.of(), java.util.Locale.forLanguageTag("ar"));
        String text = PdfText.of(pdf);
        assertThat(text).contains("rtl");
        // the Arabic letters are in the font and come back as text, whichever order the extraction gives them
        assertThat(text.chars().filter(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.ARABIC))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(PdfText.of(documents.render(
                        "documents/test-direction", java.util.Map.of(), java.util.Locale.forLanguageTag("fr"))))
                .contains("ltr", "Imprimé le");
    }

    /** The page with its white space run together, so that attributes on two lines read as one. */
    private String page(String uri, String acceptLanguage) {
        MvcTestResult result =
                mvc.get().uri(uri).header("Accept-Language", acceptLanguage).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
    }
}
