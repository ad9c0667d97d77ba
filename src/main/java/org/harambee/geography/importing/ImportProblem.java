package org.harambee.geography.importing;

import java.util.List;

/**
 * A problem found in an import file. Problems carry a message key rather than text so that each user reads them in
 * their own language.
 *
 * @param sheet the sheet of a workbook or the layer of a zipped shapefile the line belongs to, {@code null} for
 *     files of one table
 * @param line the line (or GeoJSON feature index) to fix; 0 for the file as a whole
 * @param code a key in the {@code i18n/import} messages
 * @param args the {@link java.text.MessageFormat} arguments of that message
 */
public record ImportProblem(String sheet, int line, String code, List<Object> args) {

    public ImportProblem(int line, String code, List<Object> args) {
        this(null, line, code, args);
    }
}
