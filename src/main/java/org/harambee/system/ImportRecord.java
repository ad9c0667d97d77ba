package org.harambee.system;

import java.util.Map;

/**
 * One record of an import file: the line it is on (the header is line 1), its cells by column name (trimmed, empty
 * when absent), and the place it names when its kind is {@linkplain RecordImporter#placed() placed}.
 */
public record ImportRecord(int line, Map<String, String> cells, ImportPlace place) {

    /** The cell of this column, trimmed; {@code null} when empty or absent. */
    public String cell(String column) {
        String value = cells.get(column);
        return value == null || value.isBlank() ? null : value.strip();
    }

    public ImportRecord withPlace(ImportPlace resolved) {
        return new ImportRecord(line, cells, resolved);
    }
}
