package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/** The fonts of printable documents: the scripts they print, embedded as subsets. */
class PdfDocumentsTests {

    private final PdfDocuments documents = new PdfDocuments(
            templates(), new Languages(List.of("en"), Set.of("ar"), new MockEnvironment()), new DeploymentZone("UTC"));

    @Test
    void devanagariIsPrintedInTheEmbeddedNotoFont() {
        byte[] pdf = documents.render(
                "documents/script-sample",
                Map.of(
                        "title", "Child protection committee",
                        "lines", List.of("बाल संरक्षण समिति", "अमर नगर, 2026"),
                        "bold", "बैठक"),
                Locale.forLanguageTag("hi"));
        // letters without conjuncts or a short i read back as typed; the others are drawn in their joined, reordered
        // form, which text extraction does not map back (docs/documents.md)
        assertThat(PdfText.of(pdf)).contains("Child protection committee", "बाल", "अमर नगर, 2026", "बैठक");
        assertThat(PdfText.fonts(pdf))
                .anyMatch(f -> f.endsWith("+NotoSansDevanagari-Regular"))
                .anyMatch(f -> f.endsWith("+NotoSansDevanagari-Bold"))
                .anyMatch(f -> f.endsWith("+DejaVuSans-Bold"));
    }

    @Test
    void aDocumentWithoutDevanagariDoesNotEmbedItsFont() {
        byte[] pdf = documents.render(
                "documents/script-sample",
                Map.of("title", "Comité de protection", "lines", List.of("Kamati ya ulinzi wa mtoto"), "bold", "Été"),
                Locale.FRENCH);
        assertThat(PdfText.of(pdf)).contains("Comité de protection", "Kamati ya ulinzi wa mtoto", "Été");
        assertThat(PdfText.fonts(pdf)).noneMatch(f -> f.contains("Devanagari"));
        assertThat(pdf.length).isLessThan(40 * 1024);
    }

    private static SpringTemplateEngine templates() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
