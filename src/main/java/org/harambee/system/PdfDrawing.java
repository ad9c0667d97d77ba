package org.harambee.system;

import java.awt.Graphics2D;

/**
 * A picture drawn as vector paths into a printable document, such as a map: the template places it with
 * {@code <object type="application/x-harambee-drawing" data-drawing="map" style="width: 170mm; height: 120mm"/>} and
 * the model holds it by that name in the map {@value PdfDocuments#DRAWINGS}. Text belongs in the template, not in
 * the drawing, so that it is set in the document's fonts and can be read back and copied.
 */
@FunctionalInterface
public interface PdfDrawing {

    /**
     * Draws in a box of {@code width} × {@code height} CSS pixels (96 to the inch) with its origin at the top left;
     * shapes and fills are written to the PDF as paths, never as an image.
     */
    void draw(Graphics2D graphics, double width, double height);
}
