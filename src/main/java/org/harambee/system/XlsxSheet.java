package org.harambee.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX sheet written by POI's streaming workbook: only a window of {@link #WINDOW} rows stays in memory, the others
 * go to a compressed temporary file until the workbook is written, so that the memory an export takes does not grow
 * with its rows. Text cells are typed as strings (never formulas) and carry the same guard as CSV cells
 * ({@link CsvSheet#value}): a file saved again as CSV, or a cell edited, must not turn {@code =HYPERLINK(…)} into a link.
 */
public final class XlsxSheet implements ExportSheet {

    static final int WINDOW = 100;

    private final OutputStream out;
    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private int next;

    /** A sheet named {@code name} on {@code out}, its header written. */
    public XlsxSheet(OutputStream out, String name, List<String> header) {
        this.out = out;
        this.workbook = new SXSSFWorkbook(WINDOW);
        workbook.setCompressTempFiles(true);
        this.sheet = workbook.createSheet(name);
        row(header.toArray());
    }

    @Override
    public void row(Object... cells) {
        Row row = sheet.createRow(next++);
        for (int i = 0; i < cells.length; i++) {
            Object value = cells[i];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else if (value instanceof Boolean flag) {
                cell.setCellValue(flag);
            } else {
                cell.setCellValue(CsvSheet.value(value));
            }
        }
    }

    @Override
    public void close() {
        try (workbook) {
            workbook.write(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
