package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reads a printable document back as text, after checking that it is a PDF under 200 KB. */
public final class PdfText {

    public static final int MAX_BYTES = 200 * 1024;

    private PdfText() {}

    public static String of(MvcTestResult result) {
        assertThat(result).hasStatusOk().hasContentType(PdfDocuments.PDF);
        return of(result.getResponse().getContentAsByteArray());
    }

    public static String of(byte[] pdf) {
        assertThat(pdf.length).isLessThan(MAX_BYTES);
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            // lines broken by the layout are joined, so that a sentence can be found whole
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
