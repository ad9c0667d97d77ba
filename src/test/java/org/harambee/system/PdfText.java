package org.harambee.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
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

    /** The names of the fonts the pages use (a subset font's name starts with its tag, {@code ABCDEF+}). */
    public static Set<String> fonts(byte[] pdf) {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    names.add(resources.getFont(name).getName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    /**
     * What the drawings of a PDF (the form XObjects that {@code PdfDrawing}s become) hold: paths painted, straight
     * segments drawn, and the images anywhere in the document (a drawing should have none: it is vector).
     */
    public record Drawn(int paths, int segments, int images) {}

    public static Drawn drawn(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            int[] counts = new int[3];
            for (PDPage page : document.getPages()) {
                new DrawingCounter(page, counts).processPage(page);
            }
            return new Drawn(counts[0], counts[1], counts[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts paths and segments inside form XObjects, and every image. */
    private static final class DrawingCounter extends PDFGraphicsStreamEngine {

        private final int[] counts;
        private int depth;
        private final Point2D.Float current = new Point2D.Float();

        DrawingCounter(PDPage page, int[] counts) {
            super(page);
            this.counts = counts;
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            depth++;
            super.showForm(form);
            depth--;
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            depth++;
            super.showTransparencyGroup(form);
            depth--;
        }

        private void painted() {
            if (depth > 0) {
                counts[0]++;
            }
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

        @Override
        public void drawImage(PDImage image) {
            counts[2]++;
        }

        @Override
        public void clip(int windingRule) {}

        @Override
        public void moveTo(float x, float y) {
            current.setLocation(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            if (depth > 0) {
                counts[1]++;
            }
            current.setLocation(x, y);
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current.setLocation(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {}

        @Override
        public void endPath() {}

        @Override
        public void strokePath() {
            painted();
        }

        @Override
        public void fillPath(int windingRule) {
            painted();
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            painted();
        }

        @Override
        public void shadingFill(COSName shadingName) {}
    }
}
