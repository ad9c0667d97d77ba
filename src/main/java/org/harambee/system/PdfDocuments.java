package org.harambee.system;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.TextDirection;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.w3c.dom.Element;

/**
 * Printable documents: a Thymeleaf template (well-formed XHTML under {@code templates/documents/}) rendered in the
 * reader's language and laid out as a PDF with embedded, subset fonts (DejaVu Sans, and Noto Sans Devanagari for the
 * characters DejaVu lacks), so that accents and other scripts print as they read and a document stays small
 * (decision 0035). The template receives {@code lang}, {@code dir} ({@code ltr} or {@code rtl}), {@code dates} (a
 * {@link Dates} for the reader's language) and {@code today} beside the model; a model entry {@value #DRAWINGS} maps
 * names to the {@link PdfDrawing}s its {@code <object>} elements place.
 */
@Component
public class PdfDocuments {

    public static final MediaType PDF = MediaType.APPLICATION_PDF;

    /** The model entry holding the document's drawings by name: a {@code Map<String, PdfDrawing>}. */
    public static final String DRAWINGS = "drawings";

    /** The {@code type} of an {@code <object>} that places a drawing. */
    static final String DRAWING_TYPE = "application/x-harambee-drawing";

    private static final String FAMILY = "DejaVu Sans";

    /** Devanagari, which DejaVu has not: the templates name it after DejaVu, so it serves only what DejaVu lacks. */
    private static final String DEVANAGARI = "Noto Sans Devanagari";

    /** Dates written as the reader's language writes them ("7 décembre 2026", "7 Desemba 2026"). */
    public record Dates(Locale locale) {
        public String format(LocalDate date) {
            return date == null
                    ? ""
                    : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                            .withLocale(locale)
                            .format(date);
        }
    }

    private final ITemplateEngine templates;
    private final Languages languages;
    private final DeploymentZone zone;

    static {
        XRLog.setLoggerImpl(new PdfLogging());
    }

    PdfDocuments(ITemplateEngine templates, Languages languages, DeploymentZone zone) {
        this.templates = templates;
        this.languages = languages;
        this.zone = zone;
    }

    /** The document as PDF bytes. */
    public byte[] render(String template, Map<String, ?> model, Locale locale) {
        Map<String, Object> variables = new HashMap<>(model);
        String direction = languages.direction(locale);
        variables.put("lang", locale.toLanguageTag());
        variables.put("dir", direction);
        variables.put("dates", new Dates(locale));
        variables.put("today", zone.today());
        String html = templates.process(template, new Context(locale, variables));
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(() -> font("DejaVuSans.ttf"), FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("DejaVuSans-Bold.ttf"), FAMILY, 700, FontStyle.NORMAL, true);
            builder.useFont(() -> font("NotoSansDevanagari-Regular.ttf"), DEVANAGARI, 400, FontStyle.NORMAL, true);
            builder.useFont(() -> font("NotoSansDevanagari-Bold.ttf"), DEVANAGARI, 700, FontStyle.NORMAL, true);
            builder.useObjectDrawerFactory(new Drawings(model.get(DRAWINGS)));
            builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
            builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
            builder.defaultTextDirection("rtl".equals(direction) ? TextDirection.RTL : TextDirection.LTR);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The document as a download named {@code filename} (ASCII letters, digits and dashes are kept), never cached:
     * what it shows is as restricted as the page it comes from.
     */
    public ResponseEntity<byte[]> response(String template, Map<String, ?> model, Locale locale, String filename) {
        byte[] pdf = render(template, model, locale);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(PDF);
        headers.setContentDisposition(ContentDisposition.attachment()
                .filename(safe(filename) + ".pdf", StandardCharsets.UTF_8)
                .build());
        headers.setCacheControl("no-store");
        return ResponseEntity.ok().headers(headers).body(pdf);
    }

    /** Finds the drawing an {@code <object>} names in the model's {@value #DRAWINGS}. */
    private record Drawings(Object byName) implements FSObjectDrawerFactory {

        @Override
        public FSObjectDrawer createDrawer(Element e) {
            PdfDrawing drawing = drawing(e);
            if (drawing == null) {
                return null;
            }
            return (element, x, y, width, height, device, context, dotsPerPixel) -> {
                float w = (float) (width / dotsPerPixel);
                float h = (float) (height / dotsPerPixel);
                device.drawWithGraphics((float) x, (float) y, w, h, g -> drawing.draw(g, w, h));
                return null;
            };
        }

        @Override
        public boolean isReplacedObject(Element e) {
            return drawing(e) != null;
        }

        private PdfDrawing drawing(Element e) {
            if (!DRAWING_TYPE.equals(e.getAttribute("type")) || !(byName instanceof Map<?, ?> drawings)) {
                return null;
            }
            return drawings.get(e.getAttribute("data-drawing")) instanceof PdfDrawing d ? d : null;
        }
    }

    static String safe(String filename) {
        String kept = filename == null
                ? ""
                : filename.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("(^-+|-+$)", "");
        return kept.isEmpty() ? "document" : kept;
    }

    private static InputStream font(String name) {
        try {
            return new ClassPathResource("fonts/" + name).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
