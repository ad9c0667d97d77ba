package org.harambee.system;

import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

/** The file kinds a list exports: CSV for any tool, XLSX for spreadsheets; both streamed. */
public enum ExportFormat {
    CSV("text/csv;charset=UTF-8"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final String contentType;

    ExportFormat(String contentType) {
        this.contentType = contentType;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** A sheet of this kind on {@code out}, its header written. */
    public ExportSheet open(OutputStream out, String sheetName, List<String> header) {
        return this == CSV ? CsvSheet.forSpreadsheets(out, header) : new XlsxSheet(out, sheetName, header);
    }

    /**
     * The format of a {@code format} query parameter, on the routes that answer a file: a 400 naming the field when it
     * is blank (a file of no kind) or unknown.
     */
    public static ExportFormat parse(String text) {
        String kind = Inputs.trimmed(text);
        for (ExportFormat format : values()) {
            if (format.extension().equalsIgnoreCase(kind)) {
                return format;
            }
        }
        throw new InvalidInputException(
                List.of(new InvalidInputException.FieldProblem("format", "export.format.invalid")));
    }
}
